import type { SheetTable } from './sheet-table';

/**
 * The slots of an area's sums (`AreaSums`): rows, valid votes, null votes, registered electors
 * (over the rows that give them), then the votes of each column of the table at `VOTES + k`.
 */
export const ROWS = 0;
export const VALID = 1;
export const NULL = 2;
export const REGISTERED = 3;
export const VOTES = 4;

export interface AreaSums {
	/** Slots per area: `VOTES` + the table's vote columns. */
	stride: number;
	/** Per region of the table (`regionIds`' index): 1 when a row is of it. */
	used: Uint8Array;
	/** Whether every row has candidates ≤ valid and valid + null ≤ registered (where given). */
	consistent: boolean;
	/** All rows (zeros when there are none). */
	national: Float64Array;
	/**
	 * Per region id: the rows of that region and of every region below it; keys in the order they
	 * are first reached (each region of the rows, in the order of `regionIds`, then up its chain).
	 */
	byArea: Map<string, Float64Array>;
}

/**
 * Sum a sheet table's rows per area: each row into its own region (one slot per region of the
 * table), then each region's sums into the national sums and up its chain of parents (`parentOf`;
 * a few thousand regions rather than every row at every level). A chain is followed until it ends
 * or comes back to a region already on it: a parent cycle adds a region's rows to each region of
 * the cycle once (the validation reports the cycle itself). Sums of counts are integers below
 * 2^53, so the order of the additions does not change them.
 *
 * Shared by the import's plan (`aggregateSheets` in import/plan-sheets.ts) and the validation of
 * sheet files (`checkSheets` in bundle.ts), which sum two shapes of table (`SheetTable.withRegionIds`
 * makes the other): the row loop (`sumRows`) and `addSlots` take only arrays and numbers, so the
 * code optimized in the plan's call serves the validation's too (docs/data-cli.md, "Ninth pass").
 */
export function sumAreas(
	t: SheetTable,
	parentOf: ReadonlyMap<string, string | undefined>
): AreaSums {
	const stride = VOTES + t.candidates.length;
	const ids = t.regionIds;
	const acc = new Float64Array(ids.length * stride);
	const used = new Uint8Array(ids.length);
	const { length, region, valid, nul, registered, votes } = t;
	const consistent = sumRows(length, stride, region, valid, nul, registered, votes, acc, used);
	// A region's own sums (two indices of the table with the same id are one region).
	const own = new Map<string, Float64Array>();
	for (let ri = 0; ri < ids.length; ri++)
		if (used[ri]) addSlots(areaOf(own, ids[ri]!, stride), acc, ri * stride, stride);
	const national = new Float64Array(stride);
	const byArea = new Map<string, Float64Array>();
	const seen = new Set<string>();
	for (const [id, sums] of own) {
		addSlots(national, sums, 0, stride);
		seen.clear();
		for (let r: string | undefined = id; r !== undefined && !seen.has(r); r = parentOf.get(r)) {
			seen.add(r);
			addSlots(areaOf(byArea, r, stride), sums, 0, stride);
		}
	}
	return { stride, used, consistent, national, byArea };
}

/**
 * The row pass: each of the `n` rows' counts into the `stride` slots of its region in `acc` (and
 * `used`), the columns as locals; whether every row is consistent (candidates ≤ valid, valid + null
 * ≤ registered where given).
 */
function sumRows(
	n: number,
	stride: number,
	region: Int32Array,
	valid: Float64Array,
	nul: Float64Array,
	registered: Float64Array,
	votes: Float64Array,
	acc: Float64Array,
	used: Uint8Array
): boolean {
	const nc = stride - VOTES;
	let consistent = true;
	for (let i = 0; i < n; i++) {
		const ri = region[i]!;
		const v = valid[i]!;
		const u = nul[i]!;
		const reg = registered[i]!;
		const o = ri * stride;
		let cand = 0;
		for (let k = 0, b = i * nc; k < nc; k++) {
			const x = votes[b + k]!;
			cand += x;
			acc[o + VOTES + k] = acc[o + VOTES + k]! + x;
		}
		if (cand > v || (reg >= 0 && v + u > reg)) consistent = false;
		used[ri] = 1;
		acc[o + ROWS] = acc[o + ROWS]! + 1;
		acc[o + VALID] = acc[o + VALID]! + v;
		acc[o + NULL] = acc[o + NULL]! + u;
		if (reg >= 0) acc[o + REGISTERED] = acc[o + REGISTERED]! + reg;
	}
	return consistent;
}

/** Area `id` of `areas` (made at zero when new). */
function areaOf(areas: Map<string, Float64Array>, id: string, stride: number): Float64Array {
	let a = areas.get(id);
	if (!a) areas.set(id, (a = new Float64Array(stride)));
	return a;
}

/** `to[j] += from[o + j]` for the `stride` slots of an area. */
function addSlots(to: Float64Array, from: Float64Array, o: number, stride: number) {
	for (let j = 0; j < stride; j++) to[j] = to[j]! + from[o + j]!;
}
