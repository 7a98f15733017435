import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { BUILD_DIR, groups } from '../e2e/support/site';
import { BASE_PATH } from '../../playwright.config';
import * as statements from '../../src/lib/i18n/messages/statements';
import * as feeds from '../../src/lib/i18n/messages/feeds';
import { HYDRATION_MARKER } from '../../src/lib/server/hydration-markers';

// First-load JavaScript (issue 13): at most 60 kB gzip on every page type (one page per type and
// locale, discovered in build/, so a new route is covered as soon as it is built), and an embed at
// most 60 kB gzip all-in (HTML, JS, CSS). The browser test in tests/e2e/embed.spec.ts measures the
// embed on the wire; this one reads the files, as `npm run bench` does: the JS a page preloads and
// imports from its inline bootstrap. 250 bytes are allowed for SvelteKit's version stamp, which
// moves the gzip size a little from one build to the next.
const BUDGET = 60_000;
const BUILD_STAMP_MARGIN = 250;
/**
 * Known overage, issue 13 still open: the chart menus (Share / Embed) and "Cite this" landed on
 * 30 Nov 2026 after the budget was met, and put the election page over it (measured on a clean
 * clone: 67,083 B; 66,734 B once the chart menu became plain HTML run by /cite.js). It may not
 * grow; lower this as the page shrinks and delete the entry when it is back under 60 kB. Every
 * other page type keeps the budget.
 */
// Chart citations (1 Dec 2026, branch chartcite) grew them again: the Cite part of each chart menu
// (+0.15 to 0.22 kB: ChartActions' block and the pages' look-ups) and, on the statements page,
// which had no "Cite this" before, the CiteThis component itself (1,041 B): election 67,393 B,
// release 62,172 B, statements 60,420 B. citation-js itself is not in any bundle (the citations are ready
// strings in the page data). To lower when ChartActions stops hydrating (branch nohydrate).
// The election page stopped hydrating (1 Dec 2026, branch electionstatic): its entry is gone, and
// it is held below with the other csr = false types.
const KNOWN_OVER: Record<string, number> = {};
/**
 * Page types rendered without SvelteKit's client (`csr = false`, docs/hydration.md): they load
 * only small classic scripts (/cite.js, embed/js/embed.js, sort.js or lookup.js; a chart's own script loads
 * later, near the viewport). Held well under the budget so that hydration does not come back
 * unnoticed (SvelteKit's client alone is over 30 kB gzip). 5,000 B until 1 December 2026, when
 * embed.js learnt to load a chart's scripts on the reader's first scroll (1,418 B gzip) and the
 * statements page, with /cite.js (2,374 B) and statements.js (1,330 B), came to 5,074 B.
 */
const STATIC_BUDGET = 6_000;
const STATIC_TYPES = [
	'/[lang]/[election]/',
	'/[lang]/[election]/claims/',
	'/[lang]/[election]/claims/[claim]/',
	'/[lang]/[election]/lookup/',
	'/[lang]/[election]/methodology/',
	'/[lang]/[election]/snapshots/[snapshot]/',
	'/[lang]/[election]/snapshots/[snapshot]/findings/',
	'/[lang]/[election]/snapshots/[snapshot]/sheet-checks/',
	'/[lang]/[election]/states/',
	'/[lang]/[election]/states/[region]/',
	'/[lang]/[election]/states/levels/[snapshot]/[level]/',
	'/[lang]/[election]/statements/'
];

/**
 * Two csr = false types carry a larger script of their own, with their own ceiling:
 * - the election page while its election is live (as in this e2e build) also loads its poller,
 *   embed/js/live.js (6.4 kB gzip; the validation code, embed/js/livecheck.js, only once a new
 *   live file is there to check). Not live, it loads 4.2 kB like the others. 11.2 kB in all on
 *   1 December 2026, after the poller learnt the embeds' opaque frames, embed.js the shared chart
 *   runtime's loader and the embeds' opt-in chart, and /cite.js the opening of a linked citation;
 * - the lookup loads its cascade of selects, embed/js/lookup.js (2.9 kB gzip), beside /cite.js:
 *   5.05 kB on 1 December 2026.
 */
const STATIC_OWN_CEILING: Record<string, number> = {
	'/[lang]/[election]/': 12_000,
	'/[lang]/[election]/lookup/': 6_500
};

const gz = (file: string) => gzipSync(readFileSync(file), { level: 9 }).length;
const local = (href: string) => join(BUILD_DIR, href.slice(`${BASE_PATH}/`.length));

