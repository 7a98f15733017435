import type { ElectionBundle } from '../data/bundle';
import type { Region, RegionLevel } from '../schemas/election';
import { NULL, REGISTERED, ROWS, VALID, VOTES, sumAreas } from '../data/area-sums';
import { SheetTable } from '../data/sheet-table';
import type { SheetRow } from '../schemas/sheet';
import type { RegionResult, Result, Snapshot } from '../schemas/tabulation';
import type { TallyMapping } from './mapping';
import type { TallyFile } from './tally-csv';

/** Vote sums of a set of sheet rows. */
export interface SheetSums {
	rows: number;
	valid: number;
	null: number;
	/** Sum of `registered` over the rows that give it. */
	registered: number;
	votes: Map<string, number>;
}

const emptySums = (): SheetSums => ({
	rows: 0,
	valid: 0,
	null: 0,
	registered: 0,
	votes: new Map()
});

/**
 * Sum sheet rows nationally and for every region on each row's chain of parents.
 *
 * @example aggregateSheets([{ sheet: 'a', region: 'p1', valid: 3, null: 0, votes: { x: 3 } }], new Map([['p1', 's1']])).byRegion.get('s1').valid // 3
 */
export function aggregateSheets(
	rows: readonly SheetRow[] | SheetTable,
	parentOf: ReadonlyMap<string, string | undefined>
): { national: SheetSums; byRegion: Map<string, SheetSums> } {
	const t = rows instanceof SheetTable ? rows : SheetTable.fromRows(rows, []);
	// The sums of every area as arrays (area-sums.ts); each area's map of votes is made once, here.
	const { national, byArea } = sumAreas(t, parentOf);
	const sums = (a: Float64Array): SheetSums => {
		const votes = new Map<string, number>();
		for (let k = 0; k < t.candidates.length; k++) {
			const id = t.candidates[k]!;
			votes.set(id, (votes.get(id) ?? 0) + a[VOTES + k]!);
		}
		return { rows: a[ROWS]!, valid: a[VALID]!, null: a[NULL]!, registered: a[REGISTERED]!, votes };
	};
	return {
		// (No row: no vote ids either, as when the maps were added up.)
		national: t.length > 0 ? sums(national) : emptySums(),
		byRegion: new Map([...byArea].map(([id, a]) => [id, sums(a)]))
	};
}

export interface SheetImportRequest {
	/** The validated election as it is now (regions merged, levels filled in). */
	bundle: ElectionBundle;
	tabulationId: string;
	snapshotId: string;
	asOf: string;
	/** Required for a new snapshot. */
	label?: { es: string; en: string };
	/** Sources of the file: added to the snapshot's sources and its `sheets.sourceIds`. */
	sourceIds: string[];
	mapping: TallyMapping;
	tally: TallyFile;
	/**
	 * Called with the plan's table (the rows with their regions' ids) as soon as it is made; the
	 * plan succeeds from there. import-csv has its worker make the sheet file's bytes from then on,
	 * while the sums are made.
	 */
	onTable?: (table: SheetTable) => void;
}

export interface SheetImportPlan {
	/** Levels to declare in election.json (only when it declares none yet). */
	regionLevels: RegionLevel[] | undefined;
	/** New regions by level id, in order of appearance (they go to `regions/<level>.json`). */
	newRegions: Map<string, Region[]>;
	/** The snapshot as it will be written. */
	snapshot: Snapshot;
	/** Whether the snapshot exists already (it is replaced in place) or is added at the end. */
	replaces: boolean;
	/** The rows of `sheets/<snapshot>.csv`, regions resolved to the election's ids, as columns. */
	table: SheetTable;
	/** The same rows as objects (made on each read; for tests and small files). */
	readonly rows: SheetRow[];
	/** Region results per level id (how many regions of each level the snapshot reports). */
	regionsPerLevel: Map<string, number>;
}

/**
 * Turn a mapped tally-sheet file into the change of an election: levels, new regions, the snapshot
 * (national totals, results for every level present, coverage as sheets counted) and its sheet
 * rows. Pure: nothing is read or written; `errors` says why it cannot be done.
 */
