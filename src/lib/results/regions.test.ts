import { describe, expect, it } from 'vitest';
import {
	closestRegion,
	compareCodes,
	computeRegionOutcome,
	computeRegionOutcomes,
	countLeads,
	sortRegionOutcomes
} from './regions';
import { loadDataset } from '../server/load-dataset';

const groups = new Set(['others']);
const region = (id: string, code: string, name = id) => ({ id, code, name });
/** A region's result with two contestants, `a` and `b`, and no totals. */
const twoWay = (id: string, a: number, b: number) => ({
	region: id,
	results: [
		{ contestant: 'a', votes: a },
		{ contestant: 'b', votes: b }
	],
	totals: {}
});

describe('computeRegionOutcome', () => {
	// Fact sheet §5, Zulia and Sucre rows.
	it.each([
		{
			name: 'Zulia',
			egu: 766915,
			nm: 321797,
			others: 16446,
			marginVotes: 445118,
			eguShare: '69.39',
			marginPoints: '40.28'
		},
		{
			name: 'Sucre',
			egu: 220214,
			nm: 209600,
			others: 10390,
			marginVotes: 10614,
			eguShare: '50.03',
			marginPoints: '2.41'
		}
	])('computes $name from counts: leader, runner-up, margin', (c) => {
		const o = computeRegionOutcome(
			region(c.name.toLowerCase(), '1', c.name),
			{
				region: c.name.toLowerCase(),
				results: [
					{ contestant: 'gonzalez', votes: c.egu },
					{ contestant: 'maduro', votes: c.nm },
					{ contestant: 'others', votes: c.others }
				],
				totals: {}
			},
			groups
		);
		expect(o.leader).toBe('gonzalez');
		expect(o.runnerUp).toBe('maduro');
		expect(o.total).toBe(c.egu + c.nm + c.others);
		expect(o.rows[0]!.share.toFixed(2)).toBe(c.eguShare);
		expect(o.marginVotes).toBe(c.marginVotes);
		expect(o.marginPoints!.toFixed(2)).toBe(c.marginPoints);
	});

	it('names no leader on a tie for first place, with a margin of 0', () => {
		const o = computeRegionOutcome(
			region('x', '1'),
			{
				region: 'x',
				results: [
					{ contestant: 'a', votes: 100 },
					{ contestant: 'b', votes: 100 },
					{ contestant: 'c', votes: 5 }
				],
				totals: {}
			},
			new Set()
		);
		expect(o.leader).toBeUndefined();
		expect(o.runnerUp).toBeUndefined();
		expect(o.tiedFirst).toEqual(['a', 'b']);
		expect(o.marginVotes).toBe(0);
		expect(o.marginPoints).toBe(0);
	});

	it('names no leader and no margin in a region with 0 votes (shares are NaN, not 0 %)', () => {
		const o = computeRegionOutcome(region('x', '1'), twoWay('x', 0, 0), new Set());
		expect(o.leader).toBeUndefined();
		expect(o.tiedFirst).toEqual([]);
		expect(o.marginVotes).toBeUndefined();
		expect(o.marginPoints).toBeUndefined();
		expect(o.rows.every((r) => Number.isNaN(r.share))).toBe(true);
	});

	it('never lets a combined group lead, even when it has the most votes', () => {
		const o = computeRegionOutcome(
			region('x', '1'),
			{
				region: 'x',
				results: [
					{ contestant: 'others', votes: 500 },
					{ contestant: 'a', votes: 300 },
					{ contestant: 'b', votes: 200 }
				],
				totals: {}
			},
			groups
		);
		expect(o.leader).toBe('a');
		expect(o.runnerUp).toBe('b');
		expect(o.marginVotes).toBe(100);
		expect(o.marginPoints).toBeCloseTo(10, 10);
	});

	it('ignores announced percentages: shares come from the counts', () => {
		const o = computeRegionOutcome(
			region('x', '1'),
			{
				region: 'x',
				results: [
					{ contestant: 'a', votes: 3, announcedPercent: 90 },
					{ contestant: 'b', votes: 1, announcedPercent: 10 }
				],
				totals: {}
			},
			new Set()
		);
		expect(o.rows[0]!.share).toBe(75);
		expect(o.marginPoints).toBe(50);
	});
});

