#!/usr/bin/env node
// Import speed and memory of the tally-sheet importer: `node scripts/bench/import.js [rows…]
// [--phases]` (default 25000 100000). For each size a generator writes a CSV in the opposition's
// layout (RE included) over the real parishes, with totals it knows, beside a temporary copy of the
// real data; then a fresh child process loads the CLI as `npm run data` does (the bundle of
// scripts/lib/data-cli-bundle.js, made beforehand) and runs `import-csv` on it. Printed: the wall
// and CPU time of the command (read and validate the election, stream, decode and check every row,
// aggregate, validate the election with the change, write atomically), the same from the start of
// the process (Node's start-up and loading the CLI included), peak memory (max RSS of the child;
// its RSS before the import is given too), whether the imported totals equal the generator's, the
// budget for 100,000 rows and, with --phases, the time of each phase.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadDataCli } from '../lib/data-cli-bundle.js';

const ROOT = resolve(fileURLToPath(import.meta.url), '../../..');
const ELECTION = 'venezuela-2024';
const HEAD =
	'COD_EDO,EDO,COD_MUN,MUN,COD_PAR,PAR,CENTRO,MESA,RE,VOTOS_VALIDOS,VOTOS_NULOS,EG,NM,LM,JABE,JOBR,AE,CF,DC,EM,BERA,URL';

/** Write `n` rows over the election's parishes; returns the totals the import must find. */
export function writeRows(file, dataDir, n) {
	const dir = join(dataDir, ELECTION);
	const election = JSON.parse(readFileSync(join(dir, 'election.json'), 'utf8'));
	const muns = new Map(
		JSON.parse(readFileSync(join(dir, 'regions/municipality.json'), 'utf8')).map((m) => [m.id, m])
	);
	const states = new Map(election.regions.map((s) => [s.id, s]));
	const parishes = JSON.parse(readFileSync(join(dir, 'regions/parish.json'), 'utf8')).map((p) => {
		const m = muns.get(p.parent);
		const s = states.get(m.parent);
		return `${s.code},${s.name},${m.code},${m.name},${p.code},${p.name}`;
	});
	const totals = { gonzalez: 0, maduro: 0, valid: 0, null: 0 };
	const lines = [HEAD];
	for (let i = 0; i < n; i++) {
		const others = [i % 3, i % 2, i % 4, i % 5, 0, i % 3, i % 2, i % 7];
		const eg = (i * 7) % 400;
		const nm = (i * 3) % 250;
		const valid = eg + nm + others.reduce((a, b) => a + b, 0) + (i % 2);
		const nul = i % 4;
		totals.gonzalez += eg;
		totals.maduro += nm;
		totals.valid += valid;
		totals.null += nul;
		lines.push(
			[
				parishes[i % parishes.length],
				9000000 + Math.floor(i / 5),
				(i % 5) + 1,
				valid + nul + (i % 50),
				valid,
				nul,
				eg,
				nm,
				...others,
				`https://example.org/bench/${i}.jpg`
			].join(',')
		);
	}
	writeFileSync(file, lines.join('\n') + '\n');
	return totals;
}

/**
 * Node options of the timed child only, e.g. `BENCH_IMPORT_NODE_ARGS="--cpu-prof
 * --cpu-prof-dir=/tmp/prof"` to see where its time goes.
 */
const CHILD_NODE_ARGS = (process.env.BENCH_IMPORT_NODE_ARGS ?? '').split(/\s+/).filter(Boolean);

/** Budget of the import of 100,000 rows (issue 9: "well under 2 s"), in seconds of wall time. */
export const IMPORT_BUDGET_S = 1.0;

const ARGS = (dir, csv) => [
	'--data-dir',
	dir,
	'import-csv',
	csv,
	'--election',
	ELECTION,
	'--tabulation',
	'opposition-tally-sheets',
	'--snapshot',
	'bench-import',
	'--as-of',
	'2024-08-01',
	'--mapping',
	've-2024-opposition',
	'--label-es',
	'Banco de pruebas',
	'--label-en',
	'Bench',
	'--source',
	'github-enyer182-resultados-csv'
];

/**
 * The child: loads the CLI (as `npm run data` does), then times one call of its `main`: everything
 * the command does (read the election folder and validate it, stream the file, decode, check and
 * map every row, aggregate, validate the election with the change, write atomically, log the
 * revision). Also timed from the start of the process (`performance.now()` counts from there).
 * Prints one JSON line.
 */
