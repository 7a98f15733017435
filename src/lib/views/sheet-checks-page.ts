import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import type { Source } from '../schemas/source';
import type { SheetRow } from '../results/sheet-row';
import {
	computeSheetChecks,
	type ConsistencySummary,
	type FailingSheet,
	type RegionSheetSummary
} from '../results/sheet-checks';
import type { DigitTest } from '../results/digits';
import type { Fingerprint } from '../results/fingerprint';
import type { TurnoutSummary } from '../results/turnout';
import { sheetTurnout, turnoutAtLeast, votersOf } from '../results/turnout';
import { orderedTabulations } from './results-section';
import { releaseInfo, shortNameOf, type ReleaseInfo } from './snapshot-table';
import { sourcesFor } from './lookup';

/**
 * Lists on the page are capped so a file full of problems still gives a page that loads; the
 * counts above each list are always the full ones.
 */
export const LIST_CAP = 500;

/** A sheet named for a reader: where it is and its image. */
export interface SheetRef {
	sheet: string;
	/** The name of the sheet's own (finest) region, and of the region it is reported under. */
	place: string;
	centre: string | undefined;
	table: string | undefined;
	image: string | undefined;
}

export interface HighTurnoutSheet extends SheetRef {
	registered: number;
	voters: number;
	/** Turnout in points. */
	turnout: number;
	/** The leading candidate's share of the sheet's valid votes, in points (undefined: no valid votes). */
	leaderShare: number | undefined;
}

export interface DigitSection {
	candidate: string;
	name: string;
	votes: number;
	last: DigitTest;
	second: DigitTest;
}

/** The page `/<lang>/<election>/snapshots/<snapshot>/sheet-checks/`. */
export interface SheetChecksPageModel {
	election: { id: string; name: string };
	release: ReleaseInfo;
	/** The sheet file the figures are computed from, and where it came from. */
	file: string;
	fileSources: Source[];
	/** What the sheets add up to (the release's own published counts). */
	totals: { name: string; votes: number }[];
	/** The release's totals as published (any may be missing). */
	releaseTotals: {
		valid?: number;
		null?: number;
		blank?: number;
		voters?: number;
		electors?: number;
	};
	sheets: number;
	consistency: Omit<ConsistencySummary, 'failing'> & {
		failing: (FailingSheet & { place: string })[];
		failingTotal: number;
	};
	turnout: TurnoutSummary;
	highTurnout: HighTurnoutSheet[];
	fingerprint: (Fingerprint & { name: string }) | undefined;
	digits: DigitSection[];
	byRegion: (RegionSheetSummary & { name: string })[];
	/** Sheets whose region belongs to no region of the reporting level. */
	unassigned: number;
	/** The level the per-region table reports (e.g. "Estado"), when the election names it. */
	regionLevelName: string | undefined;
}

/** Snapshot ids of an election that have sheet rows (`hasSheets` says which do). */
export function sheetSnapshotIds(
	bundle: ElectionBundle,
	hasSheets: (snapshot: Snapshot) => boolean
): string[] {
	return orderedTabulations(bundle).flatMap((t) => t.snapshots.filter(hasSheets).map((s) => s.id));
}

export interface SheetChecksInput {
	rows: readonly SheetRow[];
	/** Path of the sheet file as the data folder has it (`sheets/<snapshot>.csv`). */
	file: string;
	/** Sources of the sheet file. */
	sourceIds: readonly string[];
	/** Region a sheet's region is reported under (e.g. parish → state); undefined: none. */
	groupOf: (regionId: string) => string | undefined;
	/** Display name of any region id. */
	regionName: (regionId: string) => string;
	regionLevelName?: string;
}

/**
 * The sheet-checks page of a release, or undefined for an unknown snapshot id. Every check is
 * computed here, at build time; the page only formats.
 * @example buildSheetChecksPage(bundle, 'opposition-81-7', input, 'es')?.sheets // 24532
 */
export function buildSheetChecksPage(
	bundle: ElectionBundle,
	snapshotId: string,
	input: SheetChecksInput,
	locale: Locale
): SheetChecksPageModel | undefined {
	let tab: Tabulation | undefined;
	let snap: Snapshot | undefined;
	for (const t of bundle.tabulations) {
		const s = t.snapshots.find((x) => x.id === snapshotId);
		if (s) [tab, snap] = [t, s];
	}
	if (!tab || !snap) return undefined;
	const candidates = bundle.election.candidates.map((c) => c.id);
	const { rows, groupOf, regionName } = input;
	const checks = computeSheetChecks(rows, candidates, groupOf);
	const place = (regionId: string) => {
		const g = groupOf(regionId);
		const own = regionName(regionId);
		return g && g !== regionId ? `${own}, ${regionName(g)}` : own;
	};
	const ref = (r: SheetRow): SheetRef => ({
		sheet: r.sheet,
		place: place(r.region),
		centre: r.centre,
		table: r.table,
		image: r.image
	});
	const regionOrder = new Map(bundle.election.regions.map((r, i) => [r.id, i]));
	const leader = checks.fingerprint?.candidate;
	const highTurnout: HighTurnoutSheet[] = [];
	for (const r of rows) {
		if (!turnoutAtLeast(r, checks.turnout.threshold)) continue;
		if (highTurnout.length >= LIST_CAP) break;
		highTurnout.push({
			...ref(r),
			registered: r.registered!,
			voters: votersOf(r),
			turnout: sheetTurnout(r)!,
			leaderShare:
				leader !== undefined && r.valid > 0 ? ((r.votes[leader] ?? 0) * 100) / r.valid : undefined
		});
	}
	const { failing, ...counts } = checks.consistency;
	return {
		election: { id: bundle.election.id, name: bundle.election.name[locale] },
		release: releaseInfo(bundle, tab, snap, locale),
		file: input.file,
		fileSources: sourcesFor(bundle, input.sourceIds),
		totals: snap.results.map((r) => ({
			name: shortNameOf(bundle, r.contestant, locale),
			votes: r.votes
		})),
		releaseTotals: {
			valid: snap.totals.valid,
			null: snap.totals.null,
			blank: snap.totals.blank,
			voters: snap.totals.voters,
			electors: snap.totals.electorsOnCountedUnits
		},
		sheets: rows.length,
		consistency: {
			...counts,
			failing: failing.slice(0, LIST_CAP).map((f) => ({ ...f, place: place(f.region) })),
			failingTotal: failing.length
		},
		turnout: checks.turnout,
		highTurnout,
		fingerprint: checks.fingerprint && {
			...checks.fingerprint,
			name: shortNameOf(bundle, checks.fingerprint.candidate, locale)
		},
		digits: checks.digits.map((d) => ({ ...d, name: shortNameOf(bundle, d.candidate, locale) })),
		// In the election's own order of regions (by code), not in the order sheets come.
		byRegion: checks.byRegion.regions
			.map((r) => ({
				...r,
				name: regionName(r.region),
				order: regionOrder.get(r.region) ?? Infinity
			}))
			.sort((a, b) => a.order - b.order)
			.map(({ order: _order, ...r }) => r),
		unassigned: checks.byRegion.unassigned,
		regionLevelName: input.regionLevelName
	};
}