/** The JS and CSS files a first visit to a built page loads, as build paths. */
function firstLoad(page: string): { js: string[]; css: string[] } {
	const html = readFileSync(join(BUILD_DIR, page), 'utf8');
	const js = new Set<string>();
	const css = new Set<string>();
	for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
		const href = /href="([^"]+)"/.exec(tag)?.[1];
		if (!href?.startsWith(`${BASE_PATH}/`)) continue;
		if (/rel="modulepreload"/.test(tag)) js.add(href);
		if (/rel="stylesheet"/.test(tag) && !/\bdisabled\b/.test(tag)) css.add(href);
	}
	for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g))
		if (m[1]!.startsWith(`${BASE_PATH}/`)) js.add(m[1]!);
	// SvelteKit's inline bootstrap: import("…/entry/start.js"), import("…/entry/app.js").
	for (const m of html.matchAll(/import\("([^"]+)"\)/g))
		if (m[1]!.startsWith(`${BASE_PATH}/`)) js.add(m[1]!);
	return { js: [...js].map(local), css: [...css].map(local) };
}

const sum = (files: string[]) => files.reduce((n, f) => n + gz(f), 0);
const isEmbed = (type: string) => type.startsWith('/embed/');

test('every page type loads at most 60 kB gzip of JavaScript on a first visit; an embed at most 60 kB all-in', () => {
	expect(groups.length).toBeGreaterThan(10);
	const over: string[] = [];
	for (const g of groups) {
		const page = g.pages[0]!;
		const { js, css } = firstLoad(page);
		for (const f of [...js, ...css]) expect(existsSync(f), `${page} loads ${f}`).toBe(true);
		const jsBytes = sum(js);
		const limit = STATIC_TYPES.includes(g.type)
			? (STATIC_OWN_CEILING[g.type] ?? STATIC_BUDGET)
			: (KNOWN_OVER[g.type] ?? BUDGET + BUILD_STAMP_MARGIN);
		if (jsBytes > limit) over.push(`${page}: ${jsBytes} B of JS (limit ${limit})`);
		if (isEmbed(g.type)) {
			const all = gz(join(BUILD_DIR, page)) + jsBytes + sum(css);
			if (all > BUDGET + BUILD_STAMP_MARGIN) over.push(`${page}: ${all} B all-in`);
		}
	}
	expect(over).toEqual([]);
	for (const type of STATIC_TYPES)
		expect(
			groups.some((g) => g.type === type),
			`${type} is built`
		).toBe(true);
});

test('a hydrated page carries its strings in its own language only, and no server-only strings', () => {
	for (const [lang, other] of [
		['es', 'en'],
		['en', 'es']
	] as const) {
		// The statements page hydrates (its filters).
		const page = `${lang}/venezuela-2024/statements/index.html`;
		const { js } = firstLoad(page);
		expect(js.length, `${page} hydrates`).toBeGreaterThan(0);
		const shipped = [
			readFileSync(join(BUILD_DIR, page), 'utf8'),
			...js.map((f) => readFileSync(f, 'utf8'))
		].join('\n');
		const has = (s: string) => shipped.includes(JSON.stringify(s).slice(1, -1));
		// A string of a filter label, in the page's language, never in the other one.
		const label = (l: 'es' | 'en') => statements[l]['statements.stance.asks-verification'];
		expect(has(label(lang)), `${page} has "${label(lang)}"`).toBe(true);
		expect(has(label(other)), `${page} has "${label(other)}"`).toBe(false);
		// The feed's strings are for the Atom feed only.
		expect(has(feeds[lang]['feeds.subtitle']), `${page} has a feed string`).toBe(false);
	}
});

test('no page sent without the client ships the data file only that client would fetch', () => {
	// SvelteKit writes __data.json for every page with a server load (scripts/lib/prune-page-data.js).
	const all = groups.flatMap((g) => g.pages);
	expect(all.length).toBeGreaterThan(100);
	for (const p of all) {
		const html = readFileSync(join(BUILD_DIR, p), 'utf8');
		const data = join(BUILD_DIR, p.replace(/index\.html$/, '__data.json'));
		if (!html.includes('__sveltekit_')) expect(existsSync(data), data).toBe(false);
	}
});

test('no page sent without the client carries Svelte hydration markers', () => {
	// Nothing hydrates them (src/lib/server/hydration-markers.ts): on the statements page they were
	// 2,177 comment nodes for the browser to parse and keep. A page with the client keeps them.
	const all = groups.flatMap((g) => g.pages);
	for (const p of all) {
		const html = readFileSync(join(BUILD_DIR, p), 'utf8');
		if (html.includes('__sveltekit_')) continue;
		expect(html.match(HYDRATION_MARKER), p).toBeNull();
	}
	const statementsPage = readFileSync(
		join(BUILD_DIR, 'es/venezuela-2024/statements/index.html'),
		'utf8'
	);
	expect(statementsPage).toContain('Fuentes (9)');
});
