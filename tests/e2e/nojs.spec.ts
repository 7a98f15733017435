import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatInteger } from '../../src/lib/i18n/format';
import type { Locale } from '../../src/lib/schemas/common';
import type { RegionResult, Snapshot } from '../../src/lib/schemas/tabulation';
import type { ElectionBundle } from '../../src/lib/data/bundle';
import { latestSnapshot } from '../../src/lib/views/snapshot-table';
import {
	BUILD_DIR,
	electionOf,
	groups,
	ids,
	pageSegments,
	pages,
	pageUrl,
	samplePages
} from './support/site';

// Every page must work without JavaScript: every figure is in the prerendered HTML. The figures to
// look for come from the data files (loaded with the project's loader, formatted with its Intl
// formatters), not from a copy of a page. Pages are discovered in build/ and grouped by route
// shape, so routes added later (snapshots, states, embeds) are checked as soon as they exist.

type Figure = { what: string; value: number };

function snapshotFigures(s: Snapshot): Figure[] {
	const f: Figure[] = s.results.map((r) => ({
		what: `${s.id} ${r.contestant} votes`,
		value: r.votes
	}));
	for (const k of ['valid', 'null', 'blank', 'voters'] as const) {
		const v = s.totals[k];
		if (v !== undefined) f.push({ what: `${s.id} ${k}`, value: v });
	}
	if (s.coverage.unitsCounted !== undefined)
		f.push({ what: `${s.id} units counted`, value: s.coverage.unitsCounted });
	return f;
}

function regionFigures(s: Snapshot, r: RegionResult): Figure[] {
	const f: Figure[] = r.results.map((x) => ({
		what: `${s.id} ${r.region} ${x.contestant} votes`,
		value: x.votes
	}));
	for (const k of ['valid', 'null', 'blank', 'voters'] as const) {
		const v = r.totals[k];
		if (v !== undefined) f.push({ what: `${s.id} ${r.region} ${k}`, value: v });
	}
	return f;
}

/**
 * The figures a page must carry, from its route shape:
 * - the election page (`/[lang]/[election]/`): every count of the latest snapshot of every tabulation;
 * - any page with a snapshot id in its path: every count of that snapshot (of that region, if a
 *   region id is in the path too);
 * - any page with a region id (and no snapshot id): that region's counts in the latest snapshot of
 *   each tabulation that reports the region.
 */
function expectedFigures(path: string, bundle: ElectionBundle): Figure[] {
	const segs = pageSegments(path);
	const snapshotIds = segs.filter((s) => ids.get(s) === 'snapshot');
	const regionIds = segs.filter((s) => ids.get(s) === 'region');
	const snapshots = bundle.tabulations.flatMap((t) => t.snapshots);
	const isElectionPage = segs.length === 2 && segs[1] === bundle.election.id;
	if (isElectionPage) return bundle.tabulations.flatMap((t) => snapshotFigures(latestSnapshot(t)));
	if (snapshotIds.length > 0) {
		return snapshotIds.flatMap((id) => {
			const s = snapshots.find((x) => x.id === id)!;
			if (regionIds.length === 0) return snapshotFigures(s);
			return s.regions
				.filter((r) => regionIds.includes(r.region))
				.flatMap((r) => regionFigures(s, r));
		});
	}
	if (regionIds.length > 0) {
		return bundle.tabulations.flatMap((t) => {
			const s = [...t.snapshots]
				.reverse()
				.find((x) => x.regions.some((r) => regionIds.includes(r.region)));
			return s
				? s.regions.filter((r) => regionIds.includes(r.region)).flatMap((r) => regionFigures(s, r))
				: [];
		});
	}
	return [];
}

/** A number as the page prints it, not as part of a longer number. */
function numberPattern(text: string): RegExp {
	const esc = text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
	return new RegExp(`(?<![\\d.,\\u00a0\\u202f])${esc}(?![\\d]|[.,\\u00a0\\u202f]\\d)`);
}

const localeOf = (path: string): Locale =>
	pageSegments(path)[0] === 'en' || pageSegments(path).includes('en') ? 'en' : 'es';

