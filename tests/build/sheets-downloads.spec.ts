import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';

// The per-state downloads of the opposition's 81.7 % release (the V1 tally-sheet file): one folder
// per state under build/data/<election>/<snapshot>/ with the state's sheets (CSV and the lookup's
// JSON) and its results by state, municipality and parish. Figures are checked against the sheet
// file the site was built from, summed here, and against the totals in the data README.
const ELECTION = 'venezuela-2024';
const RELEASE = 'opposition-81-7';
const dir = `build/data/${ELECTION}/${RELEASE}`;
const dataDir = process.env.ESCRUTINIO_DATA_DIR ?? 'src/data/elections';
const states = existsSync(dir) ? readdirSync(dir).sort() : [];

/** A CSV file's records, with csv-parse; `eol` is the line ending the file must use. */
function parseCsv(text: string, eol: string): string[][] {
	return parse(text, { record_delimiter: eol, skip_empty_lines: true }) as string[][];
}

function table(path: string) {
	const text = readFileSync(path, 'utf8');
	const [head, ...rows] = parseCsv(text, '\r\n');
	const col = (name: string) => head!.indexOf(name);
	return { text, head: head!, rows, col };
}

const source = parseCsv(
	readFileSync(join(dataDir, ELECTION, 'sheets', `${RELEASE}.csv`), 'utf8'),
	'\n'
);
const sourceCol = (name: string) => source[0]!.indexOf(name);
const sourceSum = (name: string) =>
	source.slice(1).reduce((n, r) => n + Number(r[sourceCol(name)]), 0);

test('every state has its sheets, the lookup file and its results by region', () => {
	expect(states).toHaveLength(24);
	for (const s of states)
		expect(readdirSync(join(dir, s)).sort()).toEqual(['regions.csv', 'sheets.csv', 'sheets.json']);
});

test('the per-state sheet files hold every tally sheet of the V1 file, with its figures', () => {
	let rows = 0;
	let gonzalez = 0;
	let maduro = 0;
	const problems: string[] = [];
	for (const s of states) {
		const t = table(join(dir, s, 'sheets.csv'));
		expect(t.text.charCodeAt(0), 'no byte-order mark').not.toBe(0xfeff);
		expect(t.head.slice(0, 5)).toEqual(['election', 'tabulation', 'snapshot', 'as_of', 'sheet']);
		expect(t.head).toContain('parish_name');
		expect(t.head.at(-1)).toBe('image');
		rows += t.rows.length;
		const [g, m, img] = [t.col('votes_gonzalez'), t.col('votes_maduro'), t.col('image')];
		for (const r of t.rows) {
			if (r.length !== t.head.length) problems.push(`${s}: ${r.length} cells in ${r.join(',')}`);
			gonzalez += Number(r[g]);
			maduro += Number(r[m]);
			const image = r[img]!;
			if (image !== '' && !/^https?:\/\//.test(image)) problems.push(`${s}: image ${image}`);
			// Formula guard: no cell a spreadsheet would run.
			if (r.some((cell) => /^[=+\-@]/.test(cell))) problems.push(`${s}: formula in ${r.join(',')}`);
		}
		// The lookup file has the same sheets.
		const json = JSON.parse(readFileSync(join(dir, s, 'sheets.json'), 'utf8'));
		expect(json.sheets).toHaveLength(t.rows.length);
		expect(json.state).toBe(s);
	}
	expect(problems).toEqual([]);
	// Data README: 24,532 rows; González 7,156,462; Maduro 3,241,461.
	expect(rows).toBe(24532);
	expect(rows).toBe(source.length - 1);
	expect(gonzalez).toBe(7156462);
	expect(maduro).toBe(3241461);
	expect(gonzalez).toBe(sourceSum('gonzalez'));
});

test('the per-state results add up level by level, names kept as written', () => {
	const levels = { state: 0, municipality: 0, parish: 0 };
	let nationalGonzalez = 0;
	for (const s of states) {
		const t = table(join(dir, s, 'regions.csv'));
		expect(t.head.slice(0, 6)).toEqual([
			'election',
			'tabulation',
			'snapshot',
			'as_of',
			'level',
			'region_id'
		]);
		const votesOf = (level: string, contestant: string) =>
			t.rows
				.filter((r) => r[t.col('level')] === level && r[t.col('contestant')] === contestant)
				.reduce((n, r) => n + Number(r[t.col('votes')]), 0);
		for (const c of ['gonzalez', 'maduro']) {
			expect(votesOf('municipality', c), `${s} municipalities, ${c}`).toBe(votesOf('state', c));
			expect(votesOf('parish', c), `${s} parishes, ${c}`).toBe(votesOf('state', c));
		}
		const sheets = (level: string) =>
			t.rows
				.filter((r) => r[t.col('level')] === level && r[t.col('contestant')] === 'gonzalez')
				.reduce((n, r) => n + Number(r[t.col('units_counted')]), 0);
		expect(sheets('parish')).toBe(sheets('state'));
		expect(sheets('state')).toBe(table(join(dir, s, 'sheets.csv')).rows.length);
		for (const level of Object.keys(levels) as (keyof typeof levels)[])
			levels[level] += new Set(
				t.rows.filter((r) => r[t.col('level')] === level).map((r) => r[t.col('region_id')])
			).size;
		nationalGonzalez += votesOf('state', 'gonzalez');
		const formulas = t.rows.filter((r) => r.some((cell) => /^[=+\-@]/.test(cell)));
		expect(formulas, `${s}: cells a spreadsheet would run`).toEqual([]);
	}
	// Data README: 24 states, 326 municipalities, 1,072 parishes.
	expect(levels).toEqual({ state: 24, municipality: 326, parish: 1072 });
	expect(nationalGonzalez).toBe(7156462);
	// UTF-8 names survive as written (data README: "MP. PEÑALVER").
	expect(readFileSync(join(dir, 'anzoategui', 'regions.csv'), 'utf8')).toContain('PEÑALVER');
});
