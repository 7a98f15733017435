import { describe, expect, it } from 'vitest';
import { FX_SHEETS, levelsFixture } from './levels.fixture';
import { buildStateRegionsCsv, buildStateSheetsCsv, groupSheetsByState } from './sheets-csv';

const bundle = levelsFixture();
const tabulation = bundle.tabulations[0]!;
const release = tabulation.snapshots[0]!;
const lines = (csv: string) => csv.split('\r\n');

describe('per-state CSV downloads', () => {
	it('groups the sheets by state in file order', () => {
		const groups = groupSheetsByState(bundle, FX_SHEETS);
		expect([...groups.keys()]).toEqual(['s1', 's2']);
		expect(groups.get('s1')!.map((s) => s.sheet)).toEqual(['C1-1', 'C1-2', 'C2-1', 'C3-1']);
	});

	it('writes one row per sheet with its regions, counts and image, guarded against formulas', () => {
		const csv = buildStateSheetsCsv(
			bundle,
			tabulation,
			release,
			groupSheetsByState(bundle, FX_SHEETS).get('s2')!
		);
		const [head, first, second, end] = lines(csv);
		expect(head).toBe(
			'election,tabulation,snapshot,as_of,sheet,state_code,state_name,municipality_code,municipality_name,parish_code,parish_name,centre,table,registered,valid_votes,null_votes,votes_a,votes_b,votes_c,image'
		);
		expect(first).toBe(
			'fx,t,with-sheets,2030-01-02,C4-1,2,Beta,1,MP. TRES,1,PQ. UNA,C4,1,120,83,1,70,10,3,https://img.example.org/C4-1.jpg'
		);
		// A sheet key starting with "=" is text, not a formula.
		expect(second!.split(',')[4]).toBe("'=C5-1");
		expect(end).toBe('');
		// No registered count, no image: empty cells.
		const s1 = buildStateSheetsCsv(
			bundle,
			tabulation,
			release,
			groupSheetsByState(bundle, FX_SHEETS).get('s1')!
		);
		expect(lines(s1)[4]).toBe(
			'fx,t,with-sheets,2030-01-02,C3-1,1,Alfa,2,MP. DOS,1,PQ. PEÑALVER,C3,1,,36,0,5,30,1,'
		);
	});

	it('writes the state, its municipalities and its parishes, one row per contestant, tidy', () => {
		const csv = buildStateRegionsCsv(bundle, tabulation, release, 's1');
		const rows = lines(csv)
			.slice(1, -1)
			.map((l) => l.split(','));
		expect(lines(csv)[0]).toBe(
			'election,tabulation,snapshot,as_of,level,region_id,state_code,state_name,municipality_code,municipality_name,parish_code,parish_name,contestant,contestant_name,is_group,votes,computed_share,units_counted,valid_votes,null_votes,sources'
		);
		// 1 state + 2 municipalities + 3 parishes, 3 contestants each.
		expect(rows).toHaveLength(18);
		expect(rows.map((r) => r[5])).toEqual(
			['s1', 'm-1-1', 'm-1-2', 'p-1-1-1', 'p-1-1-2', 'p-1-2-1'].flatMap((id) => [id, id, id])
		);
		// Alfa: Bravo 115 of 206 valid, 4 sheets, 3 null.
		expect(rows[0]!.join(',')).toBe(
			`fx,t,with-sheets,2030-01-02,state,s1,1,Alfa,,,,,b,Bea Bravo,false,115,${((115 / 206) * 100).toFixed(7)},4,206,3,https://example.org/sheets.csv`
		);
		const peñalver = rows.filter((r) => r[5] === 'p-1-2-1');
		expect(peñalver.map((r) => [r[8], r[9], r[10], r[11], r[12], r[15]])).toEqual([
			['2', 'MP. DOS', '1', 'PQ. PEÑALVER', 'b', '30'],
			['2', 'MP. DOS', '1', 'PQ. PEÑALVER', 'a', '5'],
			['2', 'MP. DOS', '1', 'PQ. PEÑALVER', 'c', '1']
		]);
	});
});
