import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Snapshot } from '../schemas/tabulation';
import { orderedTabulations } from './results-section';
import { actorName } from './lookup';

/** How many sheet rows a snapshot has (undefined: none in the data). */
export type SheetRowsOf = (snapshot: Snapshot) => number | undefined;

/** The "what the tally sheets say" block of the election and claims pages. */
export interface SheetChecksLinksModel {
	/** Releases with sheet rows, each with its page. */
	available: { snapshotId: string; label: string; rows: number }[];
	/** Official-bulletin series with no sheet rows: their publisher published none. */
	officialWithout: { tabulation: string; publisher: string }[];
}

/**
 * Links to every sheet-checks page of an election, and the official series that cannot have one;
 * undefined when there is neither.
 * @example buildSheetChecksLinks(bundle, 'es', rowsOf)?.available[0].snapshotId // 'opposition-81-7'
 */
export function buildSheetChecksLinks(
	bundle: ElectionBundle,
	locale: Locale,
	rowsOf: SheetRowsOf
): SheetChecksLinksModel | undefined {
	const tabs = orderedTabulations(bundle);
	const available = tabs.flatMap((t) =>
		t.snapshots.flatMap((s) => {
			const rows = rowsOf(s);
			return rows ? [{ snapshotId: s.id, label: s.label[locale], rows }] : [];
		})
	);
	const officialWithout = tabs
		.filter((t) => t.kind === 'official-bulletins' && t.snapshots.every((s) => !rowsOf(s)))
		.map((t) => ({
			tabulation: t.name[locale],
			publisher: actorName(bundle, t.publisher, locale)
		}));
	if (available.length === 0 && officialWithout.length === 0) return undefined;
	return { available, officialWithout };
}

/** What a release's page says about sheet-level checks. */
export type ReleaseSheetNote =
	{ kind: 'available'; rows: number } | { kind: 'official'; publisher: string } | { kind: 'none' };

/**
 * The sheet-checks note of one release: a link when it has sheet rows; why not otherwise.
 * @example buildReleaseSheetNote(bundle, 'cne-bulletin-1', 'en', rowsOf) // { kind: 'official', publisher: 'National Electoral Council (CNE)' }
 */
export function buildReleaseSheetNote(
	bundle: ElectionBundle,
	snapshotId: string,
	locale: Locale,
	rowsOf: SheetRowsOf
): ReleaseSheetNote {
	for (const t of bundle.tabulations) {
		const s = t.snapshots.find((x) => x.id === snapshotId);
		if (!s) continue;
		const rows = rowsOf(s);
		if (rows) return { kind: 'available', rows };
		if (t.kind === 'official-bulletins')
			return { kind: 'official', publisher: actorName(bundle, t.publisher, locale) };
		return { kind: 'none' };
	}
	return { kind: 'none' };
}
