import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildResultsSection, orderedTabulations } from '../views/results-section';
import { buildSnapshotTable } from '../views/snapshot-table';
import { buildShareModel } from '../views/results-charts';
import { buildStatesPage, hasRegionResults } from '../views/states-page';
import { buildStatementsPage } from '../views/statements-page';
import { buildClaimCard } from '../views/claims-page';
import { chartKey } from '../views/chart-share';
import {
	claimChartData,
	shareChartData,
	stanceMapData,
	stanceSeriesData,
	tileMapData,
	timelineChartData,
	type ChartData
} from '../views/chart-data';

/** The language the chart files' labels are written in (the ids are always there beside them). */
export const CHART_DATA_LOCALE: Locale = 'es';

/**
 * Every chart file of an election (`/data/<election>/charts/<key>.csv|.json`), from the same
 * builders the pages use, so a file holds exactly the numbers its chart draws.
 */
export function allChartData(bundle: ElectionBundle): ChartData[] {
	let files = cache.get(bundle);
	if (!files) cache.set(bundle, (files = build(bundle)));
	return files;
}

// The prerenderer asks for every file in turn; build an election's files once.
const cache = new WeakMap<ElectionBundle, ChartData[]>();

function build(bundle: ElectionBundle): ChartData[] {
	const locale = CHART_DATA_LOCALE;
	const out: ChartData[] = [];
	for (const tab of orderedTabulations(bundle))
		for (const s of tab.snapshots) {
			const table = buildSnapshotTable(bundle, tab, s, locale);
			out.push(shareChartData(chartKey('share', s.id), buildShareModel(table, locale)));
		}
	const results = buildResultsSection(bundle, locale);
	for (const [tab, model] of Object.entries(results.compare ?? {}))
		out.push(shareChartData(chartKey('compare', tab), model));
	out.push(timelineChartData(chartKey('coverage'), results.timeline));

	if (hasRegionResults(bundle))
		for (const v of buildStatesPage(bundle, locale).views)
			if (v.map) out.push(tileMapData(chartKey('states', v.snapshotId), v.map));

	const st = buildStatementsPage(bundle, locale);
	out.push(stanceMapData(chartKey('statements-map'), st.map));
	out.push(stanceSeriesData(chartKey('stance-over-time'), st.series));

	for (const c of bundle.claims) {
		const chart = buildClaimCard(bundle, c, locale).chart;
		if (chart) out.push(claimChartData(chartKey('claim', c.id), chart));
	}
	return out;
}
