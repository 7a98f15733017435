#!/usr/bin/env node
// `npm run bench` (not part of `npm test`): build the site and print one table of what readers and
// newsrooms pay for it — for every page type (Spanish; its heaviest page): first-load JS, HTML and
// CSS bytes, the page height at 360 px, Lighthouse (mobile preset) performance, TBT, LCP and CLS
// (and the other scores); the embed all-in; build times (real data, and synthetic data of 1, 10 and
// 100 elections); live updates (the live file's gzip size, a reader's bytes in an hour of polling
// with no change, poll traffic at 10 k to 1 M open pages); the tally-sheet import; and the time to
// compute every sheet-level check on 25,000 and 100,000 generated tally sheets — each beside its
// budget with PASS/FAIL where it has one. Everything is written under bench-out/ (git-ignored).
//
// Environment: BENCH_PORT (default 4215) for the static server; CHROME_PATH (default
// /usr/bin/chromium) for Lighthouse and the height check; BENCH_RUNS (default 3) Lighthouse runs
// per page (median); BENCH_SIZES (default "1,10,100") synthetic election counts ("" for none);
// BENCH_ONLY (a substring of page types, e.g. "/[lang]/[election]/") to measure some types only;
// BENCH_BUILD_ONLY=1 to measure only the real-data build (cold and warm, social cards) and stop.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { runnerImport } from 'vite';
import { collectIds, groupPages, heaviest, listPages, pageUrl } from '../lib/site-pages.js';
import { benchImport, IMPORT_BUDGET_S } from './import.js';
import { writeSynthetic } from './synthetic.js';
import { summarise } from '../build-timing.js';
import { liveRows } from './live.js';
import { benchSheetChecks } from './sheet-checks.js';

const OUT = resolve('bench-out');
const SITE = join(OUT, 'site');
const BASE = '/escrutinio';
const PORT = process.env.BENCH_PORT ?? '4215';
const RUNS = Number(process.env.BENCH_RUNS ?? 3);
const SIZES = (process.env.BENCH_SIZES ?? '1,10,100').split(',').filter(Boolean).map(Number);
const ONLY = process.env.BENCH_ONLY;
const CHROME = process.env.CHROME_PATH ?? '/usr/bin/chromium';

/** Budgets (issues 3 and 13). kB = 1000 bytes, gzip. */
const BUDGET = {
	readerJs: 60_000,
	embedAllIn: 60_000,
	perf: 98,
	tbt: 150,
	lcp: 2000,
	otherScores: 100,
	cls: 0,
	buildReal: 25,
	ratio: 11
};
/** Page heights at 360 px (issue 13), by page type. */
const HEIGHT_BUDGET = {
	'/[lang]/[election]/': 6000,
	'/[lang]/[election]/claims/': 12000,
	'/[lang]/[election]/statements/': 12000
};

const rows = [];
const row = (what, value, budget = '', pass) =>
	rows.push({ what, value, budget, verdict: pass === undefined ? '' : pass ? 'PASS' : 'FAIL' });
const kB = (n) => `${(n / 1000).toFixed(1)} kB`;
const median = (xs) => {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.floor(s.length / 2)];
};

/**
 * `npm run build` (data check + vite build) with a data folder and an output folder; seconds.
 * `extraEnv` adds variables (the build cache's folder, the timing file: docs/build-time.md).
 */
function build(dataDir, outDir, label, extraEnv = {}) {
	process.stderr.write(`… building ${label}\n`);
	const t0 = performance.now();
	const r = spawnSync('npm', ['run', 'build', '--silent'], {
		encoding: 'utf8',
		env: {
			...process.env,
			// A build cache of the bench's own (under bench-out/, so removed with it): the first
			// build is cold unless the caller passes a folder that already holds entries.
			ESCRUTINIO_BUILD_CACHE: join(OUT, 'build-cache'),
			...extraEnv,
			BASE_PATH: BASE,
			// Absolute canonical and oEmbed URLs, as a newsroom deploys (and as Lighthouse's SEO
			// audit asks of a canonical link).
			SITE_ORIGIN: `http://127.0.0.1:${PORT}`,
			BUILD_DIR: outDir,
			...(dataDir ? { ESCRUTINIO_DATA_DIR: dataDir } : {})
		},
		maxBuffer: 256 * 1024 * 1024
	});
	const seconds = (performance.now() - t0) / 1000;
	if (r.status !== 0) {
		console.error(r.stdout.slice(-2000), r.stderr.slice(-4000));
		throw new Error(`build of ${label} failed`);
	}
	return seconds;
}

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;

