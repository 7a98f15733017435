#!/usr/bin/env node
// `npm run build:next`: the "newer release" of tests/e2e/live.spec.ts, made the way a newsroom
// makes one on election night (docs/live-runbook.md): the data CLI adds a bulletin, then the site
// is rebuilt with the same settings as the e2e build.
//
// 1. Copy src/data/elections to a temporary folder (the real data is never touched).
// 2. With the data CLI, into that folder only: add a source that says this is a test, then add
//    "Test bulletin 3" to the CNE tabulation: CNE bulletin 2 (fact sheet §1c, read from the data)
//    with 1,000 more votes for Maduro (and for the valid votes and voters), at a later as-of time.
//    It is a test release: its label, its source and that source's title say so.
// 3. Build as `npm run build:e2e` does (same BASE_PATH, ESCRUTINIO_NOW, LIVE_POLL_SECONDS,
//    LIVE_STALE_SECONDS) from that folder into .svelte-kit/fixture-builds/next-release.
// 4. Remove the temporary folder. The spec serves the rebuilt data/venezuela-2024/live.json and
//    results.json as the newer files; run this after `npm run build:e2e` (its build time must be
//    later than build/'s, as a real rebuild's is).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const NEXT_RELEASE_BUILD_DIR = '.svelte-kit/fixture-builds/next-release';
const ELECTION = 'venezuela-2024';
const PLUS = 1000;

// The settings of `npm run build:e2e`, read from package.json so the two builds cannot drift apart.
const e2e = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).scripts['build:e2e'];
const settings = Object.fromEntries(
	[...e2e.matchAll(/\b([A-Z_]+)=(\S+)/g)].map((m) => [m[1], m[2]])
);
for (const k of ['BASE_PATH', 'ESCRUTINIO_NOW', 'LIVE_POLL_SECONDS', 'LIVE_STALE_SECONDS'])
	if (!settings[k])
		throw new Error(`build:next: expected ${k}=… in the build:e2e script, got "${e2e}"`);

const work = mkdtempSync(join(tmpdir(), 'escrutinio-next-release-'));
const dataDir = join(work, 'elections');
cpSync(join(root, 'src/data/elections'), dataDir, { recursive: true });

const npm = (args, env = {}) =>
	execFileSync('npm', args, { cwd: root, stdio: 'inherit', env: { ...process.env, ...env } });
/** `npm run data -- <args> --data-dir <temporary folder>`, as in docs/data-cli.md. */
const data = (...args) =>
	npm([
		'run',
		'--silent',
		'data',
		'--',
		...args,
		'--data-dir',
		dataDir,
		'--revision-date',
		'2024-08-03'
	]);

// Bulletin 2 as the data holds it (the fact sheet's figures).
const cne = JSON.parse(readFileSync(join(dataDir, ELECTION, 'tabulations/cne.json'), 'utf8'));
const b2 = cne.find((t) => t.id === 'cne').snapshots.find((s) => s.id === 'cne-bulletin-2');
const votes = b2.results.map(
	(r) => `${r.contestant}=${r.votes + (r.contestant === 'maduro' ? PLUS : 0)}`
);

try {
	data(
		'add-source',
		'--election',
		ELECTION,
		'--id',
		'escrutinio-test-release',
		'--publisher',
		'Escrutinio (prueba automática)',
		'--title',
		'Publicación de prueba de los tests: no son datos reales',
		'--url',
		'https://example.org/escrutinio/test-release',
		'--lang',
		'es',
		'--to',
		'results.json'
	);
	data(
		'add-snapshot',
		'--election',
		ELECTION,
		'--tabulation',
		'cne',
		'--id',
		'test-bulletin-3',
		'--label-es',
		'Boletín de prueba 3',
		'--label-en',
		'Test bulletin 3',
		'--as-of',
		'2024-08-03T12:00:00-04:00',
		'--votes',
		votes.join(','),
		'--valid',
		String(b2.totals.valid + PLUS),
		'--null',
		String(b2.totals.null),
		'--voters',
		String(b2.totals.voters + PLUS),
		'--coverage-percent',
		String(b2.coverage.announcedPercent),
		'--source',
		'escrutinio-test-release'
	);
	// The same build as build:e2e, from the temporary folder into the fixture build folder.
	const started = process.hrtime.bigint();
	npm(['run', 'build'], {
		...settings,
		ESCRUTINIO_DATA_DIR: dataDir,
		BUILD_DIR: NEXT_RELEASE_BUILD_DIR
	});
	const seconds = Number(process.hrtime.bigint() - started) / 1e9;
	console.log(`build:next: ${NEXT_RELEASE_BUILD_DIR} built in ${seconds.toFixed(1)} s`);
} finally {
	rmSync(work, { recursive: true, force: true });
}
