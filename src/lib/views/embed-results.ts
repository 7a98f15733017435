import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildSnapshotTable, latestSnapshot, type SnapshotTableModel } from './snapshot-table';
import { estimateEmbedHeight } from './embed-urls';
import { buildShareModel } from './results-charts';
import type { ShareChartModel } from '../charts/share.config';

/** What an embed shows: compact tables with their sources, and the height to start the iframe at. */
export interface EmbedModel {
	election: string;
	electionName: string;
	timeZone: string;
	/** The snapshot shown alone, or undefined for the headline results. */
	snapshot: string | undefined;
	tables: SnapshotTableModel[];
	/** The share chart of each table, same order (drawn only where JavaScript runs). */
	charts: ShareChartModel[];
	/** Starting iframe height at the reference width (see estimateEmbedHeight). */
	height: number;
}

function withHeight(m: Omit<EmbedModel, 'height' | 'charts'>, locale: Locale): EmbedModel {
	return {
		...m,
		charts: m.tables.map((t) => buildShareModel(t, locale)),
		height: estimateEmbedHeight(m.tables.map((t) => ({ rows: t.rows.length })))
	};
}

/**
 * The headline embed: the latest snapshot of each tabulation, official first, side by side with
 * the others and never merged (DESIGN.md §2, "Tabulation").
 * @example buildEmbedResults(bundle, 'es').tables.map((t) => t.snapshotId)
 * // ['cne-bulletin-2', 'opposition-83-5']
 */
export function buildEmbedResults(bundle: ElectionBundle, locale: Locale): EmbedModel {
	const tabs = [...bundle.tabulations].sort((a, b) => Number(b.official) - Number(a.official));
	return withHeight(
		{
			election: bundle.election.id,
			electionName: bundle.election.name[locale],
			timeZone: bundle.election.timeZone,
			snapshot: undefined,
			tables: tabs.map((t) => buildSnapshotTable(bundle, t, latestSnapshot(t), locale))
		},
		locale
	);
}

/**
 * The embed of one snapshot, or undefined when the election has no snapshot with that id.
 * @example buildEmbedSnapshot(bundle, 'cne-bulletin-1', 'en')?.tables[0]?.label // 'CNE bulletin 1'
 */
export function buildEmbedSnapshot(
	bundle: ElectionBundle,
	snapshotId: string,
	locale: Locale
): EmbedModel | undefined {
	for (const t of bundle.tabulations) {
		const s = t.snapshots.find((x) => x.id === snapshotId);
		if (s)
			return withHeight(
				{
					election: bundle.election.id,
					electionName: bundle.election.name[locale],
					timeZone: bundle.election.timeZone,
					snapshot: s.id,
					tables: [buildSnapshotTable(bundle, t, s, locale)]
				},
				locale
			);
	}
	return undefined;
}

/**
 * Every (election, snapshot) pair, for the prerender entries of snapshot embeds and oEmbed files.
 * @example snapshotIds(bundle) // ['cne-bulletin-1', 'cne-bulletin-2', 'opposition-73-2', …]
 */
export function snapshotIds(bundle: ElectionBundle): string[] {
	return bundle.tabulations.flatMap((t) => t.snapshots.map((s) => s.id));
}
