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
 * table, the columns read from locals: only numbers in the loop, which sees one shape of table),
 * then each region's sums into the national sums and up its chain of parents (`parentOf`; a few
 * thousand regions rather than every row at every level). A chain is followed until it ends or
 * comes back to a region already on it: a parent cycle adds a region's rows to each region of the
 * cycle once (the validation reports the cycle itself). Sums of counts are integers below 2^53,
 * so the order of the additions does not change them.
 *
 * Shared by the validation of sheet files (`checkSheets` in bundle.ts) and the import's plan
 * (`aggregateSheets` in import/plan-sheets.ts): docs/data-cli.md, "Ninth pass".
 */
export function sumAreas(
	t: SheetTable,
	parentOf: ReadonlyMap<string, string | undefined>
): AreaSums {
	const nc = t.candidates.length;
	const stride = VOTES + nc;
	const ids = t.regionIds;
	const acc = new Float64Array(ids.length * stride);
	const used = new Uint8Array(ids.length);
	const { region, valid, nul, registered, votes } = t;
	let consistent = true;
	for (let i = 0; i < t.length; i++) {
		const ri = region[i]!;
		const v = valid[i]!;
		const n = nul[i]!;
		const reg = registered[i]!;
		const o = ri * stride;
		let cand = 0;
		for (let k = 0, b = i * nc; k < nc; k++) {
			const x = votes[b + k]!;
			cand += x;
			acc[o + VOTES + k] = acc[o + VOTES + k]! + x;
		}
		if (cand > v || (reg >= 0 && v + n > reg)) consistent = false;
		used[ri] = 1;
		acc[o + ROWS] = acc[o + ROWS]! + 1;
		acc[o + VALID] = acc[o + VALID]! + v;
		acc[o + NULL] = acc[o + NULL]! + n;
		if (reg >= 0) acc[o + REGISTERED] = acc[o + REGISTERED]! + reg;
	}
	const add = (to: Map<string, Float64Array>, id: string, from: Float64Array, o: number) => {
		let s = to.get(id);
		if (!s) to.set(id, (s = new Float64Array(stride)));
		for (let j = 0; j < stride; j++) s[j] = s[j]! + from[o + j]!;
	};
	// A region's own sums (two indices of the table with the same id are one region).
	const own = new Map<string, Float64Array>();
	for (let ri = 0; ri < ids.length; ri++) if (used[ri]) add(own, ids[ri]!, acc, ri * stride);
	const national = new Float64Array(stride);
	const byArea = new Map<string, Float64Array>();
	const seen = new Set<string>();
	for (const [id, sums] of own) {
		for (let j = 0; j < stride; j++) national[j] = national[j]! + sums[j]!;
		seen.clear();
		for (let r: string | undefined = id; r !== undefined && !seen.has(r); r = parentOf.get(r)) {
			seen.add(r);
			add(byArea, r, sums, 0);
		}
	}
	return { stride, used, consistent, national, byArea };
}
