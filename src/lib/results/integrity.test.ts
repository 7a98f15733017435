import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	checkAnnouncedReproduce,
	checkIncrements,
	checkIntegrity,
	checkMonotonic,
	checkRoundPercentages,
	checkShareSum,
	checkTurnout,
	checkUnits,
	decimalsOf,
	listedAreComplete,
	roundingTolerance,
	shareBase,
	type Finding
} from './integrity';
import type { Snapshot, Tabulation } from '../schemas/tabulation';

const fixture = <T>(name: string): T =>
	JSON.parse(readFileSync(resolve('tests/fixtures/claims', name), 'utf8')) as T;
const snap = (name: string) => fixture<Snapshot>(name);
const tab = (name: string) => fixture<Tabulation>(name);
const only = <C extends Finding['check']>(fs: Finding[], check: C) => {
	const found = fs.filter((f): f is Extract<Finding, { check: C }> => f.check === check);
	expect(found).toHaveLength(1);
	return found[0]!;
};

describe('helpers', () => {
	it('reads the precision of an announced figure', () => {
		expect(decimalsOf(51.2)).toBe(1);
		expect(decimalsOf(67)).toBe(0);
		expect(decimalsOf(96.87)).toBe(2);
		expect(roundingTolerance(51.2)).toBeCloseTo(0.05, 12);
		expect(roundingTolerance(67)).toBe(0.5);
	});
	it('uses voters as the share base when the listed results are not every vote', () => {
		const s = snap('partial-list-not-complete.json');
		expect(listedAreComplete(s)).toBe(false);
		expect(shareBase(s)).toBe(10613881);
	});
});

describe('checkRoundPercentages', () => {
	it('finds CNE bulletin 1 counts exact to a vote at 0.1 % steps (fact sheet §3)', () => {
		const f = only(
			checkRoundPercentages('cne', snap('round-percentages-exact.json'), 0.1),
			'round-percentages'
		);
		const n = f.numbers;
		expect(n.total).toBe(10058774);
		expect(n.stepVotes).toBeCloseTo(10058.774, 6);
		// The 7-decimal shares of the fact sheet, computed here from the counts.
		expect(n.counts.map((c) => c.exactShare.toFixed(7))).toEqual([
			'51.1999971',
			'44.1999989',
			'4.6000039'
		]);
		expect(n.counts.map((c) => c.roundShare)).toEqual([51.2, 44.2, 4.6]);
		// 10,058,774 × 51.2 % = 5,150,092.288 (fact sheet §3, back-calculation).
		expect(n.counts[0]!.distance).toBeCloseTo(0.288, 6);
		expect(n.counts[1]!.distance).toBeCloseTo(0.108, 6);
		expect(n.counts[2]!.distance).toBeCloseTo(0.396, 6);
		expect(n.counts.every((c) => c.wholeDistance === 0)).toBe(true);
		expect(n.maxWholeDistance).toBe(0);
		expect(n.freeCounts).toBe(2);
		expect(n.pEach).toBeCloseTo(1 / 10058.774, 15);
		expect(n.probability).toBeCloseTo((1 / 10058.774) ** 2, 20);
		// About 1 in 101 million.
		expect(1 / n.probability).toBeGreaterThan(1.01e8);
		expect(1 / n.probability).toBeLessThan(1.02e8);
		expect(f.severity).toBe('serious');
		expect(f.passed).toBe(false);
	});

	it('also finds the pattern at 0.01 % steps, with a larger chance', () => {
		const f = only(
			checkRoundPercentages('cne', snap('round-percentages-exact.json'), 0.01),
			'round-percentages'
		);
		expect(f.numbers.maxWholeDistance).toBe(0);
		expect(f.numbers.probability).toBeCloseTo((1 / 1005.8774) ** 2, 15);
		expect(f.severity).toBe('serious');
	});

	it('finds no pattern when a count is 1,000 votes off', () => {
		const f = only(
			checkRoundPercentages('x', snap('round-percentages-none.json'), 0.1),
			'round-percentages'
		);
		expect(f.numbers.maxWholeDistance).toBeGreaterThan(100);
		expect(f.severity).toBe('info');
		expect(f.passed).toBe(true);
	});

	it('loses the pattern with the misprinted 461,704 for "others" (fact sheet §1b caveat)', () => {
		const f = only(
			checkRoundPercentages('x', snap('round-percentages-others-461704.json'), 0.1),
			'round-percentages'
		);
		expect(f.severity).toBe('info');
	});

	it('counts n − 1 free counts: the last count is fixed by the total', () => {
		// Two counts only: one free count, so the probability is pEach itself.
		const s = { ...snap('round-percentages-exact.json') };
		s.results = [
			{ contestant: 'a', votes: 6000 },
			{ contestant: 'b', votes: 4000 }
		];
		const f = only(checkRoundPercentages('x', s, 0.1), 'round-percentages');
		expect(f.numbers.freeCounts).toBe(1);
		expect(f.numbers.probability).toBe(f.numbers.pEach);
	});

	it('needs every vote listed and refuses a zero step', () => {
		expect(checkRoundPercentages('x', snap('partial-list-not-complete.json'), 0.1)).toEqual([]);
		expect(checkRoundPercentages('x', snap('round-percentages-exact.json'), 0)).toEqual([]);
	});

	it('property: probability in [0, 1], whole distance ≤ half a step + 1, never throws', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({ max: 5_000_000 }), { minLength: 2, maxLength: 10 }),
				(votes) => {
					const s = snap('round-percentages-exact.json');
					s.results = votes.map((v, i) => ({ contestant: `c${i}`, votes: v }));
					for (const step of [0.1, 0.01, 1]) {
						const fs = checkRoundPercentages('x', s, step);
						for (const f of fs)
							if (f.check === 'round-percentages') {
								expect(f.numbers.probability).toBeGreaterThanOrEqual(0);
								expect(f.numbers.probability).toBeLessThanOrEqual(1);
								expect(f.numbers.freeCounts).toBe(votes.length - 1);
								for (const c of f.numbers.counts)
									expect(c.distance).toBeLessThanOrEqual(f.numbers.stepVotes / 2 + 1e-6);
							}
					}
				}
			)
		);
	});
});

