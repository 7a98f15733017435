import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildSnapshotTable, latestSnapshot, type SnapshotTableModel } from './snapshot-table';

export interface ResultsSectionModel {
	/** Latest snapshot of the official tabulation first, then the latest of each other one. */
	latest: SnapshotTableModel[];
}

/** The results section of the election page. */
export function buildResultsSection(bundle: ElectionBundle, locale: Locale): ResultsSectionModel {
	const tabs = [...bundle.tabulations].sort((a, b) => Number(b.official) - Number(a.official));
	return { latest: tabs.map((t) => buildSnapshotTable(bundle, t, latestSnapshot(t), locale)) };
}