export function planSheetImport(req: SheetImportRequest): {
	plan?: SheetImportPlan;
	errors: string[];
} {
	const { bundle, mapping, tally } = req;
	const e = bundle.election;
	const errors: string[] = [];
	const tabulation = bundle.tabulations.find((t) => t.id === req.tabulationId);
	if (!tabulation)
		errors.push(
			`--tabulation: expected one of ${bundle.tabulations.map((t) => t.id).join(', ')}, got ${JSON.stringify(req.tabulationId)}`
		);
	const candidateIds = e.candidates.map((c) => c.id);
	const mapped = new Set(Object.values(mapping.candidates));
	for (const id of mapped)
		if (!candidateIds.includes(id))
			errors.push(
				`mapping ${mapping.id} › candidates: expected candidate ids of ${e.id} (${candidateIds.join(', ')}), got ${JSON.stringify(id)}`
			);
	for (const id of candidateIds)
		if (!mapped.has(id))
			errors.push(
				`mapping ${mapping.id} › candidates: expected a column for every candidate of ${e.id}, got none for ${JSON.stringify(id)} (its votes would be made up as 0)`
			);

	// Levels: the mapping's must be the election's (or become them when it declares none).
	const levelIds = mapping.levels.map((l) => l.level);
	let regionLevels: RegionLevel[] | undefined;
	if (e.regionLevels) {
		const declared = e.regionLevels.map((l) => l.id);
		if (declared.join(',') !== levelIds.join(','))
			errors.push(
				`mapping ${mapping.id} › levels: expected the levels election.json declares (${declared.join(', ')}), got ${levelIds.join(', ')}`
			);
	} else if (levelIds.length > 1)
		regionLevels = mapping.levels.map((l) => ({ id: l.level, name: l.levelName }));
	const firstLevel = levelIds[0]!;
	const levelOf = (r: Region) => r.level ?? e.regionLevels?.[0]?.id ?? firstLevel;

	// Regions: match existing ones (by code where the mapping says so, else by id), create the rest.
	const byId = new Map(e.regions.map((r) => [r.id, r]));
	const byLevelCode = new Map(e.regions.map((r) => [`${levelOf(r)}\u0000${r.code}`, r]));
	const keyToId = new Map<string, string>();
	const newRegions = new Map<string, Region[]>();
	const parentOf = new Map<string, string | undefined>(e.regions.map((r) => [r.id, r.parent]));
	for (const ref of tally.regions.values()) {
		const parent = ref.parentKey === undefined ? undefined : keyToId.get(ref.parentKey);
		const found = ref.matchCode
			? byLevelCode.get(`${ref.level}\u0000${ref.code}`)
			: byId.get(ref.key);
		if (found) {
			if (levelOf(found) !== ref.level || found.parent !== parent) {
				errors.push(
					`line ${ref.line}: ${ref.level} ${JSON.stringify(ref.name)} (${ref.key}) matches region ${found.id}, which is of level ${levelOf(found)} under ${found.parent ?? 'no parent'}; the file puts it under ${parent ?? 'no parent'}`
				);
				continue;
			}
			keyToId.set(ref.key, found.id);
			continue;
		}
		if (byId.has(ref.key)) {
			errors.push(
				`line ${ref.line}: a new ${ref.level} would take the id ${ref.key}, already used by another region`
			);
			continue;
		}
		const region: Region = { id: ref.key, code: ref.code, name: ref.name };
		if (ref.level !== firstLevel || e.regionLevels) region.level = ref.level;
		if (parent !== undefined) region.parent = parent;
		byId.set(region.id, region);
		parentOf.set(region.id, parent);
		keyToId.set(ref.key, region.id);
		const list = newRegions.get(ref.level) ?? [];
		list.push(region);
		newRegions.set(ref.level, list);
	}
	const old = tabulation?.snapshots.find((s) => s.id === req.snapshotId);
	if (!old && !req.label)
		errors.push(
			`--label-es and --label-en: expected a label for the new snapshot ${req.snapshotId}, got none`
		);
	if (!old && req.sourceIds.length === 0)
		errors.push(
			`--source: expected at least one source id for the new snapshot ${req.snapshotId}, got none`
		);
	if (tally.table.length === 0) errors.push('the file: expected at least one valid row, got none');
	if (errors.length > 0 || !tabulation) return { errors };

	// The rows keep their columns; only the table's region ids are resolved.
	const table = tally.table.withRegionIds(tally.table.regionIds.map((key) => keyToId.get(key)!));
	req.onTable?.(table);
	const { national, byRegion } = aggregateSheets(table, parentOf);
	const carried = new Map((old?.results ?? []).map((r) => [r.contestant, r]));
	const resultsOf = (s: SheetSums, announced: boolean): Result[] =>
		candidateIds.map((id) => {
			const r: Result = { contestant: id, votes: s.votes.get(id) ?? 0 };
			const prev = announced ? carried.get(id) : undefined;
			if (prev?.announcedPercent !== undefined) r.announcedPercent = prev.announcedPercent;
			if (prev?.announcedText !== undefined) r.announcedText = prev.announcedText;
			return r;
		});
	const allRegions = [...e.regions, ...[...newRegions.values()].flat()];
	const regionResults: RegionResult[] = [];
	const regionsPerLevel = new Map<string, number>();
	for (const level of levelIds)
		for (const r of allRegions) {
			if ((r.level ?? firstLevel) !== level) continue;
			const s = byRegion.get(r.id);
			if (!s) continue;
			regionsPerLevel.set(level, (regionsPerLevel.get(level) ?? 0) + 1);
			const totals: RegionResult['totals'] = { valid: s.valid, null: s.null };
			if (tally.hasRegistered) totals.electorsOnCountedUnits = s.registered;
			regionResults.push({
				region: r.id,
				unitsCounted: s.rows,
				results: resultsOf(s, false),
				totals
			});
		}
	const totals: Snapshot['totals'] = {
		...(old?.totals ?? {}),
		valid: national.valid,
		null: national.null
	};
	if (tally.hasRegistered) totals.electorsOnCountedUnits = national.registered;
	const sourceIds = [...new Set([...(old?.sourceIds ?? []), ...req.sourceIds])];
	const snapshot: Snapshot = {
		id: req.snapshotId,
		label: old?.label ?? req.label!,
		asOf: req.asOf,
		...(old?.asOfNote ? { asOfNote: old.asOfNote } : {}),
		coverage: {
			...(old?.coverage ?? {}),
			unitsCounted: table.length,
			...((old?.coverage.unitsTotal ?? e.countingUnit.total?.count) !== undefined
				? { unitsTotal: old?.coverage.unitsTotal ?? e.countingUnit.total?.count }
				: {})
		},
		results: resultsOf(national, true),
		totals,
		...(old?.turnout ? { turnout: old.turnout } : {}),
		regions: regionResults,
		sheets: {
			rows: table.length,
			sourceIds: req.sourceIds.length > 0 ? req.sourceIds : (old?.sheets?.sourceIds ?? sourceIds)
		},
		sourceIds,
		...(old?.notes ? { notes: old.notes } : {})
	};
	return {
		plan: {
			regionLevels,
			newRegions,
			snapshot,
			replaces: old !== undefined,
			table,
			get rows() {
				return table.toRows();
			},
			regionsPerLevel
		},
		errors
	};
}
