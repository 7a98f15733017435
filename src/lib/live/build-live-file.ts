/**
 * What the build writes for live updates, from a validated election (pure; used by the
 * `data/<election>/live.json` and `results.json` endpoints, and by tests that need a newer file):
 *
 * - `results.json`: what the results section of the election page and the headline embed are
 *   drawn from: the election without its regions, every tabulation's releases without their
 *   per-region results, and only the sources and actors those cite. A page reloads it only when
 *   `live.json` says the results changed. Region and sheet-level data never go in (DESIGN.md §8).
 * - `live.json`: see live-file.ts.
 */
import type { ElectionBundle } from '../data/bundle';
import { LOCALES, type Locale } from '../locales';
import type { Quote } from '../schemas/common';
import { whenBounds } from '../i18n/format';
import { contentHash } from './content-hash';
import { LIVE_FORMAT, liveContentVersion, type LiveFile, type LiveItem } from './live-file';

/** How many claims and statements the live file lists (the newest first). */
export const LIVE_ITEMS = 5;
const LINE_MAX = 120;

/**
 * Every array of source ids anywhere in a value: `sourceIds` and any other field named `…SourceIds`
 * (`noteSourceIds`), so new fields that cite sources are found too.
 */
function collectSourceIds(value: unknown, into: Set<string>): Set<string> {
	if (Array.isArray(value)) value.forEach((v) => collectSourceIds(v, into));
	else if (value && typeof value === 'object')
		for (const [k, v] of Object.entries(value)) {
			if (/^(s|\w+S)ourceIds$/.test(k) && Array.isArray(v)) v.forEach((id) => into.add(String(id)));
			else collectSourceIds(v, into);
		}
	return into;
}

/**
 * The part of an election the live results are drawn from, as the bundle JSON the browser
 * validates with the build's own rules (`validateElectionFiles`).
 * @example JSON.parse(buildResultsJson(bundle)).election.regions // []
 */
export function buildResultsJson(bundle: ElectionBundle): string {
	const election = { ...bundle.election, regions: [] };
	const tabulations = bundle.tabulations.map((t) => ({
		...t,
		snapshots: t.snapshots.map((s) => ({ ...s, regions: [] }))
	}));
	const cited = collectSourceIds([election, tabulations], new Set());
	const publishers = new Set(tabulations.map((t) => t.publisher));
	return JSON.stringify({
		election,
		tabulations,
		sources: bundle.sources.filter((s) => cited.has(s.id)),
		actors: bundle.actors.filter((a) => publishers.has(a.id))
	});
}

/** The file's path relative to the site's base path. */
export function liveHref(election: string, name: string): string {
	return `data/${election}/${name}`;
}

/**
 * One line of at most 120 characters (code points), cut at a word with "…".
 * @example oneLine('a b c', 3) // 'a…'
 */
export function oneLine(text: string, max = LINE_MAX): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	const chars = [...flat];
	if (chars.length <= max) return flat;
	const cut = chars.slice(0, max - 1).join('');
	const space = cut.lastIndexOf(' ');
	return (space > max / 2 ? cut.slice(0, space) : cut).trimEnd() + '…';
}

function quoteLine(q: Quote, locale: Locale): string {
	return oneLine(q.lang === locale ? q.text : (q.translations[locale]?.text ?? q.text));
}

function newest<T>(items: T[], when: (x: T) => string | undefined, tz: string): T[] {
	const key = (x: T) => {
		const w = when(x);
		return w === undefined ? -Infinity : whenBounds(w, tz)[1];
	};
	// Stable: items of the same date keep their data order.
	return items
		.map((x, i) => ({ x, i, k: key(x) }))
		.sort((a, b) => b.k - a.k || a.i - b.i)
		.slice(0, LIVE_ITEMS)
		.map((e) => e.x);
}

/**
 * The live file of an election, built at `builtAt` (ISO instant).
 * @example buildLiveFile(bundle, '2026-11-30T18:00:00.000Z').tabulations[0].latest.id // 'cne-bulletin-2'
 */
export function buildLiveFile(bundle: ElectionBundle, builtAt: string): LiveFile {
	const id = bundle.election.id;
	const tz = bundle.election.timeZone;
	const byLocale = (f: (l: Locale) => string) =>
		Object.fromEntries(LOCALES.map((l) => [l, f(l)])) as Record<Locale, string>;
	const tabs = [...bundle.tabulations].sort((a, b) => Number(b.official) - Number(a.official));
	const claims: LiveItem[] = newest(bundle.claims, (c) => c.madeAt, tz).map((c) => ({
		id: c.id,
		date: c.madeAt ?? null,
		line: byLocale((l) => quoteLine(c.quote, l))
	}));
	const statements: LiveItem[] = newest(bundle.statements, (s) => s.date, tz).map((s) => ({
		id: s.id,
		date: s.date,
		line: byLocale((l) =>
			s.quote ? quoteLine(s.quote, l) : oneLine(s.notes?.[l] ?? s.stanceNote?.[l] ?? s.stance)
		)
	}));
	const content: Omit<LiveFile, 'version' | 'builtAt'> = {
		format: LIVE_FORMAT,
		election: id,
		results: {
			href: liveHref(id, 'results.json'),
			version: contentHash(buildResultsJson(bundle))
		},
		tabulations: tabs.map((t) => {
			const s = t.snapshots[t.snapshots.length - 1]!;
			return {
				id: t.id,
				official: t.official,
				releases: t.snapshots.length,
				latest: {
					id: s.id,
					label: s.label,
					asOf: s.asOf,
					coverage: s.coverage,
					results: s.results.map((r) => ({
						contestant: r.contestant,
						votes: r.votes,
						...(r.announcedPercent !== undefined && { announcedPercent: r.announcedPercent })
					})),
					totals: s.totals,
					sourceIds: s.sourceIds,
					csv: liveHref(id, `${s.id}.csv`)
				}
			};
		}),
		claims,
		statements
	};
	const version = liveContentVersion(content);
	// Version and build time first, so a human reading the file sees them at once.
	return {
		format: content.format,
		election: id,
		version,
		builtAt,
		results: content.results,
		tabulations: content.tabulations,
		claims,
		statements
	};
}

/**
 * Every file a live file points at, relative to the site's base: what must be uploaded before it.
 * @example liveFileTargets(file) // ['data/venezuela-2024/results.json', 'data/venezuela-2024/cne-bulletin-2.csv', …]
 */
export function liveFileTargets(file: LiveFile): string[] {
	return [file.results.href, ...file.tabulations.map((t) => t.latest.csv)];
}