describe('checkShareSum', () => {
	it('passes CNE bulletin 1 (51.2 + 44.2 + 4.6 = 100)', () => {
		const f = only(checkShareSum('cne', snap('round-percentages-exact.json')), 'share-sum');
		expect(f.numbers.sum).toBe(100);
		expect(f.passed).toBe(true);
	});
	it('flags announced shares that sum to 101.6', () => {
		const f = only(checkShareSum('x', snap('shares-sum-off.json')), 'share-sum');
		expect(f.numbers.sum).toBeCloseTo(101.6, 9);
		expect(f.passed).toBe(false);
		expect(f.severity).toBe('warning');
	});
	it('says nothing when the list is partial', () => {
		expect(checkShareSum('x', snap('partial-list-not-complete.json'))).toEqual([]);
	});
});

describe('checkAnnouncedReproduce', () => {
	it('reproduces bulletin 1 shares from the counts', () => {
		const f = only(
			checkAnnouncedReproduce('cne', snap('round-percentages-exact.json')),
			'announced-reproduces'
		);
		expect(f.passed).toBe(true);
		expect(f.numbers.items).toHaveLength(3);
	});
	it('flags 44.02 % for González: the counts give 44.1999989 %', () => {
		const f = only(
			checkAnnouncedReproduce('x', snap('announced-44-02-does-not-reproduce.json')),
			'announced-reproduces'
		);
		expect(f.passed).toBe(false);
		const bad = f.numbers.items.filter((i) => !i.ok);
		expect(bad).toHaveLength(1);
		expect(bad[0]!.contestant).toBe('gonzalez');
		expect(bad[0]!.computed).toBeCloseTo(44.1999989, 6);
	});
	it('reproduces the 81.21 % release against voters and units (fact sheet §2)', () => {
		const f = only(
			checkAnnouncedReproduce('opp', snap('partial-list-not-complete.json')),
			'announced-reproduces'
		);
		expect(f.passed).toBe(true);
		const cov = f.numbers.items.find((i) => i.what === 'coverage')!;
		expect(cov.computed).toBeCloseTo(81.2099, 3);
	});
});

describe('checkMonotonic', () => {
	it('flags a candidate losing votes as coverage grows', () => {
		const t = tab('snapshot-votes-decrease.json');
		const f = only(checkMonotonic(t.id, t.snapshots), 'monotonic');
		expect(f.passed).toBe(false);
		expect(f.severity).toBe('serious');
		expect(f.numbers.items.find((i) => !i.ok)).toEqual({
			contestant: 'ana',
			before: 600,
			after: 590,
			ok: false
		});
	});
	it('flags coverage that shrinks', () => {
		const t = tab('snapshot-coverage-shrinks.json');
		expect(only(checkMonotonic(t.id, t.snapshots), 'monotonic').passed).toBe(false);
	});
	it('compares a combined group with the sum of its members in the next release', () => {
		const t = tab('group-then-members.json');
		const f = only(
			checkMonotonic(t.id, t.snapshots, { groups: [{ id: 'others', members: ['carl', 'dora'] }] }),
			'monotonic'
		);
		expect(f.numbers.items).toContainEqual({
			contestant: 'others',
			before: 100,
			after: 110,
			ok: true
		});
		expect(f.passed).toBe(true);
	});
});

