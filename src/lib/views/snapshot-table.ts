import type { ElectionBundle } from '../data/bundle';
import { computeShares, totalVotes } from '../results/shares';
import type { Locale, When } from '../schemas/common';
import type { Source } from '../schemas/source';
import type { Coverage, Snapshot, Tabulation, Totals } from '../schemas/tabulation';
import { contestantInfo, actorName, sourcesFor, type ContestantInfo } from './lookup';

export interface SnapshotRow extends ContestantInfo {
	votes: number;
	share: number;
	announcedPercent: number | undefined;
}

/** Everything a results table shows for one snapshot, with raw numbers (views only format). */
export interface SnapshotTableModel {
	tabulationId: string;
	tabulationName: string;
	official: boolean;
	publisher: string;
	snapshotId: string;
	label: string;
	asOf: When;
	asOfNote: string | undefined;
	timeZone: string;
	coverage: Coverage;
	turnout: { announcedPercent: number; basis: string | undefined } | undefined;
	totals: Totals;
	rows: SnapshotRow[];
	total: number;
	notes: string | undefined;
	sources: Source[];
}

/**
 * The table model of one snapshot: rows by votes with computed and announced shares.
 * @example buildSnapshotTable(bundle, cne, cne.snapshots[0], 'es').rows[0].share // 51.1999971…
 */
export function buildSnapshotTable(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	locale: Locale
): SnapshotTableModel {
	return {
		tabulationId: tabulation.id,
		tabulationName: tabulation.name[locale],
		official: tabulation.official,
		publisher: actorName(bundle, tabulation.publisher, locale),
		snapshotId: snapshot.id,
		label: snapshot.label[locale],
		asOf: snapshot.asOf,
		asOfNote: snapshot.asOfNote?.[locale],
		timeZone: bundle.election.timeZone,
		coverage: snapshot.coverage,
		turnout: snapshot.turnout && {
			announcedPercent: snapshot.turnout.announcedPercent,
			basis: snapshot.turnout.basis?.[locale]
		},
		totals: snapshot.totals,
		rows: computeShares(snapshot.results).map((r) => ({
			...contestantInfo(bundle, r.contestant, locale),
			votes: r.votes,
			share: r.share,
			announcedPercent: r.announcedPercent
		})),
		total: totalVotes(snapshot.results),
		notes: snapshot.notes?.[locale],
		sources: sourcesFor(bundle, snapshot.sourceIds)
	};
}

/**
 * A tabulation's latest snapshot: the last one in publication order (data files list snapshots in
 * the order they were released).
 */
export function latestSnapshot(tabulation: Tabulation): Snapshot {
	return tabulation.snapshots[tabulation.snapshots.length - 1]!;
}