async function child(dir, csv) {
	const module = await loadDataCli();
	const out = [];
	const err = [];
	const rssBeforeMB = process.memoryUsage().rss / 2 ** 20;
	process.env.ESCRUTINIO_DATA_TIMING = '1';
	const started = performance.now();
	const cpu0 = process.cpuUsage();
	const code = await module.main(ARGS(dir, csv), {
		out: (l) => out.push(l),
		err: (l) => err.push(l)
	});
	const ms = performance.now() - started;
	const cpu = process.cpuUsage(cpu0);
	const cpuAll = process.cpuUsage();
	console.log(
		JSON.stringify({
			code,
			ms,
			cpuMs: (cpu.user + cpu.system) / 1000,
			processMs: performance.now(),
			processCpuMs: (cpuAll.user + cpuAll.system) / 1000,
			rssBeforeMB,
			maxRssMB: process.resourceUsage().maxRSS / 1024,
			out: out.join('\n'),
			phases: err.filter((l) => l.startsWith('timing: ')).map((l) => l.slice(8)),
			err: err.filter((l) => !l.startsWith('timing: ')).join('\n')
		})
	);
}

/**
 * Import `n` generated rows into a temporary copy of the real data, in a fresh process (the file is
 * written before, by this process, so its making costs the import nothing).
 */
function benchOne(n) {
	const tmp = mkdtempSync(join(tmpdir(), 'escrutinio-bench-import-'));
	try {
		cpSync(join(ROOT, 'src/data/elections', ELECTION), join(tmp, ELECTION), { recursive: true });
		// A synthetic release larger than the country: raise the sheet total so coverage stays valid.
		const ef = join(tmp, ELECTION, 'election.json');
		const e = JSON.parse(readFileSync(ef, 'utf8'));
		e.countingUnit.total.count = 1_000_000;
		writeFileSync(ef, JSON.stringify(e));
		const csv = join(tmp, 'rows.csv');
		const totals = writeRows(csv, tmp, n);
		const r = JSON.parse(
			execFileSync(
				process.execPath,
				[...CHILD_NODE_ARGS, fileURLToPath(import.meta.url), '--child', tmp, csv],
				{
					cwd: ROOT,
					encoding: 'utf8',
					maxBuffer: 1 << 26
				}
			)
				.trim()
				.split('\n')
				.pop()
		);
		const num = (label) =>
			Number((new RegExp(`${label}: ([\\d,]+)`).exec(r.out)?.[1] ?? 'NaN').replace(/,/g, ''));
		const ok =
			r.code === 0 &&
			num('González') === totals.gonzalez &&
			num('Maduro') === totals.maduro &&
			r.out.includes(
				`valid ${totals.valid.toLocaleString('en-US')}, null ${totals.null.toLocaleString('en-US')}`
			) &&
			r.out.includes(`sheets counted ${n.toLocaleString('en-US')}`);
		return {
			rows: n,
			ms: r.ms,
			cpuMs: r.cpuMs,
			processMs: r.processMs,
			processCpuMs: r.processCpuMs,
			rssBeforeMB: r.rssBeforeMB,
			maxRssMB: r.maxRssMB,
			phases: r.phases,
			ok,
			code: r.code,
			tail: ok ? '' : (r.out + '\n' + r.err).slice(-2000)
		};
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** Run each size in its own process; returns one result per size. */
export async function benchImport(sizes = [25_000, 100_000]) {
	await loadDataCli(); // the bundle is made here, if needed, not in a timed child
	return sizes.map(benchOne);
}

if (process.argv[2] === '--child') await child(process.argv[3], process.argv[4]);
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const args = process.argv.slice(2);
	const phases = args.includes('--phases');
	const sizes = args.filter((a) => a !== '--phases').map(Number);
	for (const r of await benchImport(sizes.length ? sizes : undefined)) {
		const budget =
			r.rows === 100_000
				? `; budget ≤ ${IMPORT_BUDGET_S.toFixed(1)} s: ${r.ms <= IMPORT_BUDGET_S * 1000 && r.ok ? 'PASS' : 'FAIL'}`
				: '';
		console.log(
			`import ${r.rows.toLocaleString('en-US')} rows: ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU (from the process start: ${(r.processMs / 1000).toFixed(2)} s wall, ${(r.processCpuMs / 1000).toFixed(2)} s CPU), peak memory ${r.maxRssMB.toFixed(0)} MB (${r.rssBeforeMB.toFixed(0)} MB before the import), totals ${r.ok ? 'match' : 'DO NOT match'}${budget}${r.tail ? '\n' + r.tail : ''}`
		);
		if (phases) for (const p of r.phases) console.log(`  ${p}`);
	}
}
