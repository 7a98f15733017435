import { describe, expect, it } from 'vitest';
import { levelsFixture } from './levels.fixture';
import { contrastRatio } from './states-colors';
import {
	buildLevelPage,
	leadBand,
	levelPageIds,
	levelReleases,
	releasesWithLevels
} from './states-levels';

const bundle = levelsFixture();

describe('level pages', () => {
	it('exist for each level of a release with results below the states, and no other', () => {
		expect(releasesWithLevels(bundle).map((r) => r.snapshot.id)).toEqual(['with-sheets']);
		expect(levelPageIds(bundle)).toEqual([
			{ snapshot: 'with-sheets', level: 'state' },
			{ snapshot: 'with-sheets', level: 'municipality' },
			{ snapshot: 'with-sheets', level: 'parish' }
		]);
		expect(buildLevelPage(bundle, 'states-only', 'state', 'en')).toBeUndefined();
		expect(buildLevelPage(bundle, 'with-sheets', 'ward', 'en')).toBeUndefined();
	});

	it('offers the level choice as links, the current one marked', () => {
		const page = buildLevelPage(bundle, 'with-sheets', 'municipality', 'es')!;
		expect(page.levels.map((l) => [l.name, l.count, l.current])).toEqual([
			['Estado', 2, false],
			['Municipio', 3, true],
			['Parroquia', 5, false]
		]);
		expect(levelReleases(bundle, 'en')[0]!.levels.every((l) => !l.current)).toBe(true);
		expect(levelReleases(bundle, 'en')[0]!.sheets).toBe(6);
	});

	it('at the state level shows the states table and map of that release', () => {
		const page = buildLevelPage(bundle, 'with-sheets', 'state', 'en')!;
		expect(page.byState).toBeUndefined();
		// Alfa: Bravo 30+45+10+30 = 115 against Alba 50+20+10+5 = 85.
		expect(page.states!.rows.map((r) => [r.region, r.leader, r.total])).toEqual([
			['s1', 'b', 206],
			['s2', 'a', 93]
		]);
		expect(page.states!.map!.tiles).toHaveLength(2);
		// National figures of the release: Alba 164, Bravo 126, Cruz 9.
		expect(page.national.rows.map((r) => [r.id, r.votes])).toEqual([
			['a', 164],
			['b', 126],
			['c', 9]
		]);
		expect(page.sheets).toBe(6);
	});

	it('at the parish level counts, per state, the parishes each candidate leads', () => {
		const page = buildLevelPage(bundle, 'with-sheets', 'parish', 'en')!;
		const by = page.byState!;
		expect(by.leaders.map((l) => l.name)).toEqual(['Bravo', 'Alba']);
		// Alfa: PQ. UNO and PQ. PEÑALVER to Bravo, PQ. DOS tied; Beta: both parishes to Alba.
		expect(
			by.rows.map((r) => [r.name, r.reported, r.leads, r.ties, r.unitsCounted, r.leaderName])
		).toEqual([
			['Alfa', 3, [2, 0], 1, 4, 'Bravo'],
			['Beta', 2, [0, 2], 0, 2, 'Alba']
		]);
		expect([by.total.reported, by.total.leads, by.total.ties, by.total.unitsCounted]).toEqual([
			5,
			[2, 2],
			1,
			6
		]);
		// Two candidates lead two parishes each: no national "leads in most".
		expect(by.total.leaderName).toBeUndefined();
	});

	it('colours each state’s tile by who leads in most of its parishes, readable in both schemes', () => {
		const map = buildLevelPage(bundle, 'with-sheets', 'parish', 'en')!.byState!.map!;
		const [alfa, beta] = map.tiles;
		expect(alfa!.leader?.id).toBe('b');
		expect(alfa!.leaderShare).toBeCloseTo((2 / 3) * 100, 10);
		expect(alfa!.band).toBe(1);
		expect(alfa!.label).toBe('Alfa: Bea Bravo leads in 2 of 3 parish regions');
		expect(beta!.band).toBe(3);
		for (const tile of map.tiles) {
			expect(contrastRatio(tile.paint!.fill.light, tile.paint!.ink.light)).toBeGreaterThan(4.5);
			expect(contrastRatio(tile.paint!.fill.dark, tile.paint!.ink.dark)).toBeGreaterThan(4.5);
		}
		expect(map.description).toBe(
			'Of 5 parish regions with results, Bravo leads in 2 and Alba leads in 2; 1 with a tie for first place.'
		);
		expect(map.bands.map((b) => b.label)).toEqual([
			'under 60%',
			'60 to 80%',
			'80 to 95%',
			'95% or more'
		]);
	});

	it('puts shares of regions led in bands', () => {
		expect([0, 59.9, 60, 79.9, 80, 95, 100].map(leadBand)).toEqual([0, 0, 1, 1, 2, 3, 3]);
	});
});