/** The text of a built page without scripts, styles and markup, entities decoded. */
function htmlText(path: string): string {
	return readFileSync(join(BUILD_DIR, path), 'utf8')
		.replace(/<script[\s\S]*?<\/script>/gi, ' ')
		.replace(/<style[\s\S]*?<\/style>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
		.replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&');
}

test('build/ has the page types every other check relies on', () => {
	const types = new Set(groups.map((g) => g.type));
	expect(types).toContain('/');
	expect(types).toContain('/[lang]/');
	expect(types).toContain('/[lang]/[election]/');
	// Every election is built in both locales.
	for (const e of ids.entries()) {
		if (e[1] !== 'election') continue;
		expect(pages).toContain(`es/${e[0]}/index.html`);
		expect(pages).toContain(`en/${e[0]}/index.html`);
	}
});

// A chart embed (coverage, states, statements, claim; docs/embeds.md) shows one chart of a release,
// not the release's counts: its numbers are checked below, like every page's (shown with
// JavaScript ⊆ in the HTML).
const chartEmbed = (path: string) =>
	/^embed\/.*\/(coverage|states|statements|claims\/[^/]+)\/index\.html$/.test(path);

const withFigures = pages
	.filter((path) => !chartEmbed(path))
	.map((path) => ({ path, bundle: electionOf(path) }))
	.filter((p): p is { path: string; bundle: ElectionBundle } => !!p.bundle)
	.map((p) => ({ ...p, figures: expectedFigures(p.path, p.bundle) }))
	.filter((p) => p.figures.length > 0);

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the election pages are among the pages checked against the data', () => {
		// Guards the discovery itself: if no page were matched, the checks below would silently vanish.
		for (const e of ids.entries())
			if (e[1] === 'election')
				expect(withFigures.map((p) => p.path)).toContain(`es/${e[0]}/index.html`);
	});

	// The built file is exactly what a browser without JavaScript receives: reading it is as strict
	// as loading it, and fast enough to check every page rather than a sample.
	for (const { path, figures } of withFigures) {
		test(`${pageUrl(path)} carries every figure of its data`, () => {
			const text = htmlText(path);
			const locale = localeOf(path);
			// An embed is the compact view: candidate counts and coverage, not the totals rows.
			const wanted = path.startsWith('embed/')
				? figures.filter((f) => f.what.endsWith(' votes') || f.what.endsWith('units counted'))
				: figures;
			const missing = wanted
				.map((f) => ({ ...f, shown: formatInteger(f.value, locale) }))
				.filter((f) => !numberPattern(f.shown).test(text))
				.map((f) => `${f.what} = ${f.shown}`);
			expect(missing, `figures missing from the HTML of ${path}`).toEqual([]);
		});
	}
});

// A figure that only appears once scripts run is invisible to a reader without JavaScript (and to
// a search engine). One page of each type in each locale: every number on the page once scripts
// have run is already in the HTML the server sent. The served HTML is parsed by the browser's
// DOMParser (which never runs scripts) in the same page, so one page load answers both sides; text
// nodes are joined with spaces on both sides, so table cells never run together into one number.
const numbers = (text: string) =>
	new Set(text.replace(/\s+/g, ' ').match(/\d(?:[\d.,\u00a0\u202f]*\d)?/g) ?? []);

const sampleByType = new Map<string, ReturnType<typeof samplePages>>();
for (const p of samplePages(1)) sampleByType.set(p.type, [...(sampleByType.get(p.type) ?? []), p]);

for (const [type, sample] of sampleByType) {
	test(`${type}: every number shown with JavaScript is in the HTML`, async ({ page }) => {
		for (const p of sample) {
			const html = readFileSync(join(BUILD_DIR, p.path), 'utf8');
			await page.goto(p.url, { waitUntil: 'networkidle' }); // after hydration and any client fetch
			const { live, served } = await page.evaluate((source) => {
				const text = (root: Node, skip: string) => {
					const out: string[] = [];
					const walk = (root.ownerDocument ?? document).createTreeWalker(
						root,
						NodeFilter.SHOW_TEXT
					);
					for (let n = walk.nextNode(); n; n = walk.nextNode())
						if (!n.parentElement?.closest(skip)) out.push(n.nodeValue ?? '');
					return out.join(' ');
				};
				const parsed = new DOMParser().parseFromString(source, 'text/html');
				return {
					// With scripts on, <noscript> content is not shown; without them, it is. The live
					// status line reports polling (the time of the last check), which only exists with
					// JavaScript: it carries no figure of the data. Nor do the citations' access date
					// (today with JavaScript, the build date without) and absolute URL (the page's origin).
					live: text(
						document.body,
						'script, style, template, noscript, [data-testid="live-status"], [data-cite-access]'
					),
					served: text(parsed.body, 'script, style, template')
				};
			}, html);
			const without = numbers(served);
			const extra = [...numbers(live)].filter((n) => !without.has(n));
			expect(extra, `numbers that need JavaScript on ${p.url || '/'}`).toEqual([]);
		}
	});
}
