// A small election with three region levels (2 states, 3 municipalities, 5 parishes) and six
// tally sheets, for the tests of the level views, the lookup and the per-state CSVs. Region
// results are the sums of the sheets below each region, as an import would write them; the tests
// compare against figures summed by hand in their comments.
import type { ElectionBundle } from '../data/bundle';
import type { SheetRowLike } from './sheet-lookup';

export const FX_SHEETS: SheetRowLike[] = [
	{
		sheet: 'C1-1',
		region: 'p-1-1-1',
		centre: 'C1',
		table: '1',
		registered: 100,
		valid: 85,
		null: 1,
		votes: { a: 50, b: 30, c: 5 },
		image: 'https://img.example.org/C1-1.jpg'
	},
	{
		sheet: 'C1-2',
		region: 'p-1-1-1',
		centre: 'C1',
		table: '2',
		registered: 90,
		valid: 65,
		null: 0,
		votes: { a: 20, b: 45, c: 0 }
	},
	{
		sheet: 'C2-1',
		region: 'p-1-1-2',
		centre: 'C2',
		table: '1',
		registered: 40,
		valid: 20,
		null: 2,
		votes: { a: 10, b: 10, c: 0 },
		image: 'https://img.example.org/C2-1.jpg'
	},
	{
		sheet: 'C3-1',
		region: 'p-1-2-1',
		centre: 'C3',
		table: '1',
		valid: 36,
		null: 0,
		votes: { a: 5, b: 30, c: 1 }
	},
	{
		sheet: 'C4-1',
		region: 'p-2-1-1',
		centre: 'C4',
		table: '1',
		registered: 120,
		valid: 83,
		null: 1,
		votes: { a: 70, b: 10, c: 3 },
		image: 'https://img.example.org/C4-1.jpg'
	},
	{
		sheet: '=C5-1',
		region: 'p-2-1-10',
		centre: 'C5',
		table: '1',
		registered: 15,
		valid: 10,
		null: 0,
		votes: { a: 9, b: 1, c: 0 },
		image: 'https://img.example.org/C5-1.jpg'
	}
];

const regions = [
	{ id: 's1', code: '1', name: 'Alfa', level: 'state', tile: { row: 0, col: 0 } },
	{ id: 's2', code: '2', name: 'Beta', level: 'state', tile: { row: 0, col: 1 } },
	{ id: 'm-1-1', code: '1', name: 'MP. UNO', level: 'municipality', parent: 's1' },
	{ id: 'm-1-2', code: '2', name: 'MP. DOS', level: 'municipality', parent: 's1' },
	{ id: 'm-2-1', code: '1', name: 'MP. TRES', level: 'municipality', parent: 's2' },
	{ id: 'p-1-1-1', code: '1', name: 'PQ. UNO', level: 'parish', parent: 'm-1-1' },
	{ id: 'p-1-1-2', code: '2', name: 'PQ. DOS', level: 'parish', parent: 'm-1-1' },
	{ id: 'p-1-2-1', code: '1', name: 'PQ. PEÑALVER', level: 'parish', parent: 'm-1-2' },
	{ id: 'p-2-1-10', code: '10', name: 'PQ. DIEZ', level: 'parish', parent: 'm-2-1' },
	{ id: 'p-2-1-1', code: '1', name: 'PQ. UNA', level: 'parish', parent: 'm-2-1' }
];

/** Sum of the sheets under a region (the region itself, or any region above the sheet's). */
function resultOf(id: string) {
	const parent = new Map(regions.map((r) => [r.id, (r as { parent?: string }).parent]));
	const under = (region: string) => {
		for (let r: string | undefined = region; r; r = parent.get(r)) if (r === id) return true;
		return false;
	};
	const rows = FX_SHEETS.filter((s) => under(s.region));
	const sum = (f: (s: SheetRowLike) => number) => rows.reduce((n, s) => n + f(s), 0);
	return {
		region: id,
		unitsCounted: rows.length,
		results: ['a', 'b', 'c'].map((c) => ({ contestant: c, votes: sum((s) => s.votes[c] ?? 0) })),
		totals: { valid: sum((s) => s.valid), null: sum((s) => s.null) }
	};
}

export function levelsFixture(): ElectionBundle {
	const source = {
		id: 'src',
		publisher: 'Fixture',
		title: 'Sheet file',
		url: 'https://example.org/sheets.csv',
		lang: 'es'
	};
	const all = FX_SHEETS;
	const national = ['a', 'b', 'c'].map((c) => ({
		contestant: c,
		votes: all.reduce((n, s) => n + (s.votes[c] ?? 0), 0)
	}));
	return {
		election: {
			id: 'fx',
			name: { es: 'Elección de prueba', en: 'Test election' },
			date: '2030-01-01',
			country: 'VE',
			office: { es: 'Presidencia', en: 'President' },
			timeZone: 'America/Caracas',
			countingUnit: { kind: 'tally-sheet', total: { count: 10, sourceIds: ['src'] } },
			candidates: [
				{ id: 'a', fullName: 'Ana Alba', shortName: 'Alba', color: '#0072b2' },
				{ id: 'b', fullName: 'Bea Bravo', shortName: 'Bravo', color: '#d55e00' },
				{ id: 'c', fullName: 'Ceci Cruz', shortName: 'Cruz', color: '#009e73' }
			],
			groups: [],
			regionLevels: [
				{ id: 'state', name: { es: 'Estado', en: 'State' } },
				{ id: 'municipality', name: { es: 'Municipio', en: 'Municipality' } },
				{ id: 'parish', name: { es: 'Parroquia', en: 'Parish' } }
			],
			regions
		},
		tabulations: [
			{
				id: 't',
				name: { es: 'Actas', en: 'Sheets' },
				kind: 'collected-tally-sheets',
				official: false,
				publisher: 'pub',
				snapshots: [
					{
						id: 'with-sheets',
						label: { es: 'Entrega con actas', en: 'Release with sheets' },
						asOf: '2030-01-02',
						coverage: { unitsCounted: 6, unitsTotal: 10 },
						results: national,
						totals: {
							valid: all.reduce((n, s) => n + s.valid, 0),
							null: all.reduce((n, s) => n + s.null, 0)
						},
						regions: regions.map((r) => resultOf(r.id)),
						sheets: { rows: 6, sourceIds: ['src'] },
						sourceIds: ['src']
					},
					{
						id: 'states-only',
						label: { es: 'Solo estados', en: 'States only' },
						asOf: '2030-01-03',
						coverage: { unitsCounted: 6, unitsTotal: 10 },
						results: national,
						totals: {},
						regions: [resultOf('s1'), resultOf('s2')],
						sourceIds: ['src']
					}
				]
			}
		],
		sources: [source],
		actors: [{ id: 'pub', name: { es: 'Publicador', en: 'Publisher' }, kind: 'campaign' }],
		claims: [],
		statements: [],
		events: [],
		revisions: []
	} as unknown as ElectionBundle;
}
