import {
	EMBED_REFERENCE_WIDTH,
	estimateEmbedHeight,
	iframeSnippet,
	type EmbedChart
} from './embed-urls';

/**
 * What the share menu under a chart hands out besides the data files: the embed code (an iframe
 * plus a one-line listener that grows it to the height the embed reports, as Datawrapper's code
 * does) with a fallback height that shows the whole embed even where the host strips the script.
 */

/**
 * The one-line resize listener appended to the iframe code. It speaks the Datawrapper message
 * format the embeds already post (`{"datawrapper-height": {id: px}}`, $lib/views/embed-height.ts),
 * finds the iframe whose window sent it, and sets its height; anything else is ignored. Plain
 * ES5 so it runs on any host page, no external file, no globals.
 */
export const RESIZE_SCRIPT =
	'<script>window.addEventListener("message",function(e){var d=e.data&&e.data["datawrapper-height"];if(!d||typeof d!=="object")return;var f=document.getElementsByTagName("iframe");for(var k in d){var h=+d[k];if(!(h>0))continue;for(var i=0;i<f.length;i++)if(f[i].contentWindow===e.source)f[i].style.height=Math.ceil(h)+"px"}});</script>';

/**
 * The embed code of a chart: the iframe (with the fallback height) and the resize listener.
 * @example embedCode('https://x.org/embed/es/v/', 'Resultados', 640)
 * // '<iframe src="https://x.org/embed/es/v/" … height="640" …></iframe>\n<script>window.addEventListener("message",…</script>'
 */
export function embedCode(src: string, title: string, height: number): string {
	return `${iframeSnippet(src, title, height)}\n${RESIZE_SCRIPT}`;
}

/**
 * A height (CSS px at EMBED_REFERENCE_WIDTH) that shows the whole embed of a chart when the host
 * runs no script: the listener shrinks or grows it to the real height once the embed reports it.
 * Results embeds show every count by default, so the estimate counts each count's table; the
 * others are fixed figures with room to spare (a chart box, its title, description, legend,
 * sources and "see it all" line), since too tall leaves white space but too short hides data.
 * @example fallbackEmbedHeight('results', [3, 3]) // 756
 * @example fallbackEmbedHeight('coverage') // 1100
 */
export function fallbackEmbedHeight(chart: EmbedChart, tableRows: number[] = []): number {
	switch (chart) {
		case 'results':
			return estimateEmbedHeight(tableRows.map((rows) => ({ rows })));
		case 'coverage':
			return 1100; // two 320 px timelines with titles, descriptions and notes
		case 'states':
			return 1000; // the tile grid (about 600 px wide, square tiles), legend, sources
		case 'statements':
			return 900; // the 360 px map, counts, legend, as-of and sources
		case 'claim':
			return 900; // the claim, verdicts per count, the bars, sources
	}
}

export { EMBED_REFERENCE_WIDTH };

/**
 * The address of a chart on its page with the view's state in the query (`?count=…&compare=1`,
 * the statements filters) and the chart's anchor; query values encoded, empty ones dropped.
 * @example chartLink('/es/v/', { count: 'cne', compare: '1' }, 'share-compare-title')
 * // '/es/v/?count=cne&compare=1#share-compare-title'
 */
export function chartLink(
	path: string,
	query: Record<string, string | undefined>,
	anchor: string,
	/** The page's own query (`location.search`) to keep under the given values. */
	pageQuery = ''
): string {
	const q = new URLSearchParams(pageQuery);
	for (const [k, v] of Object.entries(query)) if (v) q.set(k, v);
	const qs = q.toString();
	return `${path}${qs ? `?${qs}` : ''}${anchor ? `#${anchor}` : ''}`;
}

/** Which chart a file holds; the part of the key before the slash. */
export type ChartKind =
	'share' | 'compare' | 'coverage' | 'states' | 'statements-map' | 'stance-over-time' | 'claim';

/**
 * The file key of a chart: a release's share bars, the paired comparison led by a tabulation, the
 * coverage timeline, a release's states map, the statements map and stance chart, a claim's bars.
 * @example chartKey('share', 'cne-bulletin-1') // 'share/cne-bulletin-1'
 * @example chartKey('coverage') // 'coverage'
 */
export function chartKey(kind: ChartKind, item?: string): string {
	return item === undefined ? kind : `${kind}/${item}`;
}

/**
 * Root-relative paths of a chart's CSV and JSON files under the base path.
 * @example chartDataPaths('/escrutinio', 'venezuela-2024', 'share/cne-bulletin-1').csv
 * // '/escrutinio/data/venezuela-2024/charts/share/cne-bulletin-1.csv'
 */
export function chartDataPaths(
	base: string,
	election: string,
	key: string
): { csv: string; json: string } {
	const path = `${base}/data/${encodeURIComponent(election)}/charts/${key
		.split('/')
		.map(encodeURIComponent)
		.join('/')}`;
	return { csv: `${path}.csv`, json: `${path}.json` };
}
