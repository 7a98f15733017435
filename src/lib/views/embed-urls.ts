/**
 * Addresses and snippets for embedding: the embed pages, the full pages they stand for, the oEmbed
 * files, and the iframe code handed to newsrooms. Pure: the deploy base path and the site origin
 * are passed in.
 *
 * The origin matters because an iframe pasted into another site, and the oEmbed `html`, need an
 * absolute `src`. A static build cannot know where it will be hosted, so newsrooms set
 * `SITE_ORIGIN=https://their.host` when they build; without it every such URL is root-relative
 * (`/escrutinio/embed/…`), which works on the site itself and is what the build says it is.
 */

/**
 * The embeddable views. `results` is the headline results (the share chart and its tables); the
 * others are the coverage timeline, the states map, the statements map and one claim card.
 */
export const EMBED_CHARTS = ['results', 'coverage', 'states', 'statements', 'claim'] as const;
export type EmbedChart = (typeof EMBED_CHARTS)[number];

/**
 * Where the reader-facing and embed pages of one view live. Without `snapshot` the embed is
 * *live* (it follows the latest release); with it, *pinned* to that release (it never changes).
 */
export interface EmbedTarget {
	lang: string;
	election: string;
	/** A single snapshot; undefined for the headline results (latest of each tabulation). */
	snapshot?: string;
	/** Which view; `results` when absent. */
	chart?: EmbedChart;
	/** The claim's id when `chart` is `claim`. */
	claim?: string;
}

/** The path tail naming the view: '' for the headline results, `/coverage`, `/claims/<id>`, … */
function chartTail(t: EmbedTarget): string {
	const chart = t.chart ?? 'results';
	if (chart === 'results') return '';
	if (chart === 'claim') {
		if (!t.claim) throw new Error('an embed of a claim needs the claim id');
		return `/claims/${segments(t.claim)}`;
	}
	return `/${chart}`;
}

function segments(...parts: string[]): string {
	return parts.map(encodeURIComponent).join('/');
}

/**
 * Check and normalise the SITE_ORIGIN build setting: an http(s) origin without path, or '' when
 * unset. A wrong value fails the build rather than publishing broken embed codes.
 * @example normalizeSiteOrigin('https://elecciones.example.org/') // 'https://elecciones.example.org'
 */
export function normalizeSiteOrigin(value: string | undefined): string {
	const v = (value ?? '').trim();
	if (v === '') return '';
	let url: URL;
	try {
		url = new URL(v);
	} catch {
		throw new Error(`SITE_ORIGIN must be an origin like https://example.org (got "${v}")`);
	}
	if (
		!/^https?:$/.test(url.protocol) ||
		(url.pathname !== '/' && url.pathname !== '') ||
		url.search
	)
		throw new Error(
			`SITE_ORIGIN must be an http(s) origin without a path, like https://example.org (got "${v}"); the sub-path goes in BASE_PATH`
		);
	return url.origin;
}

/**
 * Path of the embed page of a view, under the base path: live views under the election, pinned
 * ones under the release (`…/snapshots/<id>/coverage/`, `…/snapshots/<id>/claims/<claim>/`).
 * @example embedPath('/escrutinio', { lang: 'es', election: 'venezuela-2024' })
 * // '/escrutinio/embed/es/venezuela-2024/'
 * @example embedPath('', { lang: 'en', election: 'v', snapshot: 'b1', chart: 'states' })
 * // '/embed/en/v/snapshots/b1/states/'
 */
export function embedPath(base: string, t: EmbedTarget): string {
	const tail = t.snapshot ? `/snapshots/${segments(t.snapshot)}` : '';
	return `${base}/embed/${segments(t.lang, t.election)}${tail}${chartTail(t)}/`;
}

