import { t } from '$lib/i18n';
import type { Locale } from '$lib/locales';
import { href } from '$lib/paths';
import { latestAsOf } from '$lib/components/share/chart-actions';
import type { ClaimCardModel } from './claims-page';
import type { ResultsSectionModel } from './results-section';
import type { SnapshotPageModel } from './snapshot-page';
import type { StatementsPageModel } from './statements-page';
import type { StatesPageModel } from './states-page';

/**
 * What the citation of one chart says, described from the same page model and with the same
 * title, link (page, view state, anchor), as-of time and sources as the chart's Share / Embed /
 * Cite menu (ChartActions). The page's server load turns these into citations
 * (`chartCitations` in $lib/server/cite) and the page hands each one to its chart's menu by `key`:
 * citation-js never reaches the browser.
 */
export interface ChartCiteSpec {
	/**
	 * How the page finds the citation of a chart. It names the chart's data (as the chart's files
	 * do) and, where the chart follows the latest releases (election page), their as-of time: a
	 * live update that brings newer figures finds no citation rather than a stale one.
	 */
	key: string;
	/** Unique on the page: the citation block's id is `cite-chart-<id>`. */
	id: string;
	/** The chart's own title, as its menu and heading say it. */
	title: string;
	/** The release shown, when the chart shows one (added to the title unless already in it). */
	release?: string;
	/** The page (root-relative, under the base path). */
	path: string;
	/** The view's state in the link (`count`, `compare`), as the menu's link carries it. */
	query?: Record<string, string | undefined>;
	/** The chart heading's id: the link's #anchor. */
	anchor: string;
	/** The as-of time of the figures drawn. */
	asOf: string;
	/** The sources of the figures drawn. */
	sources: readonly { publisher: string; url: string }[];
}

/** The key of a chart's citation (see `ChartCiteSpec.key`). */
export function chartCiteKey(chart: string, asOf?: string): string {
	return asOf ? `${chart}@${asOf}` : chart;
}

/**
 * The election page's charts (ResultsSection): each count's share bars, the paired bars led by
 * each count (shown with JavaScript when "compare" is on) and the two timelines.
 * @example resultsChartCites(model, 'es', 'venezuela-2024').map((c) => c.key)
 * // ['share/cne-bulletin-2', …, 'compare/cne@2024-…', …, 'timeline/coverage@…', 'timeline/time@…']
 */
export function resultsChartCites(
	model: ResultsSectionModel,
	lang: Locale,
	election: string
): ChartCiteSpec[] {
	const path = href(lang, election);
	const asOf = latestAsOf(model.latest.map((l) => l.asOf));
	const sources = model.latest.flatMap((l) => l.sources);
	const out: ChartCiteSpec[] = [];
	for (const tab of model.tabulations)
		out.push({
			key: chartCiteKey(`share/${tab.latest.snapshotId}`),
			id: `share-${tab.latest.snapshotId}`,
			title: t(lang, 'results.share.title', { snapshot: tab.latest.label }),
			release: tab.latest.label,
			path,
			query: { count: tab.id },
			anchor: `${tab.share.id}-title`,
			asOf: tab.latest.asOf,
			sources: tab.latest.sources
		});
	for (const tab of model.tabulations) {
		const m = model.compare?.[tab.id];
		if (!m) continue;
		out.push({
			key: chartCiteKey(`compare/${tab.id}`, asOf),
			id: `compare-${tab.id}`,
			title: t(lang, 'results.share.compareTitle'),
			release: model.latest.map((l) => l.label).join('; '),
			path,
			query: { count: tab.id, compare: '1' },
			anchor: `${m.id}-title`,
			asOf,
			sources
		});
	}
	for (const axis of ['coverage', 'time'] as const)
		out.push({
			key: chartCiteKey(`timeline/${axis}`, asOf),
			id: `timeline-${axis}`,
			title:
				axis === 'coverage'
					? t(lang, 'results.timeline.coverageTitle')
					: t(lang, 'results.timeline.timeTitle'),
			path,
			anchor: `${model.timeline.id}-${axis}-title`,
			asOf,
			sources
		});
	return out;
}

/** A release page's share bars. */
export function snapshotChartCites(page: SnapshotPageModel, lang: Locale): ChartCiteSpec[] {
	return [
		{
			key: chartCiteKey(`share/${page.table.snapshotId}`),
			id: `share-${page.table.snapshotId}`,
			title: t(lang, 'results.share.title', { snapshot: page.table.label }),
			release: page.table.label,
			path: href(lang, page.election.id, 'snapshots', page.table.snapshotId),
			anchor: `${page.share.id}-title`,
			asOf: page.table.asOf,
			sources: page.table.sources
		}
	];
}

/** The states page's tile map of each release shown. */
export function statesChartCites(page: StatesPageModel, lang: Locale): ChartCiteSpec[] {
	return page.views.flatMap((view) =>
		view.map
			? [
					{
						key: chartCiteKey(`states/${view.snapshotId}`),
						id: `states-${view.snapshotId}`,
						title: `${view.map.title ?? t(lang, 'states.mapTitle')} · ${view.label}`,
						release: view.label,
						path: href(lang, page.election.id, 'states'),
						anchor: `map-${view.snapshotId}-title`,
						asOf: view.asOf,
						sources: view.sources
					}
				]
			: []
	);
}

/** A claim page's claimed-against-reported bars. */
export function claimChartCites(
	card: ClaimCardModel,
	lang: Locale,
	election: string
): ChartCiteSpec[] {
	if (!card.chart) return [];
	return [
		{
			key: chartCiteKey(`claim/${card.id}`),
			id: `claim-${card.id}`,
			title: `${card.chart.title}: ${card.actor}`,
			path: href(lang, election, 'claims', card.id),
			anchor: `${card.chart.id}-title`,
			asOf: latestAsOf(card.tabulations.flatMap((x) => x.rows.map((r) => r.asOfIso))),
			sources: card.sources
		}
	];
}

/**
 * The statements page's world map and stance-over-time chart. Their links carry no filters: the
 * citation is of the chart as built (the menu's link adds the reader's filters when it opens).
 */
export function statementsChartCites(model: StatementsPageModel, lang: Locale): ChartCiteSpec[] {
	const asOf = model.map.asOf ?? model.series.days.at(-1) ?? '';
	return (['world-map', 'stance-over-time'] as const).map((id) => ({
		key: chartCiteKey(id === 'world-map' ? 'statements-map' : 'stance-over-time'),
		id: id === 'world-map' ? 'statements-map' : 'stance-over-time',
		title:
			id === 'world-map' ? t(lang, 'statements.mapTitle') : t(lang, 'statements.overTimeTitle'),
		path: href(lang, model.election.id, 'statements'),
		anchor: `${id}-title`,
		asOf,
		sources: []
	}));
}
