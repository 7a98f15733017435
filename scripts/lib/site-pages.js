// Discover the pages of a built site and group them by page type, so quality gates (axe, no-JS,
// bench) cover every kind of page that exists in build/ without a hard-coded list: a new route
// (snapshots, states, claims, embeds, …) is covered as soon as it is built.
//
// A page type is the page's path with every data id replaced by a placeholder naming what kind of
// id it is: `es/venezuela-2024/snapshots/cne-bulletin-1/` → `/[lang]/[election]/snapshots/[snapshot]/`.
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** Site locales, as they appear as the first path segment (or after `embed/`). */
export const LOCALES = ['es', 'en'];

/**
 * Kinds of id, in the order a segment is matched when the same id names two things (a tabulation
 * and an actor are both "cne"): the earlier kind wins. Only the grouping depends on this order.
 */
export const ID_KINDS = [
	'election',
	'tabulation',
	'snapshot',
	'region',
	'claim',
	'statement',
	'actor',
	'candidate',
	'group',
	'source',
	'level'
];

/**
 * Every id in a dataset, mapped to its kind (see ID_KINDS for ties).
 * @param {Array<{election: {id: string, candidates: {id: string}[], groups: {id: string}[], regions: {id: string}[], regionLevels?: {id: string}[]}, tabulations: {id: string, snapshots: {id: string}[]}[], claims: {id: string}[], statements: {id: string}[], actors: {id: string}[], sources: {id: string}[]}>} bundles
 * @returns {Map<string, string>}
 * @example collectIds([venezuela]).get('cne-bulletin-2') // 'snapshot'
 */
export function collectIds(bundles) {
	/** @type {Record<string, string[]>} */
	const byKind = Object.fromEntries(ID_KINDS.map((k) => [k, []]));
	for (const b of bundles) {
		byKind.election?.push(b.election.id);
		for (const t of b.tabulations) {
			byKind.tabulation?.push(t.id);
			for (const s of t.snapshots) byKind.snapshot?.push(s.id);
		}
		for (const r of b.election.regions) byKind.region?.push(r.id);
		// Region levels (state, municipality, parish) name the level pages of a release.
		for (const l of b.election.regionLevels ?? []) byKind.level?.push(l.id);
		for (const c of b.claims) byKind.claim?.push(c.id);
		for (const s of b.statements) byKind.statement?.push(s.id);
		for (const a of b.actors) byKind.actor?.push(a.id);
		for (const c of b.election.candidates) byKind.candidate?.push(c.id);
		for (const g of b.election.groups) byKind.group?.push(g.id);
		for (const s of b.sources) byKind.source?.push(s.id);
	}
	/** @type {Map<string, string>} */
	const ids = new Map();
	for (const kind of ID_KINDS)
		for (const id of byKind[kind] ?? []) if (!ids.has(id)) ids.set(id, kind);
	return ids;
}

/**
 * The segments of a page path (`es/x/` or `es/x/index.html`), without the file name.
 * @param {string} path
 * @returns {string[]}
 * @example pageSegments('es/venezuela-2024/index.html') // ['es', 'venezuela-2024']
 */
export function pageSegments(path) {
	return path.split(/[\\/]/).filter((s) => s !== '' && s !== 'index.html');
}

/**
 * The page type of a page path: locale and data ids replaced by `[lang]`, `[election]`, … .
 * Anything else (route names such as `snapshots`, `embed`, `revisions`) is kept.
 * @param {string} path a path relative to the build folder, e.g. `en/venezuela-2024/index.html`
 * @param {Map<string, string>} ids from collectIds()
 * @returns {string}
 * @example pageType('en/venezuela-2024/states/zulia/index.html', ids) // '/[lang]/[election]/states/[region]/'
 * @example pageType('index.html', ids) // '/'
 */
export function pageType(path, ids) {
	const segs = pageSegments(path).map((s) => {
		if (LOCALES.includes(s)) return '[lang]';
		const kind = ids.get(s);
		return kind ? `[${kind}]` : s;
	});
	return segs.length === 0 ? '/' : `/${segs.join('/')}/`;
}