describe('checkIncrements', () => {
	it('flags a release that adds 2,000 votes per tally sheet when the average was 100', () => {
		const t = tab('increments-jump.json');
		const f = only(checkIncrements(t.id, t.snapshots), 'increments');
		expect(f.numbers.basis).toBe('units');
		expect(f.numbers.perUnitAdded).toBe(1550);
		expect(f.numbers.averageBefore).toBe(100);
		expect(f.numbers.ratio).toBe(15.5);
		expect(f.severity).toBe('warning');
	});
	it('flags votes added with no tally sheet added', () => {
		const t = tab('increments-without-coverage.json');
		const f = only(checkIncrements(t.id, t.snapshots), 'increments');
		expect(f.numbers.unitsAdded).toBe(0);
		expect(f.severity).toBe('warning');
	});
});

describe('checkTurnout and checkUnits', () => {
	it('flags more voters than registered electors', () => {
		const f = checkTurnout('x', snap('turnout-above-registered.json'));
		expect(f).toHaveLength(1);
		expect(f[0]!.severity).toBe('serious');
		expect(f[0]!.numbers).toEqual({ voters: 1120, limit: 1000, limitKind: 'registered' });
	});
	it('flags more voters than electors on the counted units', () => {
		const f = checkTurnout('x', snap('turnout-above-electors-on-units.json'));
		expect(f.map((x) => [x.numbers.limitKind, x.passed])).toEqual([
			['electors-on-units', false],
			['registered', true]
		]);
	});
	it('flags more units counted than exist, using the election total when the release has none', () => {
		expect(checkUnits('x', snap('units-counted-above-total.json'))[0]!.severity).toBe('serious');
		const s = snap('units-counted-above-total.json');
		delete s.coverage.unitsTotal;
		expect(checkUnits('x', s, { unitsTotal: 11 })[0]!.numbers).toEqual({ counted: 12, total: 11 });
	});
});

describe('checkIntegrity', () => {
	it('never throws and never mutates its input, whatever the numbers', () => {
		const arbSnapshot = fc.record({
			votes: fc.array(fc.nat({ max: 1e7 }), { minLength: 2, maxLength: 5 }),
			counted: fc.option(fc.nat({ max: 40000 }), { nil: undefined }),
			total: fc.option(fc.nat({ max: 40000 }), { nil: undefined }),
			announced: fc.option(fc.double({ min: 0, max: 100, noNaN: true }), { nil: undefined }),
			voters: fc.option(fc.nat({ max: 2e7 }), { nil: undefined }),
			valid: fc.option(fc.nat({ max: 2e7 }), { nil: undefined })
		});
		fc.assert(
			fc.property(
				fc.array(arbSnapshot, { minLength: 1, maxLength: 4 }),
				fc.option(fc.nat(), { nil: undefined }),
				(specs, registered) => {
					const t: Tabulation = {
						id: 't',
						name: { es: 't', en: 't' },
						kind: 'official-bulletins',
						official: true,
						publisher: 'p',
						snapshots: specs.map((s, i) => ({
							id: `s${i}`,
							label: { es: 's', en: 's' },
							asOf: '2030-01-01',
							coverage: {
								unitsCounted: s.counted,
								unitsTotal: s.total,
								announcedPercent: s.announced
							},
							results: s.votes.map((v, j) => ({
								contestant: `c${j}`,
								votes: v,
								announcedPercent: s.announced
							})),
							totals: { voters: s.voters, valid: s.valid },
							regions: [],
							sourceIds: ['x']
						}))
					};
					const before = JSON.stringify(t);
					const fs = checkIntegrity([t], { registered, unitsTotal: 30026 });
					expect(JSON.stringify(t)).toBe(before);
					for (const f of fs) expect(['info', 'warning', 'serious']).toContain(f.severity);
					expect(new Set(fs.map((f) => f.id)).size).toBe(fs.length);
				}
			)
		);
	});
});
