import { firstLevelRegions } from '../results/region-tree';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset';
import { contrastRatio } from './states-colors';
import { abbreviateRegions, describeRegions, initialsFor } from './states-map';
import {
	buildRegionPage,
	buildStatesPage,
	hasRegionResults,
	regionsWithResults
} from './states-page';
import { buildStatesSummary } from './states-summary';
import { computeRegionOutcomes } from '../results/regions';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;

describe('labels', () => {
	it('abbreviates every Venezuelan state uniquely', () => {
		const abbrs = abbreviateRegions(firstLevelRegions(bundle.election).map((r) => r.name));
		expect(new Set(abbrs).size).toBe(24);
		expect(abbreviateRegions(['Zulia', 'La Guaira', 'Guárico', 'Distrito Capital'])).toEqual([
			'ZUL',
			'LG',
			'GUA',
			'DC'
		]);
		expect(abbreviateRegions(['Marte', 'Marco'])).toEqual(['MART', 'MARC']);
	});

	it('gives leaders the shortest initials that tell them apart', () => {
		expect(initialsFor(['González', 'Maduro'])).toEqual(['G', 'M']);
		expect(initialsFor(['Maduro', 'Márquez', 'Martínez'])).toEqual(['Mad', 'Márq', 'Mart']);
	});
});

describe('buildStatesPage (fact sheet §5)', () => {
	const page = buildStatesPage(bundle, 'en');
	const view = page.views[0]!;

	it('shows the latest release with region data, and names the tabulations without any', () => {
		expect(page.views).toHaveLength(1);
		expect(view.snapshotId).toBe('opposition-83-5');
		// The 81.7 % release has results by state too, summed from its tally-sheet file.
		expect(view.earlier.map((s) => s.id)).toEqual(['opposition-81-7']);
		expect(page.withoutRegions).toEqual(['CNE bulletins']);
		expect(view.columns.map((c) => c.id)).toEqual(['gonzalez', 'maduro', 'others']);
	});

	it('has 24 rows by state code with Zulia’s counts', () => {
		expect(view.rows.map((r) => Number(r.code))).toEqual(
			Array.from({ length: 24 }, (_, i) => i + 1)
		);
		const zulia = view.rows.find((r) => r.region === 'zulia')!;
		expect(zulia.rows.map((r) => r.votes)).toEqual([766915, 321797, 16446]);
		expect(zulia.leaderName).toBe('González');
		expect(zulia.unitsCounted).toBe(2721);
	});

	it('places 24 tiles in distinct cells and labels each with ≥ 4.5:1 contrast', () => {
		const map = view.map!;
		expect(map.tiles).toHaveLength(24);
		expect(new Set(map.tiles.map((t) => `${t.row},${t.col}`)).size).toBe(24);
		for (const tile of map.tiles) {
			expect(tile.paint).toBeDefined();
			expect(contrastRatio(tile.paint!.fill.light, tile.paint!.ink.light)).toBeGreaterThan(4.5);
			expect(contrastRatio(tile.paint!.fill.dark, tile.paint!.ink.dark)).toBeGreaterThan(4.5);
		}
		const sucre = map.tiles.find((t) => t.region === 'sucre')!;
		expect(sucre.band).toBe(0);
		expect(sucre.label).toBe(
			'Sucre: Edmundo González Urrutia leads with 50.03%, a margin of +2.41 pts'
		);
		expect(map.tiles.find((t) => t.region === 'tachira')!.band).toBe(3);
		expect(map.leaders.map((l) => l.initial)).toEqual(['G']);
	});

	it('describes the map in one generated sentence, in each locale', () => {
		expect(view.map!.description).toBe(
			'González leads in 24 of 24 states in “Opposition: 83.5 % of tally sheets (CSV V2)”; the closest is Sucre (González 50.03% to Maduro 47.61%, +2.41 pts).'
		);
		expect(buildStatesPage(bundle, 'es').views[0]!.map!.description).toBe(
			'González lidera en 24 de 24 estados en «Oposición: 83,5 % de las actas (CSV V2)»; el más reñido es Sucre (González 50,03\u00a0% frente a Maduro 47,61\u00a0%, +2,41 pp).'
		);
	});

	it('describes several leaders and a tie from the data, not from a template', () => {
		const outcomes = computeRegionOutcomes(
			[
				{ id: 'a', code: '1', name: 'Alta' },
				{ id: 'b', code: '2', name: 'Baja' },
				{ id: 'c', code: '3', name: 'Costa' },
				{ id: 'd', code: '4', name: 'Delta' }
			],
			[
				['a', 70, 30],
				['b', 45, 55],
				['c', 50, 50],
				['d', 60, 40]
			].map(([region, x, y]) => ({
				region: region as string,
				results: [
					{ contestant: 'x', votes: x as number },
					{ contestant: 'y', votes: y as number }
				],
				totals: {}
			})),
			new Set()
		);
		const names = [
			{ id: 'x', shortName: 'Equis' },
			{ id: 'y', shortName: 'Ye' }
		];
		expect(describeRegions(outcomes, names, 'en', 'Test')).toBe(
			'Equis leads in 2 and Ye in 1 of 4 states in “Test”, with a tie in 1; the closest is Baja (Ye 55.00% to Equis 45.00%, +10.00 pts).'
		);
	});
});

describe('region pages', () => {
	it('exist for the 24 states reported, with neighbours for navigation', () => {
		expect(hasRegionResults(bundle)).toBe(true);
		expect(regionsWithResults(bundle)).toHaveLength(24);
		const page = buildRegionPage(bundle, 'zulia', 'es')!;
		expect(page.entries.map((x) => x.snapshotId)).toEqual(['opposition-83-5', 'opposition-81-7']);
		// Summed with Python from RESULTADOS_2024_CSV_V1.csv, COD_EDO 21 (2,592 sheets).
		const v1 = page.entries[1]!.outcome;
		expect(v1.rows.find((r) => r.contestant === 'gonzalez')?.votes).toBe(729457);
		expect(v1.rows.find((r) => r.contestant === 'maduro')?.votes).toBe(308007);
		expect(v1.unitsCounted).toBe(2592);
		const e = page.entries[0]!;
		expect(e.snapshotId).toBe('opposition-83-5');
		expect(e.outcome.rows.map((r) => r.votes)).toEqual([766915, 321797, 16446]);
		expect(e.outcome.totals).toEqual({ valid: 1105158, null: 121 });
		expect(e.leaderName).toBe('González');
		expect(e.runnerUpName).toBe('Maduro');
		expect(page.prev?.id).toBe('yaracuy');
		expect(page.next?.id).toBe('amazonas');
		expect(buildRegionPage(bundle, 'distrito-capital', 'es')!.prev).toBeUndefined();
		expect(buildRegionPage(bundle, 'nowhere', 'es')).toBeUndefined();
	});
});

describe('buildStatesSummary', () => {
	it('summarises the 83.5 % release and is absent for an election without region results', () => {
		const s = buildStatesSummary(bundle, 'es')!;
		expect(s.regionCount).toBe(24);
		expect(s.view.snapshotId).toBe('opposition-83-5');
		const none = structuredClone(bundle);
		for (const t of none.tabulations) for (const snap of t.snapshots) snap.regions = [];
		expect(buildStatesSummary(none, 'es')).toBeUndefined();
		expect(buildStatesPage(none, 'es').views).toEqual([]);
	});
});
