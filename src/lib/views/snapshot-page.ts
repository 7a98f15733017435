import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { ShareChartModel } from '../charts/share.config';
import { buildShareModel } from './results-charts';
import { orderedTabulations, snapshotLinks, type SnapshotLink } from './results-section';
import { buildOutstanding, type OutstandingModel } from './snapshot-outstanding';
import { buildSnapshotTable, type SnapshotTableModel } from './snapshot-table';

/** One release's own page: `/<lang>/<election>/snapshots/<snapshot>/`. */
export interface SnapshotPageModel {
	election: { id: string; name: string };
	table: SnapshotTableModel;
	share: ShareChartModel;
	outstanding: OutstandingModel;
	/** Every release of every tabulation, for the selector (official first). */
	selector: { tabulation: string; links: SnapshotLink[] }[];
}

/**
 * Every (tabulation, snapshot) id pair of an election, for the route's `entries`.
 * @example snapshotIds(bundle) // ['cne-bulletin-1', 'cne-bulletin-2', 'opposition-73-2', …]
 */
export function snapshotIds(bundle: ElectionBundle): string[] {
	return orderedTabulations(bundle).flatMap((t) => t.snapshots.map((s) => s.id));
}

/**
 * The model of a release's page, or undefined for an unknown snapshot id.
 * @example buildSnapshotPage(bundle, 'cne-bulletin-1', 'es')?.outstanding.verdict // 'not-decided'
 */
export function buildSnapshotPage(
	bundle: ElectionBundle,
	snapshotId: string,
	locale: Locale
): SnapshotPageModel | undefined {
	const tabs = orderedTabulations(bundle);
	for (const tab of tabs) {
		const snap = tab.snapshots.find((s) => s.id === snapshotId);
		if (!snap) continue;
		const table = buildSnapshotTable(bundle, tab, snap, locale);
		return {
			election: { id: bundle.election.id, name: bundle.election.name[locale] },
			table,
			share: buildShareModel(table, locale),
			outstanding: buildOutstanding(bundle, tab, snap, locale),
			selector: tabs.map((x) => ({ tabulation: x.name[locale], links: snapshotLinks(x, locale) }))
		};
	}
	return undefined;
}
