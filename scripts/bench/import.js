#!/usr/bin/env node
// Import speed and memory of the tally-sheet importer: `node scripts/bench/import.js [rows…]`
// (default 25000 100000). Each size runs in a child process on a temporary copy of the real data:
// a generator writes a CSV in the opposition's layout (RE included) over the real parishes, with
// totals it knows, then `import-csv` (the CLI's own code, in-process) reads, maps, validates the
// whole election and writes it. Printed: wall time of the import, the CLI's own reading time,
// peak memory (max RSS of the child, which includes Vite's module runner), and whether the
// imported totals equal the generator's.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

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

async function child(n) {
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
		const { runnerImport } = await import('vite');
		const { module } = await runnerImport(join(ROOT, 'src/lib/server/data-cli/cli.ts'), {
			configFile: false,
			logLevel: 'silent',
			root: ROOT
		});
		const out = [];
		const started = performance.now();
		const cpu0 = process.cpuUsage();
		const code = await module.main(
			[
				'--data-dir',
				tmp,
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
			],
			{ out: (l) => out.push(l), err: (l) => out.push(l) }
		);
		const ms = performance.now() - started;
		const cpu = process.cpuUsage(cpu0);
		const cpuMs = (cpu.user + cpu.system) / 1000;
		const text = out.join('\n');
		const num = (label) =>
			Number((new RegExp(`${label}: ([\\d,]+)`).exec(text)?.[1] ?? 'NaN').replace(/,/g, ''));
		const readMs = Number(/read in (\d+) ms/.exec(text)?.[1] ?? NaN);
		const ok =
			code === 0 &&
			num('González') === totals.gonzalez &&
			num('Maduro') === totals.maduro &&
			text.includes(
				`valid ${totals.valid.toLocaleString('en-US')}, null ${totals.null.toLocaleString('en-US')}`
			);
		console.log(
			JSON.stringify({
				rows: n,
				ms,
				cpuMs,
				readMs,
				maxRssMB: process.resourceUsage().maxRSS / 1024,
				ok,
				code,
				tail: ok ? '' : text.slice(-2000)
			})
		);
	} finally {
		rmSync(tmp, { recursive: true, force: true });
	}
}

/** Run each size in its own process; returns one result per size. */
export function benchImport(sizes = [25_000, 100_000]) {
	return sizes.map((n) =>
		JSON.parse(
			execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', String(n)], {
				cwd: ROOT,
				encoding: 'utf8',
				maxBuffer: 1 << 26
			})
				.trim()
				.split('\n')
				.pop()
		)
	);
}

if (process.argv[2] === '--child') await child(Number(process.argv[3]));
else if (process.argv[1] === fileURLToPath(import.meta.url)) {
	const sizes = process.argv.slice(2).map(Number);
	for (const r of benchImport(sizes.length ? sizes : undefined))
		console.log(
			`import ${r.rows.toLocaleString('en-US')} rows: ${(r.ms / 1000).toFixed(2)} s wall, ${(r.cpuMs / 1000).toFixed(2)} s CPU (reading ${(r.readMs / 1000).toFixed(2)} s), peak memory ${r.maxRssMB.toFixed(0)} MB, totals ${r.ok ? 'match' : 'DO NOT match'}${r.tail ? '\n' + r.tail : ''}`
		);
}
