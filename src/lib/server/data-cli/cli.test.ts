import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { main } from './cli';

const FIXTURE = resolve('tests/fixtures/elections/valid-minimal');

/** A temporary data folder holding a copy of the minimal valid election. */
function tempData(): string {
	const dir = mkdtempSync(join(tmpdir(), 'escrutinio-cli-'));
	cpSync(FIXTURE, dir, { recursive: true });
	return dir;
}

/** Every file under a folder with its bytes, to prove a failed command changed nothing. */
function snapshotFiles(dir: string): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const f of readdirSync(d)) {
			const p = join(d, f);
			if (statSync(p).isDirectory()) walk(p);
			else out[relative(dir, p)] = readFileSync(p).toString('base64');
		}
	};
	walk(dir);
	return out;
}

async function run(args: string[]) {
	const out: string[] = [];
	const err: string[] = [];
	const code = await main(args, { out: (l) => out.push(l), err: (l) => err.push(l) });
	return { code, out: out.join('\n'), err: err.join('\n') };
}

const MAPPING = {
	id: 'fixture-sheets',
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
			id: 'd-{R}-{D}'
		}
	],
	sheet: { key: ['K'] },
	valid: 'V',
	null: 'N',
	candidates: { A: 'ana', B: 'beto', C: 'caro', D2: 'dani' }
};
const CSV =
	'R,RN,D,DN,K,V,N,A,B,C,D2\nN,North,7,Seven,k1,10,1,5,3,1,1\nS,South,8,Eight,k2,6,2,0,6,0,0\n';

function importArgs(dir: string, csv: string, extra: string[] = []) {
	writeFileSync(join(dir, 'in.csv'), csv, 'latin1');
	writeFileSync(join(dir, 'mapping.json'), JSON.stringify(MAPPING));
	return [
		'--data-dir',
		dir,
		'import-csv',
		join(dir, 'in.csv'),
		'--election',
		'fixture-2030',
		'--tabulation',
		'observers',
		'--snapshot',
		'observers-sheets',
		'--as-of',
		'2030-05-06',
		'--mapping',
		join(dir, 'mapping.json'),
		'--label-es',
		'Actas',
		'--label-en',
		'Sheets',
		'--source',
		'fixture-source',
		...extra
	];
}