/**
 * The locale of a page path: its first segment that is a locale, or undefined (the root page).
 * @param {string} path
 * @returns {string | undefined}
 * @example pageLocale('embed/en/venezuela-2024/index.html') // 'en'
 */
export function pageLocale(path) {
	return pageSegments(path).find((s) => LOCALES.includes(s));
}

/**
 * The URL path of a page relative to the site root, with the trailing slash every page has.
 * @param {string} path
 * @returns {string}
 * @example pageUrl('es/venezuela-2024/index.html') // 'es/venezuela-2024/'
 */
export function pageUrl(path) {
	const segs = pageSegments(path);
	return segs.length === 0 ? '' : `${segs.join('/')}/`;
}

/**
 * Every `index.html` under a build folder, as sorted paths relative to it (`/` separators).
 * @param {string} dir
 * @returns {string[]}
 */
export function listPages(dir) {
	/** @type {string[]} */
	const out = [];
	/** @param {string} d */
	const walk = (d) => {
		for (const name of readdirSync(d)) {
			const abs = join(d, name);
			if (statSync(abs).isDirectory()) {
				// SvelteKit's own assets are not pages.
				if (name === '_app' && d === dir) continue;
				walk(abs);
			} else if (name === 'index.html') out.push(relative(dir, abs).split(sep).join('/'));
		}
	};
	walk(dir);
	return out.sort();
}

/**
 * @typedef {object} PageGroup
 * @property {string} type page type, e.g. `/[lang]/[election]/`
 * @property {string | undefined} locale
 * @property {string[]} pages every page of that type and locale, sorted
 */

/**
 * Pages grouped by page type and locale, sorted by type then locale.
 * @param {string[]} pages paths from listPages()
 * @param {Map<string, string>} ids from collectIds()
 * @returns {PageGroup[]}
 * @example groupPages(['es/index.html', 'en/index.html'], ids)
 * // [{ type: '/[lang]/', locale: 'en', pages: ['en/index.html'] }, { type: '/[lang]/', locale: 'es', … }]
 */
export function groupPages(pages, ids) {
	/** @type {Map<string, PageGroup>} */
	const groups = new Map();
	for (const p of pages) {
		const type = pageType(p, ids);
		const locale = pageLocale(p);
		const key = `${type}\u0000${locale ?? ''}`;
		let g = groups.get(key);
		if (!g) groups.set(key, (g = { type, locale, pages: [] }));
		g.pages.push(p);
	}
	return [...groups.values()]
		.map((g) => ({ ...g, pages: [...g.pages].sort() }))
		.sort((a, b) =>
			a.type === b.type
				? (a.locale ?? '').localeCompare(b.locale ?? '')
				: a.type.localeCompare(b.type)
		);
}

/**
 * Up to `max` representatives of a group: the first and the last page (sorted), which for most
 * types differ in data (first and last snapshot, region, claim). Never repeats a page.
 * @param {string[]} pages
 * @param {number} [max]
 * @returns {string[]}
 * @example representatives(['a', 'b', 'c']) // ['a', 'c']
 */
export function representatives(pages, max = 2) {
	if (pages.length <= max) return [...pages];
	if (max <= 1) return pages.slice(0, max);
	const picks = [];
	for (let i = 0; i < max; i++) picks.push(pages[Math.round((i * (pages.length - 1)) / (max - 1))]);
	return [...new Set(picks)].filter((p) => p !== undefined);
}

/**
 * The `n` pages with the most HTML bytes in a build folder, heaviest first (ties keep their given
 * order). The bench measures each page type on its heaviest page, where its longest tables are.
 * @param {string} dir
 * @param {string[]} pages paths from listPages()
 * @param {number} [n]
 * @returns {string[]}
 * @example heaviest('build', ['es/a/index.html', 'es/b/index.html']) // ['es/b/index.html'] if b's is larger
 */
export function heaviest(dir, pages, n = 1) {
	const bytes = new Map(pages.map((p) => [p, statSync(join(dir, p)).size]));
	return [...pages].sort((a, b) => (bytes.get(b) ?? 0) - (bytes.get(a) ?? 0)).slice(0, n);
}
