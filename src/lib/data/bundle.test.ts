import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles, type RawElectionFiles } from './bundle';
import { formatDataError } from './errors';
import { readElectionFolder } from '../server/load-dataset';
import { SheetTable } from './sheet-table';
import type { SheetRow, Tabulation } from '../schemas';

const VALID = resolve('tests/fixtures/elections/valid-minimal/fixture-2030');
const INVALID = resolve('tests/fixtures/invalid');
const REAL = resolve('src/data/elections/venezuela-2024');

interface Case {
	case: string;
	file: string;
	set: { path: (string | number)[]; value?: unknown; delete?: boolean };
	expect: { file: string; path: string; expected: string; found: string };
}

function readValid(): RawElectionFiles {
	const errors: never[] = [];
	const files = readElectionFolder(VALID, 'fixture-2030', errors);
	expect(errors).toEqual([]);
	return files;
}

/** Apply a fixture's one change to the raw JSON of the valid election. */
function corrupt(files: RawElectionFiles, c: Case): RawElectionFiles {
	const copy = structuredClone(files);
	const all = [
		copy.election!,
		...copy.regions,
		...copy.tabulations,
		...copy.sources,
		...copy.actors,
		...copy.claims,
		...copy.statements,
		...copy.remarks
	];
	const target = all.find((f) => f.file === `fixture-2030/${c.file}`);
	if (!target) throw new Error(`fixture ${c.case}: no file ${c.file}`);
	let node = target.data as Record<string | number, unknown>;
	for (const key of c.set.path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
	const last = c.set.path[c.set.path.length - 1]!;
	if (c.set.delete) delete node[last];
	else node[last] = c.set.value;
	return copy;
}

describe('validateElectionFiles', () => {
	// Reads and sums the 24,532 sheet rows too: allow for a loaded machine.
	it('accepts the real Venezuela 2024 data', () => {
		const errors: never[] = [];
		const { bundle, errors: e } = validateElectionFiles(
			readElectionFolder(REAL, 'venezuela-2024', errors)
		);
		expect(e.map(formatDataError)).toEqual([]);
		expect(bundle?.tabulations.filter((t) => t.official).map((t) => t.id)).toEqual(['cne']);
		const b1 = bundle!.tabulations[0]!.snapshots[0]!;
		expect(b1.results.map((r) => r.votes)).toEqual([5150092, 4445978, 462704]);
	}, 30_000);

	it('accepts the minimal valid fixture', () => {
		const { bundle, errors } = validateElectionFiles(readValid());
		expect(errors).toEqual([]);
		expect(bundle?.election.id).toBe('fixture-2030');
	});

	const cases: Case[] = readdirSync(INVALID)
		.filter((f) => f.endsWith('.json'))
		.map((f) => JSON.parse(readFileSync(join(INVALID, f), 'utf8')) as Case);

	it('has one fixture per rule', () => expect(cases.length).toBeGreaterThanOrEqual(20));

	for (const c of cases) {
		it(`rejects ${c.case} naming the file, the field, what was expected and what was found`, () => {
			const { bundle, errors } = validateElectionFiles(corrupt(readValid(), c));
			expect(bundle).toBeUndefined();
			const hit = errors.find(
				(e) => e.file === `fixture-2030/${c.file}` && e.path === c.expect.path
			);
			expect(hit, `errors were:\n${errors.map(formatDataError).join('\n')}`).toBeDefined();
			expect(hit!.expected).toContain(c.expect.expected);
			expect(hit!.found).toContain(c.expect.found);
			expect(formatDataError(hit!)).toBe(
				`fixture-2030/${c.file} › ${c.expect.path}: expected ${hit!.expected}, got ${hit!.found}`
			);
		});
	}

	it('reports every problem, not just the first', () => {
		const byName = (n: string) => cases.find((c) => c.case === n)!;
		const files = corrupt(corrupt(readValid(), byName('negative-votes')), byName('javascript-url'));
		const { errors } = validateElectionFiles(files);
		expect(errors.map((e) => e.path)).toEqual(
			expect.arrayContaining(['[0].snapshots[0].results[1].votes', '[0].url'])
		);
	});

	describe('sheet rows', () => {
		const file = 'fixture-2030/sheets/official-2.csv';
		const tabFile = 'fixture-2030/tabulations/all.json';
		// One bad row each (the row's index, the change, the message), as checkSheets gave them before
		// its row pass was split in two: sums, then messages only for a table with a problem.
		const bad: [number, (r: SheetRow) => void, string][] = [
			[
				1,
				(r) => (r.region = 'nowhere'),
				`${file} › row 2 (sheet "N-2").region: expected the id of a region in election.json or regions/*.json, got unknown region id "nowhere"`
			],
			[
				2,
				(r) => (r.region = 'north'),
				`${file} › row 3 (sheet "N-3").region: expected a region of the finest level ("district"), got "north" of level "region"`
			],
			[
				3,
				(r) => (r.votes.ana! += 100),
				`${file} › row 4 (sheet "N-4").valid: expected valid votes ≥ the sum of the candidates (180), got 80`
			],
			[
				4,
				(r) => (r.registered = 50),
				`${file} › row 5 (sheet "N-5").registered: expected registered electors ≥ valid + null (81), got 50`
			]
		];
		/** The fixture with some of those rows, as rows or as columns (the CLI's form). */
		function withBad(which: typeof bad, asTable: boolean): RawElectionFiles {
			const files = structuredClone(readValid());
			const sf = files.sheets![0]!;
			for (const [i, change] of which) change(sf.rows![i]!);
			if (asTable) {
				sf.table = SheetTable.fromRows(sf.rows!, sf.candidates);
				delete sf.rows;
			}
			return files;
		}
		const rowMessages = (files: RawElectionFiles) => {
			const { bundle, errors } = validateElectionFiles(files);
			expect(bundle).toBeUndefined();
			return errors.map(formatDataError).filter((m) => m.startsWith(`${file} › row`));
		};
		it('compares the sums with the release, nationally and per region, groups as their members', () => {
			const files = structuredClone(readValid());
			const tab = files.tabulations.find((f) => f.file.endsWith('all.json'))!;
			const release = (tab.data as Tabulation[])[0]!.snapshots[1]!;
			release.totals.valid = 981;
			release.totals.voters = 991;
			release.regions[0]!.unitsCounted = 7;
			release.regions[1]!.results.pop(); // the group "rest" (caro, dani) of the south
			release.regions[1]!.results[1]!.votes = 171;
			for (const asTable of [false, true]) {
				const sf = files.sheets![0]!;
				if (asTable) sf.table = SheetTable.fromRows(sf.rows!, sf.candidates);
				const { errors } = validateElectionFiles(files);
				// (As main gave them before the sums were kept in arrays rather than maps.)
				expect(errors.map(formatDataError)).toEqual([
					`${tabFile} › [0].snapshots[1].totals.valid: expected valid votes equal to the sum of the rows of ${file} (980), got 981`,
					`${tabFile} › [0].snapshots[1].regions[0].unitsCounted: expected units counted equal to the sum of the rows of ${file} (6), got 7`,
					`${tabFile} › [0].snapshots[1].regions[1].results[1].votes: expected votes equal to the sum of the rows of ${file} (170), got 171`,
					`${tabFile} › [0].snapshots[1].regions[1].results: expected a result for "caro" (the rows of ${file} give it 25 votes), got none`,
					`${tabFile} › [0].snapshots[1].regions[1].results: expected a result for "dani" (the rows of ${file} give it 25 votes), got none`
				]);
			}
		});
		for (const asTable of [false, true]) {
			const form = asTable ? 'columns' : 'rows';
			for (const one of bad)
				it(`refuses bad row ${one[0] + 1} alone (${form})`, () =>
					expect(rowMessages(withBad([one], asTable))).toEqual([one[2]]));
			it(`gives every bad row its message, in row order (${form})`, () => {
				const files = withBad(bad, asTable);
				expect(rowMessages(files)).toEqual(bad.map((b) => b[2]));
				// The sums no longer match the release's figures either.
				expect(validateElectionFiles(files).errors.map(formatDataError)).toContain(
					'fixture-2030/tabulations/all.json › [0].snapshots[1].results[0].votes: expected votes equal to the sum of the rows of fixture-2030/sheets/official-2.csv (660), got 560'
				);
			});
		}
	});

	it('does not mutate its input', () => {
		const files = readValid();
		const before = structuredClone(files);
		validateElectionFiles(files);
		expect(files).toEqual(before);
	});
});