/** What a first visit to a page downloads: its HTML, the JS it preloads/loads, its CSS (gzip). */
function pageWeight(siteDir, page) {
	const html = readFileSync(join(siteDir, page), 'utf8');
	const local = (href) => join(siteDir, href.replace(new RegExp(`^${BASE}/`), ''));
	const js = new Set();
	const css = new Set();
	for (const m of html.matchAll(/<link\b[^>]*>/g)) {
		const tag = m[0];
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href?.startsWith(`${BASE}/`)) continue;
		if (/rel="modulepreload"/.test(tag)) js.add(href);
		// Inlined CSS (kit.inlineStyleThreshold) stays as a disabled link the browser does not load.
		if (/rel="stylesheet"/.test(tag) && !/\bdisabled\b/.test(tag)) css.add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		if (m[1].startsWith(`${BASE}/`)) js.add(m[1]);
	// SvelteKit's inline bootstrap imports its entry points; they are already preloaded above.
	const sum = (set) => [...set].reduce((a, h) => a + (existsSync(local(h)) ? gz(local(h)) : 0), 0);
	return { html: gz(join(siteDir, page)), js: sum(js), css: sum(css) };
}

/** Serve a folder under BASE as a static host does on the wire: gzip for text (serve-gzip.js). */
async function serve(dir) {
	const child = spawn('node', ['scripts/bench/serve-gzip.js', dir, BASE, PORT], {
		stdio: 'ignore'
	});
	const url = `http://127.0.0.1:${PORT}${BASE}/`;
	for (let i = 0; i < 100; i++) {
		try {
			if ((await fetch(url)).ok) return child;
		} catch {
			// not up yet
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	child.kill('SIGTERM');
	throw new Error(`static server did not start on ${url}`);
}

/** Lighthouse 12 (mobile preset: the default form factor and throttling), RUNS times; medians. */
function lighthouse(url, name) {
	const runs = [];
	const loadBefore = loadavg()[0];
	for (let i = 0; i < RUNS; i++) {
		process.stderr.write(`… lighthouse ${name} run ${i + 1}/${RUNS}\n`);
		const out = join(OUT, `lh-${name}-${i + 1}.json`);
		const r = spawnSync(
			'node',
			[
				'node_modules/lighthouse/cli/index.js',
				url,
				'--quiet',
				'--output=json',
				`--output-path=${out}`,
				'--only-categories=performance,accessibility,best-practices,seo',
				'--chrome-flags=--headless=new --no-sandbox --disable-gpu'
			],
			{ encoding: 'utf8', env: { ...process.env, CHROME_PATH: CHROME } }
		);
		if (r.status !== 0 || !existsSync(out)) {
			console.error(r.stderr.slice(-3000));
			throw new Error(`lighthouse failed on ${url}`);
		}
		const lhr = JSON.parse(readFileSync(out, 'utf8'));
		const score = (c) => Math.round((lhr.categories[c]?.score ?? 0) * 100);
		runs.push({
			perf: score('performance'),
			a11y: score('accessibility'),
			bp: score('best-practices'),
			seo: score('seo'),
			lcp: lhr.audits['largest-contentful-paint'].numericValue,
			cls: lhr.audits['cumulative-layout-shift'].numericValue,
			tbt: lhr.audits['total-blocking-time'].numericValue
		});
	}
	const m = (k) => median(runs.map((r) => r[k]));
	return {
		// Every run's TBT, and the machine's load (1-minute average) as the runs began: the runs of
		// one page can disagree by hundreds of ms (docs/performance.md), and a busy machine inflates
		// the wall time Lighthouse's simulation scales.
		tbtRuns: runs.map((r) => Math.round(r.tbt)),
		load: loadBefore,
		perf: m('perf'),
		a11y: m('a11y'),
		bp: m('bp'),
		seo: m('seo'),
		lcp: m('lcp'),
		cls: m('cls'),
		tbt: m('tbt')
	};
}

function lighthouseRows(label, lh) {
	if (!lh) {
		for (const k of ['performance', 'accessibility', 'best-practices', 'SEO', 'LCP / CLS / TBT'])
			row(`Lighthouse ${label}: ${k}`, 'n/a (no embed page yet)');
		return;
	}
	row(
		`Lighthouse ${label}: performance`,
		String(lh.perf),
		`≥ ${BUDGET.perf}`,
		lh.perf >= BUDGET.perf
	);
	row(
		`Lighthouse ${label}: accessibility`,
		String(lh.a11y),
		'= 100',
		lh.a11y === BUDGET.otherScores
	);
	row(`Lighthouse ${label}: best-practices`, String(lh.bp), '= 100', lh.bp === BUDGET.otherScores);
	row(`Lighthouse ${label}: SEO`, String(lh.seo), '= 100', lh.seo === BUDGET.otherScores);
	row(
		`Lighthouse ${label}: LCP`,
		`${Math.round(lh.lcp)} ms`,
		`≤ ${BUDGET.lcp} ms`,
		lh.lcp <= BUDGET.lcp
	);
	row(`Lighthouse ${label}: CLS`, lh.cls.toFixed(3), '= 0', lh.cls === BUDGET.cls);
	row(
		`Lighthouse ${label}: TBT (runs; load before them)`,
		`${Math.round(lh.tbt)} ms (${lh.tbtRuns.join(' / ')}; ${lh.load.toFixed(1)})`,
		`≤ ${BUDGET.tbt} ms`,
		lh.tbt <= BUDGET.tbt
	);
}

function printTable() {
	const head = { what: 'measure', value: 'value', budget: 'budget', verdict: 'result' };
	const all = [head, ...rows];
	const w = (k) => Math.max(...all.map((r) => r[k].length));
	const line = (r) =>
		`| ${r.what.padEnd(w('what'))} | ${r.value.padStart(w('value'))} | ${r.budget.padEnd(w('budget'))} | ${r.verdict.padEnd(w('verdict'))} |`;
	console.log(line(head));
	console.log(
		`|${'-'.repeat(w('what') + 2)}|${'-'.repeat(w('value') + 1)}:|${'-'.repeat(w('budget') + 2)}|${'-'.repeat(w('verdict') + 2)}|`
	);
	for (const r of rows) console.log(line(r));
	const fails = rows.filter((r) => r.verdict === 'FAIL').length;
	console.log(`\n${fails === 0 ? 'All budgets met.' : `${fails} budget(s) not met.`}`);
}

rmSync(OUT, { recursive: true, force: true });
mkdirSync(OUT, { recursive: true });
const started = new Date();

// 1. The real data: a cold build (empty build cache), then the same build again (warm: social
// cards and citations read back from the cache). Each writes its step timings (build-timing.js).
const timing = (name) => join(OUT, `build-timing-${name}.jsonl`);
const realSeconds = build(undefined, SITE, 'the real data', {
	ESCRUTINIO_BUILD_TIMING: timing('cold')
});
const warmSeconds = build(undefined, SITE, 'the real data again (warm build cache)', {
	ESCRUTINIO_BUILD_TIMING: timing('warm')
});
/** Rows for the real-data builds: times, and the social cards (og:image) each drew. */
function buildRows() {
	row(
		'build, real data with its 24,532 tally-sheet rows (data check + vite build), cold build cache',
		`${realSeconds.toFixed(1)} s`,
		`≤ ${BUDGET.buildReal} s`,
		realSeconds <= BUDGET.buildReal
	);
	const read = (name) =>
		existsSync(timing(name)) ? summarise(readFileSync(timing(name), 'utf8')) : new Map();
	const cold = read('cold');
	const none = { count: 0, ms: 0 };
	const draw = cold.get('og-card draw') ?? none;
	const encode = cold.get('og-card encode') ?? none;
	row(
		`social cards (og:image) in that build: ${draw.count} drawn, time drawing (main thread) + PNG encoding (worker threads)`,
		`${(draw.ms / 1000).toFixed(1)} s + ${(encode.ms / 1000).toFixed(1)} s`
	);
	const cites = cold.get('citation render') ?? none;
	row(
		`citations in that build: ${cites.count} rendered with citation-js, total time`,
		`${(cites.ms / 1000).toFixed(1)} s`
	);
	const warm = read('warm');
	row(
		`build, real data again with a warm build cache (${(warm.get('og-card cached') ?? none).count} cards and ${(warm.get('citation cached') ?? none).count} citations read back, ${(warm.get('og-card draw') ?? none).count} cards drawn)`,
		`${warmSeconds.toFixed(1)} s`,
		`≤ ${BUDGET.buildReal} s`,
		warmSeconds <= BUDGET.buildReal
	);
}
if (process.env.BENCH_BUILD_ONLY) {
	buildRows();
	printTable();
	process.exit(0);
}
const { module: loader } = await runnerImport('./src/lib/server/load-dataset.ts', {
	configFile: false,
	logLevel: 'silent'
});
const ids = collectIds(loader.loadDataset().elections);
const groups = groupPages(listPages(SITE), ids).filter(
	(g) => g.locale !== 'en' && (!ONLY || g.type.includes(ONLY))
);
const isEmbed = (type) => type.startsWith('/embed/');
/**
 * The page a type is measured on: its heaviest (most HTML bytes), which for most types is the one
 * with the most to lay out (Zulia's page of a state, 3.6× Amazonas's HTML; the 67 % claim). A type's
 * budget holds for all of its pages only if it holds for this one. Ties: the first in order.
 * @param {{ pages: string[] }} g
 */
const measured = (g) => heaviest(SITE, g.pages)[0];

// 1b. Page height at 360 × 740 (a phone), on the gzip server.
const server = await serve(SITE);
const root = `http://127.0.0.1:${PORT}${BASE}/`;
const heights = new Map();
try {
	const browser = await chromium.launch({ executablePath: CHROME });
	const page = await browser.newPage({ viewport: { width: 360, height: 740 } });
	for (const g of groups) {
		await page.goto(root + pageUrl(measured(g)), { waitUntil: 'load' });
		heights.set(g.type, await page.evaluate(() => document.documentElement.scrollHeight));
	}
	await browser.close();

	// 2. Per page type: bytes, height, Lighthouse.
	for (const g of groups) {
		const one = measured(g);
		const w = pageWeight(SITE, one);
		const name =
			g.pages.length === 1
				? `${g.type} (1 page in ${g.locale ?? 'root'})`
				: `${g.type} (heaviest of ${g.pages.length} in ${g.locale}: ${pageUrl(one)})`;
		if (isEmbed(g.type)) row(`${name} first-load JS`, kB(w.js));
		else
			row(`${name} first-load JS`, kB(w.js), `≤ ${kB(BUDGET.readerJs)}`, w.js <= BUDGET.readerJs);
		row(`${name} HTML`, kB(w.html));
		row(`${name} CSS (not inlined)`, kB(w.css));
		if (isEmbed(g.type))
			row(
				`${name} all-in (HTML + JS + CSS)`,
				kB(w.html + w.js + w.css),
				`≤ ${kB(BUDGET.embedAllIn)}`,
				w.html + w.js + w.css <= BUDGET.embedAllIn
			);
		const h = heights.get(g.type);
		const max = HEIGHT_BUDGET[g.type];
		row(
			`${name} height at 360 px`,
			`${h} px`,
			max ? `≤ ${max} px` : '',
			max ? h <= max : undefined
		);
		lighthouseRows(name, lighthouse(root + pageUrl(one), g.type.replace(/\W+/g, '_')));
	}
} finally {
	server.kill('SIGTERM');
}
buildRows();

// Live updates: the live file's size and what polling it costs (scripts/bench/live.js).
for (const r of await liveRows(SITE, { port: Number(PORT) + 1 })) row(r.what, r.value);

// 1b. Tally-sheet import (issue 9): 25,000 and 100,000 generated rows with known totals, each in a
// fresh process, timed from the command's start to the end of its atomic write, and from the
// process start (Node and loading the CLI included: what `npm run data` takes).
for (const r of await benchImport([25_000, 100_000])) {
	const n = r.rows.toLocaleString('en-US');
	const big = r.rows === 100_000;
	row(
		`import-csv, ${n} rows: wall time, whole command (CPU ${(r.cpuMs / 1000).toFixed(2)} s; totals ${r.ok ? 'match' : 'DO NOT match'})`,
		`${(r.ms / 1000).toFixed(2)} s`,
		big ? `≤ ${IMPORT_BUDGET_S.toFixed(1)} s` : 'totals match',
		big ? r.ms <= IMPORT_BUDGET_S * 1000 && r.ok : r.ok
	);
	row(
		`import-csv, ${n} rows: wall time from the process start (CPU ${(r.processCpuMs / 1000).toFixed(2)} s)`,
		`${(r.processMs / 1000).toFixed(2)} s`
	);
	row(
		`import-csv, ${n} rows: peak memory (max RSS; ${r.rssBeforeMB.toFixed(0)} MB of it before the import: Node and the CLI)`,
		`${r.maxRssMB.toFixed(0)} MB`
	);
}

// 3. Build time against the number of elections.
const times = new Map();
for (const n of SIZES) {
	const data = join(OUT, `synthetic-${n}`);
	writeSynthetic(n, data);
	const s = build(data, join(OUT, `synthetic-${n}-site`), `${n} synthetic election(s)`);
	times.set(n, s);
	const pages = listPages(join(OUT, `synthetic-${n}-site`)).length;
	row(`build, ${n} synthetic election(s) (${pages} pages)`, `${s.toFixed(1)} s`);
	rmSync(join(OUT, `synthetic-${n}-site`), { recursive: true, force: true });
}
if (times.has(10) && times.has(100)) {
	const ratio = times.get(100) / times.get(10);
	row(
		'build time ratio 100 / 10 elections',
		ratio.toFixed(2),
		`≤ ${BUDGET.ratio}`,
		ratio <= BUDGET.ratio
	);
}

// 4. Every sheet-level check (consistency, turnout, fingerprint, digit tests, per region).
for (const { sheets, ms } of await benchSheetChecks())
	row(
		`sheet checks, ${sheets.toLocaleString('en-US')} generated sheets (median)`,
		`${ms.toFixed(0)} ms`
	);

console.log(
	`\nEscrutinio bench — ${started.toISOString().slice(0, 16).replace('T', ' ')} UTC — ${cpus().length} cores (${cpus()[0]?.model.trim() ?? '?'}), ${(totalmem() / 2 ** 30).toFixed(0)} GB, Node ${process.version}\n`
);
printTable();