/**
 * Path of the pre-generated oEmbed file of a view: the embed's path under `oembed/` instead of
 * `embed/`, ending in `.json` instead of `/`.
 * @example oembedPath('', { lang: 'en', election: 'venezuela-2024', snapshot: 'cne-bulletin-1' })
 * // '/oembed/en/venezuela-2024/snapshots/cne-bulletin-1.json'
 * @example oembedPath('', { lang: 'es', election: 'v', chart: 'claim', claim: 'c1' })
 * // '/oembed/es/v/claims/c1.json'
 */
export function oembedPath(base: string, t: EmbedTarget): string {
	const tail = t.snapshot ? `/snapshots/${segments(t.snapshot)}` : '';
	return `${base}/oembed/${segments(t.lang, t.election)}${tail}${chartTail(t)}.json`;
}

/**
 * Path of the full reader page a view belongs to. A snapshot's page is given when the site has one
 * (`snapshotPages`); otherwise the election page, which shows the latest snapshots.
 * @example fullPagePath('', { lang: 'es', election: 'venezuela-2024', snapshot: 'b1' }, true)
 * // '/es/venezuela-2024/snapshots/b1/'
 */
export function fullPagePath(base: string, t: EmbedTarget, snapshotPages: boolean): string {
	const tail = t.snapshot && snapshotPages ? `/snapshots/${segments(t.snapshot)}` : '';
	return `${base}/${segments(t.lang, t.election)}${tail}/`;
}

/** Escape text for a double-quoted HTML attribute. */
function attr(text: string): string {
	return text
		.replace(/&/g, '&amp;')
		.replace(/"/g, '&quot;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;');
}

/**
 * The iframe code a newsroom pastes: full width, a starting height that fits the content at common
 * widths (the embed then reports its real height, DESIGN.md §7), a title for screen readers, and
 * no cookies or storage needed, so a sandboxed iframe (WordPress) works.
 * @example iframeSnippet('https://x.org/embed/es/v/', 'Resultados', 640)
 * // '<iframe src="https://x.org/embed/es/v/" title="Resultados" width="100%" height="640" style="border:0;width:100%" loading="lazy"></iframe>'
 */
export function iframeSnippet(src: string, title: string, height: number): string {
	return `<iframe src="${attr(src)}" title="${attr(title)}" width="100%" height="${Math.ceil(height)}" style="border:0;width:100%" loading="lazy"></iframe>`;
}

/**
 * The embed code of a results embed with its share chart (`?chart=1` on the iframe's address,
 * when that has no query yet).
 * @example embedWithChart('<iframe src="https://x.org/embed/es/v/" title="t">') // '<iframe src="https://x.org/embed/es/v/?chart=1" title="t">'
 */
export function embedWithChart(code: string): string {
	return code.replace(/src="([^"?]*)"/, 'src="$1?chart=1"');
}

/** An oEmbed 1.0 "rich" response (https://oembed.com/ §2.3.4). */
export interface OembedRich {
	type: 'rich';
	version: '1.0';
	title: string;
	provider_name: string;
	provider_url: string;
	html: string;
	width: number;
	height: number;
	thumbnail_url?: string;
	thumbnail_width?: number;
	thumbnail_height?: number;
}

/**
 * The oEmbed JSON of one view. A `thumbnail_url` only when given (the social card of the page the
 * view belongs to, which the build draws): a consumer must not be sent to an image that does not
 * exist, and the spec makes the thumbnail optional.
 * @example buildOembed({ src: 'https://x.org/embed/es/v/', title: 'T', height: 640, providerName: 'Escrutinio', providerUrl: 'https://x.org/' }).html
 * // '<iframe src="https://x.org/embed/es/v/" title="T" width="100%" height="640" …></iframe>'
 */
