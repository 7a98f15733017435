import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import {
	buildStatesSnapshotView,
	latestRegionSnapshots,
	type StatesSnapshotView
} from './states-page';

/** The states section of the election page: a compact map of one release and the links. */
export interface StatesSummaryModel {
	view: Pick<
		StatesSnapshotView,
		'tabulationName' | 'snapshotId' | 'label' | 'asOf' | 'timeZone' | 'map' | 'official' | 'sources'
	>;
	/** How many regions the release reports (the link to the table says it). */
	regionCount: number;
}

/**
 * The states section of the election page, or undefined when no tabulation has region results.
 * With several, the official one is shown if it has any, else the first in data order.
 *
 * @example buildStatesSummary(bundle, 'es')?.regionCount // 24
 */
export function buildStatesSummary(
	bundle: ElectionBundle,
	locale: Locale
): StatesSummaryModel | undefined {
	const [first] = latestRegionSnapshots(bundle);
	if (!first) return undefined;
	const v = buildStatesSnapshotView(bundle, first.tabulation, first.snapshot, locale);
	return {
		view: {
			tabulationName: v.tabulationName,
			snapshotId: v.snapshotId,
			label: v.label,
			asOf: v.asOf,
			timeZone: v.timeZone,
			map: v.map,
			official: v.official,
			sources: v.sources
		},
		regionCount: v.rows.length
	};
}
