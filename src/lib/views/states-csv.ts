import type { ElectionBundle } from '../data/bundle';
import { csvShare, toCsv, type CsvValue } from '../results/csv';
import { firstLevelRegions } from '../results/region-tree';
import { computeRegionOutcomes } from '../results/regions';
import { computeShares } from '../results/shares';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { sourcesFor } from './lookup';

/**
 * Columns of the per-snapshot CSV download (`/data/<election>/<snapshot>.csv`). The file is tidy:
 * one row per area and contestant, so it pivots or filters in any spreadsheet without reshaping.
 *
 * - `election`, `tabulation`, `snapshot`: ids, as in the JSON download.
 * - `as_of`: when the release was published, ISO 8601 with offset, or a date alone when the time
 *   of day is not confirmed (never an invented time).
 * - `level`: `national` (the release's own totals) or `region` (a state's results).
 * - `region_code`, `region_name`: the publisher's code and the state's name; empty on national rows.
 * - `contestant`, `contestant_name`, `is_group`: candidate id and name, or a combined group
 *   ("other 8 candidates") that the publisher did not split; `is_group` is `true` for those.
 * - `votes`: the count as published.
 * - `computed_share`: `votes` as a percentage of all votes listed for the same area, computed here
 *   from the counts, 7 decimals, dot decimal separator; empty when nothing was counted.
 * - `announced_share`: the percentage as the publisher announced it; empty if none was announced.
 *   Never a replacement for `computed_share`.
 * - `units_counted`, `units_total`: tally sheets counted (and in all, national rows only).
 * - `valid_votes`, `null_votes`: as published for the area; empty when not published.
 * - `sources`: the release's source URLs, separated by spaces.
 *
 * Numbers are plain (no thousands separators). Text that a spreadsheet would read as a formula
 * starts with `'`. UTF-8, comma-separated, CRLF line ends.
 */
export const SNAPSHOT_CSV_COLUMNS = [
	'election',
	'tabulation',
	'snapshot',
	'as_of',
	'level',
	'region_code',
	'region_name',
	'contestant',
	'contestant_name',
	'is_group',
	'votes',
	'computed_share',
	'announced_share',
	'units_counted',
	'units_total',
	'valid_votes',
	'null_votes',
	'sources'
] as const;

/**
 * The CSV text of one snapshot: national rows (largest first), then each region by code, each
 * region's contestants largest first.
 *
 * @example buildSnapshotCsv(bundle, opposition, opposition83).split('\r\n')[1]
 * // 'venezuela-2024,opposition-tally-sheets,opposition-83-5,2024-08-06,national,,,gonzalez,Edmundo González Urrutia,false,7303480,67.0826…,67.08,25073,30026,10887262,1213,https://…'
 */
export function buildSnapshotCsv(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot
): string {
	const e = bundle.election;
	const groupIds = new Set(e.groups.map((g) => g.id));
	const name = (id: string) =>
		e.candidates.find((c) => c.id === id)?.fullName ??
		e.groups.find((g) => g.id === id)?.name.es ??
		id;
	const sources = sourcesFor(bundle, snapshot.sourceIds)
		.map((s) => s.url)
		.join(' ');
	const rows: CsvValue[][] = [];
	const head = [e.id, tabulation.id, snapshot.id, snapshot.asOf];
	for (const r of computeShares(snapshot.results)) {
		rows.push([
			...head,
			'national',
			undefined,
			undefined,
			r.contestant,
			name(r.contestant),
			groupIds.has(r.contestant),
			r.votes,
			csvShare(r.share),
			r.announcedPercent,
			snapshot.coverage.unitsCounted,
			snapshot.coverage.unitsTotal,
			snapshot.totals.valid,
			snapshot.totals.null,
			sources
		]);
	}
	for (const o of computeRegionOutcomes(firstLevelRegions(e), snapshot.regions, groupIds)) {
		for (const r of o.rows) {
			rows.push([
				...head,
				'region',
				o.code,
				o.name,
				r.contestant,
				name(r.contestant),
				groupIds.has(r.contestant),
				r.votes,
				csvShare(r.share),
				r.announcedPercent,
				o.unitsCounted,
				undefined,
				o.totals.valid,
				o.totals.null,
				sources
			]);
		}
	}
	return toCsv(SNAPSHOT_CSV_COLUMNS, rows);
}

/**
 * The election bundle as the JSON download (and the file the election page polls): the validated
 * data as the site uses it, with regions of the first level only, so the live file stays small;
 * finer levels and the sheet rows are published as files of their own. Tab-free two-space
 * indentation and a final newline, so two builds of the same data are byte-identical and diffs
 * stay readable.
 *
 * @example buildBundleJson(bundle).startsWith('{\n  "election": {') // true
 */
export function buildBundleJson(bundle: ElectionBundle): string {
	return JSON.stringify(firstLevelBundle(bundle), null, 2) + '\n';
}

/**
 * The bundle with only first-level regions and their results (unchanged when the election
 * declares no levels). Still valid by the same rules: a finer region is never a parent of a
 * coarser one, and sheet files are not part of it.
 */
export function firstLevelBundle(bundle: ElectionBundle): ElectionBundle {
	if (!bundle.election.regionLevels) return bundle;
	const regions = firstLevelRegions(bundle.election);
	const ids = new Set(regions.map((r) => r.id));
	return {
		...bundle,
		election: { ...bundle.election, regions },
		tabulations: bundle.tabulations.map((t) => ({
			...t,
			snapshots: t.snapshots.map((s) => ({
				...s,
				regions: s.regions.filter((r) => ids.has(r.region))
			}))
		}))
	};
}

/** Every (snapshot, tabulation) of an election, for download links and prerender entries. */
export function allSnapshots(
	bundle: ElectionBundle
): { tabulation: Tabulation; snapshot: Snapshot }[] {
	return bundle.tabulations.flatMap((tabulation) =>
		tabulation.snapshots.map((snapshot) => ({ tabulation, snapshot }))
	);
}