export function buildOembed(o: {
	src: string;
	title: string;
	height: number;
	providerName: string;
	providerUrl: string;
	/** The width the height was estimated for. */
	width?: number;
	/** An image that exists, with its size in pixels. */
	thumbnail?: { url: string; width: number; height: number };
}): OembedRich {
	return {
		type: 'rich',
		version: '1.0',
		title: o.title,
		provider_name: o.providerName,
		provider_url: o.providerUrl,
		html: iframeSnippet(o.src, o.title, o.height),
		width: o.width ?? EMBED_REFERENCE_WIDTH,
		height: Math.ceil(o.height),
		...(o.thumbnail
			? {
					thumbnail_url: o.thumbnail.url,
					thumbnail_width: o.thumbnail.width,
					thumbnail_height: o.thumbnail.height
				}
			: {})
	};
}

/** The width, in CSS pixels, the starting heights are estimated for (a typical article column). */
export const EMBED_REFERENCE_WIDTH = 600;

/**
 * A starting height for an embed's iframe at EMBED_REFERENCE_WIDTH, from what it shows. It only
 * has to be close: the embed reports its real height once it runs. Fitted to the built embeds at
 * 600 px (headline, 2 tables and 13 rows: 1001 px measured; one 3-row snapshot: 436–474 px);
 * tests/e2e/embed.spec.ts checks the estimate stays within reach of the measured height.
 * @example estimateEmbedHeight([{ rows: 3 }]) // 478
 */
export function estimateEmbedHeight(tables: { rows: number }[]): number {
	const frame = 200; // title, "see it all" line, padding
	const perTable = 170; // heading, coverage, table head, source line, share button
	const perRow = 36;
	return frame + tables.reduce((h, t) => h + perTable + t.rows * perRow, 0);
}

/**
 * What exists on this build, so no link points at a page or file that is not there (the prerender
 * crawler fails the build on a broken link). Flip these when the pages/files are merged in.
 */
export const SITE_HAS = {
	/** `/[lang]/[election]/snapshots/[snapshot]/` reader pages. */
	snapshotPages: true,
	/** `/data/[election].json` and `/data/[election]/[snapshot].csv` files. */
	dataFiles: true
};

/** Every URL an embed page and its share menus need. */
export interface EmbedLinks {
	/** Absolute when SITE_ORIGIN is set, else root-relative. */
	canonical: string;
	oembed: string;
	embedSrc: string;
	/** The full page, for the visible link. */
	fullPage: string;
	json: string | undefined;
	/**
	 * Per snapshot shown: the link to it on the full page, the anchor of that link ('' when the
	 * full page does not show it), and its CSV.
	 */
	tables: Record<string, { link: string; anchor: string; csv: string | undefined }>;
}

/**
 * The links of one embeddable view.
 * @example buildEmbedLinks({ lang: 'es', election: 'v' }, ['b2'], ['b2'], { base: '', origin: 'https://x.org', has: { snapshotPages: false, dataFiles: true } }).tables.b2
 * // { link: 'https://x.org/es/v/#snap-b2', anchor: 'snap-b2', csv: '/data/v/b2.csv' }
 */
export function buildEmbedLinks(
	target: EmbedTarget,
	shown: string[],
	onFullPage: string[],
	o: { base: string; origin: string; has: typeof SITE_HAS }
): EmbedLinks {
	const full = fullPagePath(o.base, target, o.has.snapshotPages);
	const onPage = new Set(onFullPage);
	return {
		canonical: o.origin + full,
		oembed: o.origin + oembedPath(o.base, target),
		embedSrc: o.origin + embedPath(o.base, target),
		fullPage: full,
		json: o.has.dataFiles
			? `${o.base}/data/${encodeURIComponent(target.election)}.json`
			: undefined,
		tables: Object.fromEntries(
			shown.map((id) => {
				// The reader page marks each snapshot's heading with `snap-<id>`.
				const anchor = onPage.has(id) ? `snap-${id}` : '';
				return [
					id,
					{
						link: o.origin + full + (anchor ? `#${anchor}` : ''),
						anchor,
						csv: o.has.dataFiles
							? `${o.base}/data/${encodeURIComponent(target.election)}/${encodeURIComponent(id)}.csv`
							: undefined
					}
				];
			})
		)
	};
}
