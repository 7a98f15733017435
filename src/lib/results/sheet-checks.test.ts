import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	candidatesSum,
	checkSheetConsistency,
	computeSheetChecks,
	leadingCandidates,
	summariseByRegion
} from './sheet-checks';
import { generateSheets } from './generate-sheets';
import type { SheetRow } from './sheet-row';

const C = ['a', 'b', 'c'];
const row = (sheet: string, votes: number[], extra: Partial<SheetRow> = {}): SheetRow => ({
	sheet,
	region: 'p1',
	registered: 100,
	valid: votes.reduce((s, v) => s + v, 0),
	null: 0,
	votes: Object.fromEntries(votes.map((v, i) => [C[i]!, v])),
	image: `https://img.example/${sheet}.jpg`,
	...extra
});

describe('checkSheetConsistency', () => {
	it('passes sheets that add up', () => {
		const s = checkSheetConsistency([row('1', [10, 5, 1]), row('2', [40, 30, 2])], C);
		expect(s.failing).toEqual([]);
		expect(s.counts).toEqual({
			'votes-sum': 0,
			'over-registered': 0,
			'duplicate-sheet': 0,
			'duplicate-image': 0
		});
	});

	it('finds each kind of problem, with the numbers a reader needs', () => {
		const rows = [
			row('1', [10, 5, 1], { valid: 17 }), // candidates 16 ≠ valid 17
			row('2', [60, 40, 1], { null: 2 }), // 101 + 2 > 100 registered
			row('3', [1, 1, 1]),
			row('3', [2, 2, 2], { image: 'https://img.example/3b.jpg' }), // same key as row 3
			row('5', [1, 2, 3], { image: 'https://img.example/1.jpg' }), // image of sheet 1
			row('6', [1, 1, 1], { registered: undefined })
		];
		const s = checkSheetConsistency(rows, C);
		expect(s.counts).toEqual({
			'votes-sum': 1,
			'over-registered': 1,
			'duplicate-sheet': 2,
			'duplicate-image': 2
		});
		expect(s.withoutRegistered).toBe(1);
		expect(s.failing.map((f) => [f.sheet, f.problems])).toEqual([
			['1', ['votes-sum', 'duplicate-image']],
			['2', ['over-registered']],
			['3', ['duplicate-sheet']],
			['3', ['duplicate-sheet']],
			['5', ['duplicate-image']]
		]);
		expect(s.failing[0]).toMatchObject({ candidatesSum: 16, valid: 17, sameImage: ['5'] });
		expect(s.failing[0]!.image).toBe('https://img.example/1.jpg');
		expect(s.failing[2]!.sameKeyRows).toEqual([4]);
		expect(s.failing[3]!.sameKeyRows).toEqual([3]);
	});

	it('does not flag a sheet exactly at 100 % turnout', () => {
		expect(checkSheetConsistency([row('1', [60, 40, 0])], C).failing).toEqual([]);
	});

	it('finds nothing wrong in generated honest sheets, and each injected fault once (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1000 }),
				fc.integer({ min: 1, max: 300 }),
				fc.integer({ min: 1, max: 50 }),
				(seed, n, shift) => {
					const rows = generateSheets(n, { seed, candidates: C });
					expect(checkSheetConsistency(rows, C).failing).toEqual([]);
					const k = seed % n;
					const bad = rows.map((r, i) => (i === k ? { ...r, valid: r.valid + shift } : r));
					const s = checkSheetConsistency(bad, C);
					expect(s.counts['votes-sum']).toBe(1);
					expect(s.failing[0]!.sheet).toBe(rows[k]!.sheet);
				}
			),
			{ numRuns: 50 }
		);
	});
});

describe('candidatesSum', () => {
	it('treats a missing candidate as 0', () => {
		expect(candidatesSum({ ...row('1', [3, 4]) }, C)).toBe(7);
	});
});

describe('leadingCandidates', () => {
	it('orders by total votes, ties in the given order', () => {
		const rows = [row('1', [1, 5, 5]), row('2', [1, 5, 5])];
		expect(leadingCandidates(rows, C)).toEqual([
			{ candidate: 'b', votes: 10 },
			{ candidate: 'c', votes: 10 },
			{ candidate: 'a', votes: 2 }
		]);
	});
});

describe('summariseByRegion', () => {
	it('groups sheets by the region their own region belongs to', () => {
		const rows = [
			row('1', [50, 10, 0], { region: 'p1' }), // 60 %
			row('2', [90, 6, 0], { region: 'p2' }), // 96 %
			row('3', [10, 10, 0], { region: 'p3', valid: 21 }), // 20 %, sum fails
			row('4', [1, 1, 1], { region: 'nowhere' })
		];
		const stateOf = (id: string) => ({ p1: 's1', p2: 's1', p3: 's2' })[id];
		const c = checkSheetConsistency(rows, C);
		const { regions, unassigned } = summariseByRegion(rows, c, stateOf);
		expect(unassigned).toBe(1);
		expect(regions).toEqual([
			{
				region: 's1',
				sheets: 2,
				failing: 0,
				counts: {
					'votes-sum': 0,
					'over-registered': 0,
					'duplicate-sheet': 0,
					'duplicate-image': 0
				},
				withRegistered: 2,
				medianTurnout: 78,
				overallTurnout: 78,
				atOrAbove: 1
			},
			{
				region: 's2',
				sheets: 1,
				failing: 1,
				counts: {
					'votes-sum': 1,
					'over-registered': 0,
					'duplicate-sheet': 0,
					'duplicate-image': 0
				},
				withRegistered: 1,
				medianTurnout: 21,
				overallTurnout: 21,
				atOrAbove: 0
			}
		]);
	});

	it('adds up to the whole: sheets and failures per region sum to the totals (property)', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 1, max: 1000 }),
				fc.integer({ min: 0, max: 400 }),
				(seed, n) => {
					const rows = generateSheets(n, {
						seed,
						candidates: C,
						regions: ['p1', 'p2', 'p3', 'p4']
					});
					// Break a few sheets so there are failures to distribute.
					const broken = rows.map((r, i) => (i % 7 === 0 ? { ...r, valid: r.valid + 1 } : r));
					const c = checkSheetConsistency(broken, C);
					const { regions } = summariseByRegion(broken, c, (id) => (id < 'p3' ? 'n' : 's'));
					expect(regions.reduce((s, r) => s + r.sheets, 0)).toBe(n);
					expect(regions.reduce((s, r) => s + r.failing, 0)).toBe(c.failing.length);
				}
			),
			{ numRuns: 50 }
		);
	});
});

describe('computeSheetChecks', () => {
	it('runs every check on the two leading candidates', () => {
		const rows = generateSheets(3000, { seed: 3, candidates: ['x', 'lead', 'second'] });
		const s = computeSheetChecks(rows, ['x', 'lead', 'second'], () => 'all');
		// generateSheets gives the first candidate ≈ 65 %: 'x' leads here.
		expect(s.digits.map((d) => d.candidate)).toEqual(['x', 'lead']);
		expect(s.fingerprint?.candidate).toBe('x');
		expect(s.fingerprint?.placed).toBe(3000);
		expect(s.consistency.failing).toEqual([]);
		expect(s.turnout.withRegistered).toBe(3000);
		expect(s.byRegion.regions).toHaveLength(1);
		expect(s.digits[0]!.last.n + s.digits[0]!.last.excluded).toBe(3000);
	});

	it('has no fingerprint and no digit tests without votes', () => {
		const s = computeSheetChecks([], C, () => 'x');
		expect(s.fingerprint).toBeUndefined();
		expect(s.digits).toEqual([]);
	});
});
