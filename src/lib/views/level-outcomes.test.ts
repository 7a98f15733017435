import { describe, expect, it } from 'vitest';
import { levelsFixture } from './levels.fixture';
import { compareCodePaths, countLeadsIn, outcomesAtLevel } from './level-outcomes';
import { indexRegions } from './region-levels';

const bundle = levelsFixture();
const index = indexRegions(bundle.election, 'es');
const results = bundle.tabulations[0]!.snapshots[0]!.regions;
const none = new Set<string>();

describe('outcomesAtLevel', () => {
	it('orders parishes by the codes of the regions above them, numerically', () => {
		const parishes = outcomesAtLevel(index, results, 'parish', none);
		expect(parishes.map((o) => o.region)).toEqual([
			'p-1-1-1',
			'p-1-1-2',
			'p-1-2-1',
			'p-2-1-1',
			'p-2-1-10'
		]);
		expect(parishes[3]!.path.map((p) => p.name)).toEqual(['Beta', 'MP. TRES']);
	});

	it('keeps only the regions inside a state, with leaders, ties and sheets', () => {
		const munis = outcomesAtLevel(index, results, 'municipality', none, 's1');
		// MP. UNO: sheets C1-1, C1-2, C2-1 → Alba 50+20+10 = 80, Bravo 30+45+10 = 85, Cruz 5.
		expect(munis.map((o) => [o.region, o.leader, o.total, o.unitsCounted])).toEqual([
			['m-1-1', 'b', 170, 3],
			['m-1-2', 'b', 36, 1]
		]);
		const parishes = outcomesAtLevel(index, results, 'parish', none, 'm-1-1');
		// PQ. DOS: 10 to 10, a tie for first.
		expect(parishes[1]!.leader).toBeUndefined();
		expect(parishes[1]!.tiedFirst).toEqual(['a', 'b']);
		expect(outcomesAtLevel(index, results, 'parish', none, 'unknown')).toEqual([]);
	});

	it('compares code paths level by level', () => {
		expect(compareCodePaths(['2', '10'], ['2', '3'])).toBeGreaterThan(0);
		expect(compareCodePaths(['1', '10'], ['2', '1'])).toBeLessThan(0);
	});
});

describe('countLeadsIn', () => {
	it('counts the regions each candidate leads, ties apart, and sums the sheets', () => {
		const c = countLeadsIn(outcomesAtLevel(index, results, 'parish', none, 's1'));
		expect(c.reported).toBe(3);
		expect([...c.leads]).toEqual([['b', 2]]);
		expect(c.ties).toBe(1);
		expect(c.unitsCounted).toBe(4);
		expect(c.leader).toBe('b');
	});

	it('has no leader when two candidates lead as many regions', () => {
		const c = countLeadsIn([
			{ leader: 'a', tiedFirst: [], unitsCounted: undefined },
			{ leader: 'b', tiedFirst: [], unitsCounted: undefined }
		]);
		expect(c.leader).toBeUndefined();
		expect(c.unitsCounted).toBeUndefined();
	});
});
