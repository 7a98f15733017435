import { describe, expect, it } from 'vitest';
import { loadDataset } from '../server/load-dataset';
import {
	SNAPSHOT_CSV_COLUMNS,
	allSnapshots,
	buildBundleJson,
	buildSnapshotCsv,
	firstLevelBundle
} from './states-csv';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
const find = (id: string) => allSnapshots(bundle).find((x) => x.snapshot.id === id)!;
const lines = (csv: string) => csv.trimEnd().split('\r\n');

describe('buildSnapshotCsv', () => {
	it('writes the 83.5 % release: 3 national rows and 3 rows for each of the 24 states (§2, §5)', () => {
		const { tabulation, snapshot } = find('opposition-83-5');
		const csv = buildSnapshotCsv(bundle, tabulation, snapshot);
		const rows = lines(csv);
		expect(rows[0]).toBe(SNAPSHOT_CSV_COLUMNS.join(','));
		expect(rows).toHaveLength(1 + 3 + 24 * 3);
		expect(rows[1]).toMatch(
			/^venezuela-2024,opposition-tally-sheets,opposition-83-5,2024-08-06,national,,,gonzalez,Edmundo González Urrutia,false,7303480,67\.\d{7},67\.08,25073,30026,10887262,1213,https:\/\//
		);
		const zulia = rows.filter((r) => r.includes(',region,21,Zulia,'));
		expect(zulia).toHaveLength(3);
		expect(zulia[0]).toContain(',gonzalez,Edmundo González Urrutia,false,766915,69.39');
		expect(zulia[1]).toContain(',maduro,Nicolás Maduro,false,321797,29.11');
		expect(zulia[2]).toContain(',others,Otros 8 candidatos (combinados),true,16446,');
		expect(zulia[0]).toContain(',2721,,1105158,121,');
		expect(csv.endsWith('\r\n')).toBe(true);
	});

	it('writes a release without regions as national rows only, with announced shares kept apart', () => {
		const { tabulation, snapshot } = find(bundle.tabulations[0]!.snapshots[0]!.id);
		const rows = lines(buildSnapshotCsv(bundle, tabulation, snapshot));
		expect(rows.length).toBe(1 + snapshot.results.length);
		expect(rows.slice(1).every((r) => r.includes(',national,'))).toBe(true);
	});

	it('never lets a name from the data start a cell with a formula character', () => {
		const evil = structuredClone(bundle);
		evil.election.candidates[0]!.fullName = '=HYPERLINK("http://evil.example","x")';
		evil.election.regions[0]!.name = '@SUM(A1)';
		const opp = evil.tabulations.find((t) => t.snapshots.some((s) => s.id === 'opposition-83-5'))!;
		const csv = buildSnapshotCsv(
			evil,
			opp,
			opp.snapshots.find((s) => s.id === 'opposition-83-5')!
		);
		expect(csv).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
		expect(csv).toContain(`,'@SUM(A1),`);
		for (const cell of lines(csv).flatMap((l) => l.split(',')))
			expect(cell).not.toMatch(/^"?[=+@]/);
	});
});

describe('buildBundleJson', () => {
	it('is the whole bundle with first-level regions only, pretty and stable', () => {
		const text = buildBundleJson(bundle);
		expect(text).toBe(buildBundleJson(structuredClone(bundle)));
		expect(text.endsWith('}\n')).toBe(true);
		const parsed = JSON.parse(text) as typeof bundle;
		expect(parsed).toEqual(JSON.parse(JSON.stringify(firstLevelBundle(bundle))));
		// Municipalities, parishes and their results stay out of the file every page polls.
		expect(bundle.election.regions).toHaveLength(24 + 326 + 1072);
		expect(parsed.election.regions).toHaveLength(24);
		const v1 = parsed.tabulations
			.flatMap((t) => t.snapshots)
			.find((s) => s.id === 'opposition-81-7')!;
		expect(v1.regions).toHaveLength(24);
		expect(v1.sheets).toEqual({ rows: 24532, sourceIds: ['github-enyer182-resultados-csv'] });
		expect(text).toContain('\n  "election": {');
	});
});
