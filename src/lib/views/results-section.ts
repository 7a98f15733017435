import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Tabulation } from '../schemas/tabulation';
import type { ShareChartModel } from '../charts/share.config';
import type { TimelineModel } from '../charts/timeline.config';
import { buildSnapshotTable, latestSnapshot, type SnapshotTableModel } from './snapshot-table';
import { buildOutstandingRows, type OutstandingModel } from './snapshot-outstanding';
import { buildPairedShareModel, buildShareModel, buildTimelineModel } from './results-charts';

/** A link in the snapshot selector: one prerendered page per release. */
export interface SnapshotLink {
	id: string;
	label: string;
	asOf: string;
}

/** One tabulation as the election page shows it: its latest release, chart and every release. */
export interface TabulationView {
	id: string;
	name: string;
	official: boolean;
	/** The latest release: headline, table and share chart. */
	latest: SnapshotTableModel;
	share: ShareChartModel;
	snapshots: SnapshotLink[];
}

export interface ResultsSectionModel {
	/** Official tabulation first, then the others in data order (never merged). */
	tabulations: TabulationView[];
	/** Latest snapshot of the official tabulation first, then the latest of each other one. */
	latest: SnapshotTableModel[];
	/**
	 * Paired bars of the latest releases when there is more than one tabulation, keyed by the
	 * tabulation shown first (the reader's main count).
	 */
	compare: Record<string, ShareChartModel> | undefined;
	timeline: TimelineModel;
	/** "Could it still change?": every release with coverage below 100 %. */
	outstanding: OutstandingModel[];
}

/** Tabulations with the official one first (stable for the others). */
export function orderedTabulations(bundle: ElectionBundle): Tabulation[] {
	return [...bundle.tabulations].sort((a, b) => Number(b.official) - Number(a.official));
}

/**
 * Links to every release of a tabulation, in publication order.
 * @example snapshotLinks(cne, 'es').map((l) => l.id) // ['cne-bulletin-1', 'cne-bulletin-2']
 */
export function snapshotLinks(tabulation: Tabulation, locale: Locale): SnapshotLink[] {
	return tabulation.snapshots.map((s) => ({ id: s.id, label: s.label[locale], asOf: s.asOf }));
}

/**
 * The results section of the election page: per tabulation the latest release (headline, share
 * chart, table) and links to every release; the paired comparison; the coverage timeline; and
 * the outstanding-vote analysis of every release below 100 %.
 * @example buildResultsSection(bundle, 'es').outstanding[0].sentence
 * // 'Con el 80 % anunciado, González necesitaba el 64,0 % de los votos restantes (61,7 % …'
 */
export function buildResultsSection(bundle: ElectionBundle, locale: Locale): ResultsSectionModel {
	const tabs = orderedTabulations(bundle);
	const tables = tabs.map((tab) => ({
		tab,
		all: tab.snapshots.map((s) => buildSnapshotTable(bundle, tab, s, locale))
	}));
	const tabulations: TabulationView[] = tables.map(({ tab, all }) => {
		const latest = all[all.length - 1]!;
		return {
			id: tab.id,
			name: tab.name[locale],
			official: tab.official,
			latest,
			share: buildShareModel(latest, locale),
			snapshots: snapshotLinks(tab, locale)
		};
	});
	const latest = tabulations.map((x) => x.latest);
	return {
		tabulations,
		latest,
		compare:
			latest.length > 1
				? Object.fromEntries(
						tabulations.map((x) => [
							x.id,
							buildPairedShareModel(
								bundle,
								[x.latest, ...latest.filter((l) => l !== x.latest)],
								locale
							)
						])
					)
				: undefined,
		timeline: buildTimelineModel(
			bundle,
			tables.map(({ tab, all }) => ({
				official: tab.official,
				name: tab.name[locale],
				snapshots: all
			})),
			locale
		),
		outstanding: buildOutstandingRows(bundle, locale)
	};
}

export { latestSnapshot };
