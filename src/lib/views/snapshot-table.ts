import type { ElectionBundle } from '../data/bundle';
import { announcedDigits, differsFromAnnounced } from '../results/shares';
import type { MarginResult } from '../results/margin';
import { coverageFraction } from '../results/outstanding';
import {
	analyseRelease,
	releaseContext,
	type ReleaseBase,
	coversAllCandidates
} from '../results/release';
import type { Locale, When } from '../schemas/common';
import type { Source } from '../schemas/source';
import type { Coverage, Snapshot, Tabulation, Totals } from '../schemas/tabulation';
import { hasTime, whenBounds } from '../i18n/format';
import { contestantInfo, actorName, sourcesFor, type ContestantInfo } from './lookup';

export interface SnapshotRow extends ContestantInfo {
	/** Short name for charts and sentences ("González"); the group name for a group. */
	shortName: string;
	votes: number;
	share: number;
	announcedPercent: number | undefined;
	/** Decimals the announced percentage was given with. */
	announcedDigits: number;
	/** The announced share differs from the computed one at the announced precision. */
	announcedDiffers: boolean;
}

/** What every view of a release needs to name and cite it: who published what, when, from where. */
export interface ReleaseInfo {
	tabulationId: string;
	tabulationName: string;
	official: boolean;
	publisher: string;
	snapshotId: string;
	label: string;
	asOf: When;
	asOfNote: string | undefined;
	timeZone: string;
	sources: Source[];
	notes: string | undefined;
}

/**
 * The name, publisher, time and sources of a release, in a locale.
 * @example releaseInfo(bundle, cne, cne.snapshots[0], 'en').publisher // 'National Electoral Council (CNE)'
 */
export function releaseInfo(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	locale: Locale
): ReleaseInfo {
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
		sources: sourcesFor(bundle, snapshot.sourceIds),
		notes: snapshot.notes?.[locale]
	};
}

/** Everything a results table shows for one snapshot, with raw numbers (views only format). */
export interface SnapshotTableModel extends ReleaseInfo {
	coverage: Coverage;
	turnout: { announcedPercent: number; basis: string | undefined } | undefined;
	totals: Totals;
	rows: SnapshotRow[];
	/** The denominator of every share shown (valid votes, voters or the listed votes). */
	total: number;
	/** What the shares are shares of, and whether it is the listed candidates only. */
	base: ReleaseBase;
	/** Sum of the listed votes (the table's "counted" row). */
	listed: number;
	/** Coverage as a fraction (0–1) and whether it comes from units or the announcement. */
	coverageFraction: number | undefined;
	coverageBasis: 'units' | 'announced' | undefined;
	margin: MarginResult;
	/**
	 * Not every candidate's votes were published (directly or inside a combined group): shares
	 * are then of the votes published only (the opposition's 73.2 % release, fact sheet §2).
	 */
	partial: boolean;
	/** Short names of the contestants listed, in order of votes (for "only X and Y were published"). */
	listedShortNames: string[];
	/** Instant (ms) the release is plotted at, and whether only its date is known. */
	time: number;
	dateOnly: boolean;
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
	const cov = coverageFraction(snapshot.coverage);
	// A date-only release (time of day unconfirmed) is placed at midday of its date.
	const [start, end] = whenBounds(snapshot.asOf, bundle.election.timeZone);
	const analysis = analyseRelease(snapshot, releaseContext(bundle.election));
	const rows: SnapshotRow[] = analysis.shares.map((r) => {
		const digits =
			r.announcedPercent === undefined ? 0 : announcedDigits(r.announcedPercent, r.announcedText);
		return {
			...contestantInfo(bundle, r.contestant, locale),
			shortName: shortNameOf(bundle, r.contestant, locale),
			votes: r.votes,
			share: r.share,
			announcedPercent: r.announcedPercent,
			announcedDigits: digits,
			announcedDiffers:
				r.announcedPercent !== undefined &&
				differsFromAnnounced(r.share, r.announcedPercent, digits)
		};
	});
	return {
		...releaseInfo(bundle, tabulation, snapshot, locale),
		coverage: snapshot.coverage,
		turnout: snapshot.turnout && {
			announcedPercent: snapshot.turnout.announcedPercent,
			basis: snapshot.turnout.basis?.[locale]
		},
		totals: snapshot.totals,
		rows,
		total: analysis.base.total,
		base: analysis.base,
		listed: analysis.listed,
		coverageFraction: cov?.value,
		coverageBasis: cov?.basis,
		margin: { ...analysis.margin, total: analysis.base.total },
		partial: isPartial(bundle, snapshot),
		listedShortNames: rows.map((r) => r.shortName),
		time: (start + end) / 2,
		dateOnly: !hasTime(snapshot.asOf)
	};
}

/**
 * Short name of a candidate ("González"), or the name of a combined group.
 * @example shortNameOf(bundle, 'gonzalez', 'es') // 'González'
 */
export function shortNameOf(bundle: ElectionBundle, id: string, locale: Locale): string {
	const c = bundle.election.candidates.find((x) => x.id === id);
	return c ? c.shortName : contestantInfo(bundle, id, locale).name;
}

/**
 * True when some candidate of the election appears in the release neither by name nor inside a
 * combined group: the release's shares are then shares of the votes published only.
 */
export function isPartial(bundle: ElectionBundle, snapshot: Snapshot): boolean {
	return !coversAllCandidates(snapshot, releaseContext(bundle.election));
}

/**
 * A tabulation's latest snapshot: the last one in publication order (data files list snapshots in
 * the order they were released).
 */
export function latestSnapshot(tabulation: Tabulation): Snapshot {
	return tabulation.snapshots[tabulation.snapshots.length - 1]!;
}