describe('data CLI on a temporary data folder', () => {
	it('a valid import writes the snapshot, the regions and the sheet rows, and passes check', async () => {
		const dir = tempData();
		const r = await run(importArgs(dir, CSV));
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect(r.out).toContain('Importing 2 sheet rows');
		expect(r.out).toContain('+ ');
		const sheets = readFileSync(join(dir, 'fixture-2030/sheets/observers-sheets.csv'), 'utf8');
		expect(sheets.split('\n')[1]).toBe('k1,d-n-7,,,,10,1,5,3,1,1,');
		const revisions = JSON.parse(readFileSync(join(dir, 'fixture-2030/revisions.json'), 'utf8'));
		expect(revisions.at(-1).files).toContain('sheets/observers-sheets.csv');
		expect((await run(['--data-dir', dir, 'check'])).code).toBe(0);
	});

	it('a valid add-source appends without touching the bytes before it, and passes check', async () => {
		const dir = tempData();
		const before = readFileSync(join(dir, 'fixture-2030/sources.json'), 'utf8');
		const r = await run([
			'--data-dir',
			dir,
			'add-source',
			'--election',
			'fixture-2030',
			'--id',
			'new-source',
			'--publisher',
			'Diario',
			'--url',
			'https://example.org/nota',
			'--lang',
			'es'
		]);
		expect(r.code).toBe(0);
		const after = readFileSync(join(dir, 'fixture-2030/sources.json'), 'utf8');
		expect(after.startsWith(before.replace(/\s*\]\s*$/, ''))).toBe(true);
		expect(after).toContain(
			'{ "id": "new-source", "publisher": "Diario", "url": "https://example.org/nota", "lang": "es" }'
		);
		expect((await run(['--data-dir', dir, 'check'])).code).toBe(0);
	});

	it('a valid add-snapshot from flags passes check', async () => {
		const dir = tempData();
		const r = await run([
			'--data-dir',
			dir,
			'add-snapshot',
			'--election',
			'fixture-2030',
			'--tabulation',
			'observers',
			'--id',
			'observers-2',
			'--label-es',
			'Conteo 2',
			'--label-en',
			'Count 2',
			'--as-of',
			'2030-05-06',
			'--votes',
			'ana=60,beto=35,rest=5',
			'--source',
			'fixture-source'
		]);
		expect(r.err).toBe('');
		expect(r.code).toBe(0);
		expect((await run(['--data-dir', dir, 'check'])).code).toBe(0);
	});

	const invalid: [string, (dir: string) => string[], number, string][] = [
		[
			'a bad row (FILE:LINE:COLUMN)',
			(d) => importArgs(d, CSV.replace('k2,6,2,0,6', 'k2,6,2,0,-6')),
			1,
			'in.csv:3:9: B: expected a count (a whole number ≥ 0), got "-6"'
		],
		[
			'Latin-1 bytes without --encoding',
			(d) => importArgs(d, CSV.replace('Seven', 'Séptimo')),
			1,
			'--encoding windows-1252'
		],
		[
			'an unknown mapping',
			(d) => importArgs(d, CSV).map((a) => (a.endsWith('mapping.json') ? 'nope' : a)),
			1,
			'--mapping: expected a built-in mapping (ve-2024-opposition) or a JSON file'
		],
		[
			'a file that does not exist',
			(d) => importArgs(d, CSV).map((a) => (a.endsWith('in.csv') ? a + '.missing' : a)),
			2,
			'expected a readable file'
		],
		[
			'a source with a javascript: URL',
			(d) => [
				'--data-dir',
				d,
				'add-source',
				'--election',
				'fixture-2030',
				'--id',
				'x',
				'--publisher',
				'X',
				'--url',
				'javascript:alert(1)',
				'--lang',
				'es'
			],
			1,
			'sources.json › [1].url: expected an http(s) URL'
		],
		[
			'a duplicate source id',
			(d) => [
				'--data-dir',
				d,
				'add-source',
				'--election',
				'fixture-2030',
				'--id',
				'fixture-source',
				'--publisher',
				'X',
				'--url',
				'https://example.org/other',
				'--lang',
				'es'
			],
			1,
			'a source id not used before'
		],
		[
			'a snapshot whose votes exceed its valid votes',
			(d) => [
				'--data-dir',
				d,
				'add-snapshot',
				'--election',
				'fixture-2030',
				'--tabulation',
				'observers',
				'--id',
				'o-3',
				'--label-es',
				'a',
				'--label-en',
				'b',
				'--as-of',
				'2030-05-06',
				'--votes',
				'ana=60,beto=50',
				'--valid',
				'100',
				'--source',
				'fixture-source'
			],
			1,
			'expected valid votes ≥ the sum of the results (110), got 100'
		],
		[
			'a claim with an unknown actor',
			(d) => [
				'--data-dir',
				d,
				'add-claim',
				'--election',
				'fixture-2030',
				'--data',
				'{"id":"c-x","actor":"nobody","madeAt":"2030-05-06","text":{"text":"x","lang":"es","kind":"verbatim"},"sourceIds":["fixture-source"]}'
			],
			1,
			'claims.json › [1]'
		],
		[
			'an unknown command flag',
			(d) => ['--data-dir', d, 'add-source', '--election', 'fixture-2030', '--colour', 'red'],
			1,
			"Unknown option '--colour'"
		],
		[
			'a NIST ballot measure',
			(d) => [
				'--data-dir',
				d,
				'import-nist',
				resolve('tests/fixtures/nist/sample-err-gen-01.json'),
				'--contest',
				'bm-proposal-1',
				'--election',
				'fixture-2030'
			],
			1,
			'expected a CandidateContest, got a BallotMeasureContest'
		]
	];
	for (const [what, args, code, message] of invalid)
		it(`refuses ${what}: exit ${code}, the problem named, every file byte-identical`, async () => {
			const dir = tempData();
			const before = snapshotFiles(join(dir, 'fixture-2030'));
			const r = await run(args(dir));
			expect(r.code).toBe(code);
			expect(r.err).toContain(message);
			expect(snapshotFiles(join(dir, 'fixture-2030'))).toEqual(before);
		});

	it('--dry-run prints the change and writes nothing', async () => {
		const dir = tempData();
		const before = snapshotFiles(join(dir, 'fixture-2030'));
		const r = await run(importArgs(dir, CSV, ['--dry-run']));
		expect(r.code).toBe(0);
		expect(r.out).toContain('Would write (--dry-run: nothing written):');
		expect(snapshotFiles(join(dir, 'fixture-2030'))).toEqual(before);
	});

	it('a failed rename puts back the files already renamed (exit 2, byte-identical)', async () => {
		const dir = tempData();
		const before = snapshotFiles(join(dir, 'fixture-2030'));
		process.env.ESCRUTINIO_DATA_CRASH = 'after-first-rename';
		try {
			const r = await run(importArgs(dir, CSV));
			expect(r.code).toBe(2);
			expect(r.err).toContain('every data file is as it was');
		} finally {
			delete process.env.ESCRUTINIO_DATA_CRASH;
		}
		expect(snapshotFiles(join(dir, 'fixture-2030'))).toEqual(before);
	});

	it('the bundled CLI reads the file in a worker thread, with the same files and output as in one thread', async () => {
		// A bad row, skipped: its message must come through the worker as it does without one.
		const csv = CSV + 'S,South,8,Eight,k3,1,0,2,0,0,0\nS,South,8,Eight,k4,3,0,1,1,1,0\n';
		const results = [];
		// (`1` starts the worker for this small file and whatever the machine's load.)
		for (const worker of ['1', '0']) {
			const dir = tempData();
			const r = await promisify(execFile)(
				'node',
				[
					'scripts/data.js',
					...importArgs(dir, csv, ['--skip-invalid', '--revision-date', '2030-06-01'])
				],
				{ env: { ...process.env, ESCRUTINIO_DATA_WORKER: worker, ESCRUTINIO_DATA_TIMING: '1' } }
			);
			const clean = (t: string) =>
				t
					// The folder as the CLI writes it: absolute, or relative to the working directory.
					.replaceAll(dir, 'DIR')
					.replaceAll(relative(process.cwd(), dir), 'DIR')
					.replace(/read in \d+ ms/, 'read in N ms')
					.split('\n')
					.filter((l) => !l.startsWith('timing: '))
					.join('\n');
			results.push({
				files: snapshotFiles(join(dir, 'fixture-2030')),
				out: clean(r.stdout),
				err: clean(r.stderr),
				inWorker: r.stderr.includes('rows (in a worker thread')
			});
		}
		const [a, b] = results;
		expect(a!.inWorker).toBe(true);
		expect(b!.inWorker).toBe(false);
		expect(a!.err).toContain('Skipped 1 invalid row(s)');
		expect(a!.err).toContain(
			'in.csv:4:6: V: expected valid votes ≥ the sum of the candidates (2), got 1'
		);
		expect(a!.out).toContain('Importing 3 sheet rows');
		expect({ ...a, inWorker: undefined }).toEqual({ ...b, inWorker: undefined });
	}, 60_000);

	it('a crash between writing the temporary files and renaming them leaves the old files', async () => {
		const dir = tempData();
		const before = snapshotFiles(join(dir, 'fixture-2030'));
		const args = importArgs(dir, CSV);
		const result = await promisify(execFile)('node', ['scripts/data.js', ...args], {
			env: { ...process.env, ESCRUTINIO_DATA_CRASH: 'after-temp' }
		}).catch((e: { code: number }) => e);
		expect((result as { code?: number }).code).toBe(70);
		const after = snapshotFiles(join(dir, 'fixture-2030'));
		// Only hidden temporaries were added; every data file is as it was, and the data still checks.
		for (const [f, bytes] of Object.entries(before)) expect(after[f]).toBe(bytes);
		expect(
			Object.keys(after)
				.filter((f) => !(f in before))
				.every((f) => /(^|\/)\.[^/]+\.tmp$/.test(f))
		).toBe(true);
		expect((await run(['--data-dir', dir, 'check'])).code).toBe(0);
	}, 60_000);
});
