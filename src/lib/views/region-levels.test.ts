import { describe, expect, it } from 'vitest';
import { levelsFixture } from './levels.fixture';
import {
	ancestorAt,
	descendantsOf,
	firstLevelRegions,
	indexRegions,
	levelsWithResults,
	regionLevels
} from './region-levels';

const election = levelsFixture().election;

describe('region levels', () => {
	it('names the declared levels in each locale, coarse to fine', () => {
		expect(regionLevels(election, 'en').map((l) => [l.id, l.name, l.depth])).toEqual([
			['state', 'State', 0],
			['municipality', 'Municipality', 1],
			['parish', 'Parish', 2]
		]);
		expect(regionLevels(election, 'es')[2]!.name).toBe('Parroquia');
	});

	it('gives an election without declared levels one level holding every region', () => {
		const flat = { regions: [{ id: 'x', code: '1', name: 'X' }] };
		expect(regionLevels(flat, 'en')).toHaveLength(1);
		expect(indexRegions(flat, 'en').byId.get('x')?.level).toBe(regionLevels(flat, 'en')[0]!.id);
		expect(firstLevelRegions(flat).map((r) => r.id)).toEqual(['x']);
	});

	it('finds a parish’s state and municipality, and nothing coarser than a state', () => {
		const index = indexRegions(election, 'es');
		expect(ancestorAt(index, 'p-2-1-10', 'state')?.name).toBe('Beta');
		expect(ancestorAt(index, 'p-2-1-10', 'municipality')?.id).toBe('m-2-1');
		expect(ancestorAt(index, 'p-2-1-10', 'parish')?.id).toBe('p-2-1-10');
		expect(ancestorAt(index, 's1', 'parish')).toBeUndefined();
		expect(ancestorAt(index, 'unknown', 'state')).toBeUndefined();
	});

	it('lists a state’s municipalities and parishes, and the states alone as the first level', () => {
		const index = indexRegions(election, 'es');
		expect(descendantsOf(index, 's1')).toEqual(['m-1-1', 'p-1-1-1', 'p-1-1-2', 'm-1-2', 'p-1-2-1']);
		expect(firstLevelRegions(election).map((r) => r.id)).toEqual(['s1', 's2']);
	});

	it('counts a release’s results per level and leaves out levels without any', () => {
		const index = indexRegions(election, 'en');
		const snaps = levelsFixture().tabulations[0]!.snapshots;
		expect(levelsWithResults(index, snaps[0]!.regions).map((l) => [l.id, l.count])).toEqual([
			['state', 2],
			['municipality', 3],
			['parish', 5]
		]);
		expect(levelsWithResults(index, snaps[1]!.regions).map((l) => l.id)).toEqual(['state']);
	});
});
