import { describe, expect, it } from 'vitest';
import { loadDataset } from './load-dataset';
import { allChartData } from './chart-files';
import { chartCsv, chartJson } from '../views/chart-data';
import { buildStatementsPage, finalCounts } from '../views/statements-page';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
const files = allChartData(bundle);
const file = (key: string) => files.find((f) => f.key === key)!;
const col = (key: string, name: string) => {
	const f = file(key);
	const i = f.columns.indexOf(name);
	return f.rows.map((r) => r[i]);
};

describe('allChartData', () => {
	it('has one file per chart of the full pages, with unique keys', () => {
		const keys = files.map((f) => f.key);
		expect(new Set(keys).size).toBe(keys.length);
		for (const s of bundle.tabulations.flatMap((t) => t.snapshots))
			expect(keys).toContain(`share/${s.id}`);
		expect(keys).toEqual(
			expect.arrayContaining([
				'compare/cne',
				'compare/opposition-tally-sheets',
				'coverage',
				'statements-map',
				'stance-over-time',
				'claim/opposition-67-percent'
			])
		);
		expect(keys.some((k) => k.startsWith('states/'))).toBe(true);
	});

	it('writes a release’s bars with the counts as published (CNE bulletin 1, fact sheet §2)', () => {
		expect(col('share/cne-bulletin-1', 'votes')).toEqual([5150092, 4445978, 462704]);
		expect(col('share/cne-bulletin-1', 'computed_share')).toEqual([
			'51.1999971',
			'44.1999989',
			'4.6000039'
		]);
		expect(col('share/cne-bulletin-1', 'announced_share')).toEqual([51.2, 44.2, 4.6]);
	});

	it('pairs both counts in the comparison, every contestant in each', () => {
		const snaps = new Set(col('compare/cne', 'snapshot'));
		expect(snaps.size).toBe(2);
		const f = file('compare/cne');
		expect(f.rows.length % 2).toBe(0);
	});

	it('counts each stance on the last day as the page does', () => {
		const st = buildStatementsPage(bundle, 'es');
		const f = file('stance-over-time');
		const last = f.rows.at(-1)!;
		for (const c of finalCounts(st.series)) expect(last[f.columns.indexOf(c.stance)]).toBe(c.count);
	});
});

describe('chartCsv and chartJson', () => {
	it('hold the same rows; shares are numbers in JSON', () => {
		const f = file('share/cne-bulletin-1');
		const csv = chartCsv(f).trimEnd().split('\r\n');
		const json = JSON.parse(chartJson('venezuela-2024', f));
		expect(csv[0]).toBe(f.columns.join(','));
		expect(json.rows).toHaveLength(csv.length - 1);
		expect(json).toMatchObject({ election: 'venezuela-2024', chart: 'share/cne-bulletin-1' });
		expect(json.rows[0]).toMatchObject({
			contestant: 'maduro',
			votes: 5150092,
			computed_share: 51.1999971
		});
	});
	it('keeps text that looks like a formula inert in the CSV, and text in JSON', () => {
		const f = { key: 'k', columns: ['name', 'computed_share'], rows: [['=1+1', undefined]] };
		expect(chartCsv(f)).toBe("name,computed_share\r\n'=1+1,\r\n");
		expect(JSON.parse(chartJson('e', f)).rows).toEqual([{ name: '=1+1', computed_share: null }]);
	});
});
