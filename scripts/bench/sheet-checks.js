#!/usr/bin/env node
// Time to compute every sheet-level check (consistency, turnout, fingerprint, last- and
// second-digit tests, per-region summary) on generated tally sheets: 25,000 (about the size of
// the Venezuelan opposition's file) and 100,000. Median of BENCH_SHEET_RUNS runs (default 5),
// after one warm-up run. `node scripts/bench/sheet-checks.js` prints it alone; `npm run bench`
// adds it to its table.
import { fileURLToPath } from 'node:url';
import { runnerImport } from 'vite';

const SIZES = [25_000, 100_000];

/** [{ sheets, ms }] for each size. */
export async function benchSheetChecks(runs = Number(process.env.BENCH_SHEET_RUNS ?? 5)) {
	const opts = { configFile: false, logLevel: 'silent' };
	const { module: gen } = await runnerImport('./src/lib/results/generate-sheets.ts', opts);
	const { module: checks } = await runnerImport('./src/lib/results/sheet-checks.ts', opts);
	const candidates = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h', 'i', 'j'];
	const stateOf = (id) => id;
	const out = [];
	for (const n of SIZES) {
		const rows = gen.generateSheets(n, { seed: 42, candidates });
		checks.computeSheetChecks(rows, candidates, stateOf);
		const times = [];
		for (let i = 0; i < runs; i++) {
			const t0 = performance.now();
			checks.computeSheetChecks(rows, candidates, stateOf);
			times.push(performance.now() - t0);
		}
		times.sort((a, b) => a - b);
		out.push({ sheets: n, ms: times[Math.floor(times.length / 2)] });
	}
	return out;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
	for (const { sheets, ms } of await benchSheetChecks())
		console.log(
			`sheet checks, ${sheets.toLocaleString('en-US')} sheets: ${ms.toFixed(0)} ms (median)`
		);
}
