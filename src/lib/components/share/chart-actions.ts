import { base } from '$app/paths';
import type { CiteWork } from '$lib/cite/work';
import type { Locale } from '$lib/locales';
import { chartDataPaths, chartKey, type ChartKind } from '$lib/views/chart-share';
import { embedPath, type EmbedTarget } from '$lib/views/embed-urls';

/** The prerendered CSV and JSON of one chart, under the deploy base path. */
export function chartFiles(election: string, kind: ChartKind, item?: string) {
	return chartDataPaths(base, election, chartKey(kind, item));
}

/** The embed page of a view with its iframe title and fallback height. */
export function chartEmbed(target: EmbedTarget, title: string, height: number) {
	return { src: embedPath(base, target), title, height };
}

/**
 * What "Cite this" cites for a chart: its title, its page with the chart's anchor, the as-of time
 * of the figures and their sources (publisher names and URLs).
 */
export function chartCite(o: {
	id: string;
	lang: Locale;
	title: string;
	path: string;
	anchor: string;
	asOf: string;
	sources?: readonly { publisher: string; url: string }[];
}): CiteWork {
	const seen = new Set<string>();
	return {
		id: `cite-${o.id}`,
		lang: o.lang,
		title: o.title,
		path: `${o.path}#${o.anchor}`,
		asOf: o.asOf,
		sources: (o.sources ?? [])
			.filter((s) => !seen.has(s.url) && seen.add(s.url))
			.map((s) => ({ name: s.publisher, url: s.url }))
	};
}

/** The latest of several as-of times (ISO 8601; a date alone sorts before times that day). */
export function latestAsOf(times: readonly string[]): string {
	return [...times].sort((a, b) => Date.parse(a) - Date.parse(b)).at(-1) ?? '';
}
