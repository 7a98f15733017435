import type { ElectionBundle } from '../data/bundle';
import { csvShare, toCsv, type CsvValue } from '../results/csv';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { outcomesAtLevel } from './level-outcomes';
import { sourcesFor } from './lookup';
import { ancestorAt, indexRegions, type RegionIndex } from './region-levels';
import type { SheetRowLike } from './sheet-lookup';

/**
 * Per-state downloads of a release with results below the state level
 * (`/data/<election>/<snapshot>/<state>/regions.csv` and `…/sheets.csv`). Both are UTF-8 without
 * a byte-order mark, comma-separated, CRLF line ends, numbers plain (no thousands separators, dot
 * decimal), and text a spreadsheet would read as a formula starts with `'` (see results/csv.ts).
 *
 * Region columns are named after the election's levels (`state_code`, `state_name`,
 * `municipality_code`, …): a municipality's code repeats from one state to the next, so every row
 * carries the codes and names of the regions above it.
 */

// Every per-state file of a build indexes the same election (thousands of regions): once each.
const indexes = new WeakMap<ElectionBundle['election'], RegionIndex>();
const indexOf = (bundle: ElectionBundle): RegionIndex => {
	let index = indexes.get(bundle.election);
	if (!index) indexes.set(bundle.election, (index = indexRegions(bundle.election, 'es')));
	return index;
};

/** `<level>_code, <level>_name` for every level of the election. */
export function levelColumns(index: RegionIndex): string[] {
	return index.levels.flatMap((l) => [`${l.id}_code`, `${l.id}_name`]);
}

/** The codes and names of a region and the regions above it, one pair per level (empty below). */
function levelCells(index: RegionIndex, regionId: string): CsvValue[] {
	return index.levels.flatMap((l) => {
		const r = ancestorAt(index, regionId, l.id);
		return [r?.code, r?.name];
	});
}

/**
 * Columns of `regions.csv`: one row per region (the state, then its municipalities, then its
 * parishes, each by code) and contestant, largest first. `computed_share` is the contestant's
 * share of the votes listed for that region, computed here, 7 decimals; `units_counted` the tally
 * sheets counted in that region; `sources` the release's source URLs, separated by spaces.
 */
export function regionsCsvColumns(index: RegionIndex): string[] {
	return [
		'election',
		'tabulation',
		'snapshot',
		'as_of',
		'level',
		'region_id',
		...levelColumns(index),
		'contestant',
		'contestant_name',
		'is_group',
		'votes',
		'computed_share',
		'units_counted',
		'valid_votes',
		'null_votes',
		'sources'
	];
}

/**
 * The results of one state and every region below it in one release, tidy (one row per region
 * and contestant).
 * @example buildStateRegionsCsv(bundle, opposition, v1, 'zulia').split('\r\n')[1].startsWith('venezuela-2024,opposition-tally-sheets,opposition-81-7,2024-08-01,state,zulia,') // true
 */
export function buildStateRegionsCsv(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	stateId: string
): string {
	const e = bundle.election;
	const index = indexOf(bundle);
	const groupIds = new Set(e.groups.map((g) => g.id));
	const name = (id: string) =>
		e.candidates.find((c) => c.id === id)?.fullName ??
		e.groups.find((g) => g.id === id)?.name.es ??
		id;
	const sources = sourcesFor(bundle, snapshot.sourceIds)
		.map((s) => s.url)
		.join(' ');
	const state = index.byId.get(stateId);
	const rows: CsvValue[][] = [];
	// A region's level cells, once per region (not once per contestant row).
	const cells = new Map<string, CsvValue[]>();
	const cellsOf = (id: string) => {
		let c = cells.get(id);
		if (!c) cells.set(id, (c = levelCells(index, id)));
		return c;
	};
	for (const level of index.levels) {
		const outcomes =
			state && level.id === state.level
				? outcomesAtLevel(index, snapshot.regions, level.id, groupIds).filter(
						(o) => o.region === stateId
					)
				: outcomesAtLevel(index, snapshot.regions, level.id, groupIds, stateId);
		for (const o of outcomes)
			for (const r of o.rows)
				rows.push([
					e.id,
					tabulation.id,
					snapshot.id,
					snapshot.asOf,
					level.id,
					o.region,
					...cellsOf(o.region),
					r.contestant,
					name(r.contestant),
					groupIds.has(r.contestant),
					r.votes,
					csvShare(r.share),
					o.unitsCounted,
					o.totals.valid,
					o.totals.null,
					sources
				]);
	}
	return toCsv(regionsCsvColumns(index), rows);
}

/**
 * Columns of `sheets.csv`: one row per tally sheet as the publisher's file has it: the sheet key,
 * the regions it belongs to, voting centre, table, registered electors (empty when the file has
 * none), valid and null votes, one `votes_<candidate id>` column per candidate, and the link to
 * the image of the sheet (http or https only; empty when there is none).
 */
export function sheetsCsvColumns(index: RegionIndex, candidates: readonly string[]): string[] {
	return [
		'election',
		'tabulation',
		'snapshot',
		'as_of',
		'sheet',
		...levelColumns(index),
		'centre',
		'table',
		'registered',
		'valid_votes',
		'null_votes',
		...candidates.map((c) => `votes_${c}`),
		'image'
	];
}

/**
 * Sheet rows grouped by the first-level region (state) they belong to, in file order.
 * @example groupSheetsByState(bundle, rows).get('zulia')?.length // Zulia's sheets
 */
export function groupSheetsByState<R extends SheetRowLike>(
	bundle: ElectionBundle,
	rows: readonly R[]
): Map<string, R[]> {
	const index = indexOf(bundle);
	const first = index.levels[0]!.id;
	const out = new Map<string, R[]>();
	const stateOf = new Map<string, string | undefined>();
	for (const row of rows) {
		let state = stateOf.get(row.region);
		if (!stateOf.has(row.region)) {
			state = ancestorAt(index, row.region, first)?.id;
			stateOf.set(row.region, state);
		}
		if (state === undefined) continue;
		const list = out.get(state);
		if (list) list.push(row);
		else out.set(state, [row]);
	}
	return out;
}

/**
 * One state's tally sheets as CSV, in the order of the sheet file.
 * @example buildStateSheetsCsv(bundle, opposition, v1, zuliaRows).split('\r\n').length // rows + 2
 */
export function buildStateSheetsCsv(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	rows: readonly SheetRowLike[]
): string {
	const index = indexOf(bundle);
	const candidates = bundle.election.candidates.map((c) => c.id);
	const cells = new Map<string, CsvValue[]>();
	return toCsv(
		sheetsCsvColumns(index, candidates),
		rows.map((r) => {
			let regionCells = cells.get(r.region);
			if (!regionCells) cells.set(r.region, (regionCells = levelCells(index, r.region)));
			const image = r.image && /^https?:\/\//i.test(r.image) ? r.image : undefined;
			return [
				bundle.election.id,
				tabulation.id,
				snapshot.id,
				snapshot.asOf,
				r.sheet,
				...regionCells,
				r.centre,
				r.table,
				r.registered,
				r.valid,
				r.null,
				...candidates.map((c) => r.votes[c] ?? 0),
				image
			];
		})
	);
}
