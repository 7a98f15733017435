#!/usr/bin/env node
// Sum the lines a build wrote with ESCRUTINIO_BUILD_TIMING=<file> (src/lib/server/build-timing.ts):
// `node scripts/build-timing.js <file>` prints, for each kind of step, how many there were and
// their total and largest wall time, biggest total first. docs/build-time.md explains the names.
import { readFileSync } from 'node:fs';

/** { what → { count, ms, max } } from the file's JSON lines. */
export function summarise(text) {
	const by = new Map();
	for (const line of text.split('\n')) {
		if (!line.trim()) continue;
		const { what, ms } = JSON.parse(line);
		const s = by.get(what) ?? { count: 0, ms: 0, max: 0 };
		s.count += 1;
		s.ms += ms;
		s.max = Math.max(s.max, ms);
		by.set(what, s);
	}
	return by;
}

if (import.meta.url === `file://${process.argv[1]}`) {
	const path = process.argv[2];
	if (!path) {
		console.error(
			'usage: node scripts/build-timing.js <file written with ESCRUTINIO_BUILD_TIMING>'
		);
		process.exit(2);
	}
	const rows = [...summarise(readFileSync(path, 'utf8'))].sort((a, b) => b[1].ms - a[1].ms);
	const w = Math.max(...rows.map(([k]) => k.length), 4);
	console.log(`${'step'.padEnd(w)}  count   total ms     max ms`);
	for (const [what, s] of rows)
		console.log(
			`${what.padEnd(w)}  ${String(s.count).padStart(5)}  ${s.ms.toFixed(0).padStart(9)}  ${s.max.toFixed(0).padStart(9)}`
		);
}
