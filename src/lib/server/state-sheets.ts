// A release's tally sheets grouped by state, read once per build: the per-state downloads, the
// lookup files and the pages that count sheets all ask for the same groups.
import type { ElectionBundle } from '$lib/data/bundle';
import type { SheetRow } from '$lib/schemas/sheet';
import { groupSheetsByState } from '$lib/views/sheets-csv';
import { loadSheets } from './load-dataset';

const cache = new Map<string, Map<string, SheetRow[]> | null>();

/**
 * The sheet rows of a release by state id (file order within a state), or null when the release
 * has no sheet file.
 */
export function sheetsByState(
	bundle: ElectionBundle,
	snapshotId: string
): Map<string, SheetRow[]> | null {
	const key = `${bundle.election.id}\u0000${snapshotId}`;
	if (!cache.has(key)) {
		const rows = loadSheets(bundle.election.id, snapshotId);
		cache.set(key, rows ? groupSheetsByState(bundle, rows) : null);
	}
	return cache.get(key)!;
}

/** How many sheets each state has in a release (empty without a sheet file). */
export function sheetCountsByState(
	bundle: ElectionBundle,
	snapshotId: string
): Map<string, number> {
	const groups = sheetsByState(bundle, snapshotId);
	return new Map(
		[...(groups ?? new Map<string, SheetRow[]>())].map(([id, rows]) => [id, rows.length])
	);
}
