import { describe, expect, it } from 'vitest';
import { childrenOf, regionAncestors, regionsAtLevel } from './region-tree';

// Two states, one with two municipalities, one parish below the first municipality.
const regions = [
	{ id: 'capital', level: 'state' },
	{ id: 'miranda', level: 'state' },
	{ id: 'm-1-1', level: 'municipality', parent: 'capital' },
	{ id: 'm-1-2', level: 'municipality', parent: 'capital' },
	{ id: 'p-1-1-13', level: 'parish', parent: 'm-1-1' }
];

describe('regionAncestors', () => {
	it('lists the chain coarsest first, without the region itself', () => {
		expect(regionAncestors(regions, 'p-1-1-13').map((r) => r.id)).toEqual(['capital', 'm-1-1']);
		expect(regionAncestors(regions, 'm-1-2').map((r) => r.id)).toEqual(['capital']);
	});
	it('is empty at the first level and for an unknown id', () => {
		expect(regionAncestors(regions, 'capital')).toEqual([]);
		expect(regionAncestors(regions, 'nowhere')).toEqual([]);
	});
	it('stops at a cycle or an unknown parent instead of looping', () => {
		const broken = [
			{ id: 'a', parent: 'b' },
			{ id: 'b', parent: 'a' },
			{ id: 'c', parent: 'gone' }
		];
		expect(regionAncestors(broken, 'a').map((r) => r.id)).toEqual(['b']);
		expect(regionAncestors(broken, 'c')).toEqual([]);
	});
});

describe('regionsAtLevel and childrenOf', () => {
	it('select by level and by parent, in data order', () => {
		expect(regionsAtLevel(regions, 'municipality').map((r) => r.id)).toEqual(['m-1-1', 'm-1-2']);
		expect(regionsAtLevel(regions, 'state').map((r) => r.id)).toEqual(['capital', 'miranda']);
		expect(regionsAtLevel([{ id: 'x' }, { id: 'y', level: 'l' }], undefined)).toEqual([
			{ id: 'x' }
		]);
		expect(childrenOf(regions, 'capital').map((r) => r.id)).toEqual(['m-1-1', 'm-1-2']);
		expect(childrenOf(regions, 'miranda')).toEqual([]);
	});
	it('does not mutate its input', () => {
		const before = structuredClone(regions);
		regionAncestors(regions, 'p-1-1-13');
		regionsAtLevel(regions, 'parish');
		childrenOf(regions, 'capital');
		expect(regions).toEqual(before);
	});
});