describe('ordering', () => {
	const outcomes = computeRegionOutcomes(
		[region('ten', '10'), region('two', '2'), region('one', '1'), region('empty', '3')],
		[twoWay('ten', 60, 40), twoWay('two', 51, 49), twoWay('empty', 0, 0), twoWay('one', 10, 90)],
		new Set()
	);

	it('orders by region code numerically', () => {
		expect(outcomes.map((o) => o.code)).toEqual(['1', '2', '3', '10']);
		expect(compareCodes('2', '10')).toBeLessThan(0);
		expect(compareCodes('A', 'B')).toBeLessThan(0);
	});

	it('sorts by margin both ways with missing values last, and does not mutate its input', () => {
		const copy = outcomes.map((o) => o.region);
		expect(sortRegionOutcomes(outcomes, 'margin-points', 'ascending').map((o) => o.region)).toEqual(
			['two', 'ten', 'one', 'empty']
		);
		expect(
			sortRegionOutcomes(outcomes, 'margin-points', 'descending').map((o) => o.region)
		).toEqual(['one', 'ten', 'two', 'empty']);
		expect(outcomes.map((o) => o.region)).toEqual(copy);
	});

	it('sorts by a contestant’s votes or share, by name and by code', () => {
		expect(sortRegionOutcomes(outcomes, 'votes:b', 'descending').map((o) => o.region)).toEqual([
			'one',
			'two',
			'ten',
			'empty'
		]);
		expect(sortRegionOutcomes(outcomes, 'share:a', 'ascending')[0]!.region).toBe('one');
		expect(sortRegionOutcomes(outcomes, 'name', 'ascending').map((o) => o.region)).toEqual([
			'empty',
			'one',
			'ten',
			'two'
		]);
		expect(sortRegionOutcomes(outcomes, 'code', 'descending')[0]!.code).toBe('10');
	});

	it('finds the closest region with a leader and counts leads', () => {
		expect(closestRegion(outcomes)?.region).toBe('two');
		expect(countLeads(outcomes)).toEqual([
			{ contestant: 'a', regions: 2 },
			{ contestant: 'b', regions: 1 }
		]);
		expect(closestRegion([])).toBeUndefined();
	});
});

describe('the opposition’s 83.5 % release (fact sheet §5)', () => {
	const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
	const snapshot = bundle.tabulations
		.flatMap((t) => t.snapshots)
		.find((s) => s.id === 'opposition-83-5')!;
	const outcomes = computeRegionOutcomes(
		bundle.election.regions,
		snapshot.regions,
		new Set(bundle.election.groups.map((g) => g.id))
	);

	it('has 24 states, González leading in all, Sucre the closest', () => {
		expect(outcomes).toHaveLength(24);
		expect(countLeads(outcomes)).toEqual([{ contestant: 'gonzalez', regions: 24 }]);
		expect(closestRegion(outcomes)?.name).toBe('Sucre');
	});

	it('reproduces the computed shares of §5 to two decimals in every state', () => {
		// §5's EGU % and NM % columns, in state-code order.
		const egu = [
			64.06, 66.5, 62.96, 67.43, 74.49, 71.22, 70.6, 62.83, 70.77, 64.02, 68.05, 76.9, 65.58, 60.36,
			66.39, 64.05, 50.03, 81.89, 63.93, 60.64, 69.39, 59.44, 53.44, 60.87
		];
		const nm = [
			32.45, 30.81, 35.13, 29.34, 23.78, 26.22, 26.49, 34.7, 26.92, 33.79, 29.42, 21.39, 31.35,
			37.52, 30.97, 33.6, 47.61, 16.27, 34.44, 36.81, 29.12, 37.94, 44.07, 36.04
		];
		outcomes.forEach((o, i) => {
			const share = (id: string) => o.rows.find((r) => r.contestant === id)!.share;
			expect(share('gonzalez').toFixed(2)).toBe(egu[i]!.toFixed(2));
			expect(share('maduro').toFixed(2)).toBe(nm[i]!.toFixed(2));
		});
	});

	it('sums the states to the national count of the release (§2: 7,303,480 and 3,316,142)', () => {
		const sum = (id: string) =>
			outcomes.reduce((a, o) => a + o.rows.find((r) => r.contestant === id)!.votes, 0);
		expect(sum('gonzalez')).toBe(7303480);
		expect(sum('maduro')).toBe(3316142);
	});
});
