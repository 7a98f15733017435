import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import type { SheetRow } from '../schemas/sheet';
import { decodeChunks } from './decode';
import type { TallyMapping } from './mapping';
import { aggregateSheets, planSheetImport } from './plan-sheets';
import { readTallyCsv } from './tally-csv';

const rows: SheetRow[] = [
	{ sheet: 'a', region: 'p1', valid: 10, null: 1, registered: 20, votes: { x: 6, y: 4 } },
	{ sheet: 'b', region: 'p2', valid: 7, null: 0, votes: { x: 2, y: 5 } },
	{ sheet: 'c', region: 'p3', valid: 5, null: 2, registered: 9, votes: { x: 5, y: 0 } }
];
const parents = new Map([
	['p1', 'm1'],
	['p2', 'm1'],
	['p3', 'm2'],
	['m1', 's1'],
	['m2', 's1']
]);

describe('aggregateSheets', () => {
	it('sums nationally and along each row’s chain of parents', () => {
		const { national, byRegion } = aggregateSheets(rows, parents);
		// Independent sums of the rows above.
		expect(national).toEqual({
			rows: 3,
			valid: 22,
			null: 3,
			registered: 29,
			votes: new Map([
				['x', 13],
				['y', 9]
			])
		});
		expect(byRegion.get('m1')).toEqual({
			rows: 2,
			valid: 17,
			null: 1,
			registered: 20,
			votes: new Map([
				['x', 8],
				['y', 9]
			])
		});
		expect(byRegion.get('s1')).toEqual(national);
		expect(byRegion.get('p3')?.votes.get('x')).toBe(5);
	});
});

/** The minimal fixture election: regions north/south with districts n1/s1 below them. */
function fixture() {
	const { bundle, errors } = validateElectionFiles(
		readElectionFolder(
			resolve('tests/fixtures/elections/valid-minimal/fixture-2030'),
			'fixture-2030',
			[]
		)
	);
	expect(errors).toEqual([]);
	return bundle!;
}

const mapping: TallyMapping = {
	id: 'test',
	levels: [
		{
			level: 'region',
			levelName: { es: 'Región', en: 'Region' },
			codeColumn: 'R',
			nameColumn: 'RN',
			id: 'r-{R}',
			match: 'code'
		},
		{
			level: 'district',
			levelName: { es: 'Distrito', en: 'District' },
			codeColumn: 'D',
			nameColumn: 'DN',
			id: 'd-{R}-{D}',
			match: 'id'
		}
	],
	sheet: { key: ['K'] },
	valid: 'V',
	null: 'N',
	candidates: { A: 'ana', B: 'beto', C: 'caro', D2: 'dani' },
	optional: []
};

describe('planSheetImport', () => {
	it('matches regions by code, creates the districts, and sums every level', async () => {
		const csv =
			'R,RN,D,DN,K,V,N,A,B,C,D2\nN,North,7,Seven,k1,10,1,5,3,1,1\nN,North,7,Seven,k2,4,0,1,1,1,1\nS,South,8,Eight,k3,6,2,0,6,0,0\n';
		const tally = await readTallyCsv(decodeChunks([new TextEncoder().encode(csv)]), mapping);
		const tables: unknown[] = [];
		const { plan, errors } = planSheetImport({
			bundle: fixture(),
			tabulationId: 'observers',
			snapshotId: 'observers-sheets',
			asOf: '2030-05-06',
			label: { es: 'Actas', en: 'Sheets' },
			sourceIds: ['fixture-source'],
			mapping,
			tally,
			onTable: (t) => tables.push(t)
		});
		expect(errors).toEqual([]);
		// Told the table once, the plan's own (with the regions' ids), before the plan was done.
		expect(tables).toEqual([plan!.table]);
		expect(tables[0]).toBe(plan!.table);
		expect([...plan!.newRegions.get('district')!].map((r) => [r.id, r.parent])).toEqual([
			['d-n-7', 'north'],
			['d-s-8', 'south']
		]);
		const s = plan!.snapshot;
		// Independent sums of the three rows above.
		expect(s.results.map((r) => [r.contestant, r.votes])).toEqual([
			['ana', 6],
			['beto', 10],
			['caro', 2],
			['dani', 2]
		]);
		expect(s.totals).toEqual({ valid: 20, null: 3 });
		expect(s.coverage).toEqual({ unitsCounted: 3, unitsTotal: 10 });
		expect(s.sheets).toEqual({ rows: 3, sourceIds: ['fixture-source'] });
		const north = s.regions.find((r) => r.region === 'north')!;
		expect(north.unitsCounted).toBe(2);
		expect(north.results.find((r) => r.contestant === 'ana')?.votes).toBe(6);
		expect(s.regions.map((r) => r.region)).toEqual(['north', 'south', 'd-n-7', 'd-s-8']);
		expect(plan!.rows.map((r) => r.region)).toEqual(['d-n-7', 'd-n-7', 'd-s-8']);
	});

	it('says why it cannot import: unknown tabulation, a new snapshot without label or source', async () => {
		const tally = await readTallyCsv(
			decodeChunks([
				new TextEncoder().encode('R,RN,D,DN,K,V,N,A,B,C,D2\nN,North,7,Seven,k1,1,0,1,0,0,0\n')
			]),
			mapping
		);
		const base = {
			bundle: fixture(),
			asOf: '2030-05-06',
			mapping,
			tally,
			sourceIds: [] as string[]
		};
		expect(planSheetImport({ ...base, tabulationId: 'nope', snapshotId: 'x' }).errors[0]).toContain(
			'--tabulation: expected one of official, observers'
		);
		const errors = planSheetImport({
			...base,
			tabulationId: 'observers',
			snapshotId: 'new'
		}).errors;
		expect(errors).toEqual([
			'--label-es and --label-en: expected a label for the new snapshot new, got none',
			'--source: expected at least one source id for the new snapshot new, got none'
		]);
	});
});
