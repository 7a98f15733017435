/**
 * The tally-sheet lookup: the per-state file the page loads on demand (built at build time), and
 * the pure steps the page takes through it (state → municipality → parish → voting centre →
 * table). Browser-safe: no zod, no Node. The file is read defensively: the page shows a clear
 * message for a file it cannot read instead of wrong figures.
 */

/** A sheet row as the data contract defines it (`src/lib/schemas/sheet.ts`). */
export interface SheetRowLike {
	sheet: string;
	region: string;
	centre?: string;
	table?: string;
	registered?: number;
	valid: number;
	null: number;
	votes: Record<string, number>;
	image?: string;
}

/** Version of the file layout below; bump it when the layout changes. */
export const LOOKUP_FILE_VERSION = 1;

/**
 * One state's sheets as a compact file: arrays, not objects, so 2,600 sheets stay small.
 * - `regions`: `[id, code, name, parent id]` of every region below the state;
 * - `sheets`: `[sheet, region, centre, table, registered, valid, null, …votes in `candidates`
 *   order, image]`, with `null` for an absent centre, table, registered count or image.
 */
export interface LookupFile {
	version: number;
	election: string;
	snapshot: string;
	state: string;
	candidates: string[];
	regions: [string, string, string, string][];
	sheets: (string | number | null)[][];
}

/**
 * The lookup file of one state from its sheet rows and regions.
 * @example buildLookupFile('venezuela-2024', 'opposition-81-7', 'zulia', ['gonzalez', 'maduro'], regions, rows).sheets[0]
 * // ['230101001-1', 'p-21-1-1', '230101001', '1', 520, 300, 2, 200, 100, 'https://…']
 */
export function buildLookupFile(
	election: string,
	snapshot: string,
	state: string,
	candidates: readonly string[],
	regions: readonly { id: string; code: string; name: string; parent?: string }[],
	rows: readonly SheetRowLike[]
): LookupFile {
	return {
		version: LOOKUP_FILE_VERSION,
		election,
		snapshot,
		state,
		candidates: [...candidates],
		regions: regions.map((r) => [r.id, r.code, r.name, r.parent ?? state]),
		sheets: rows.map((r) => [
			r.sheet,
			r.region,
			r.centre ?? null,
			r.table ?? null,
			r.registered ?? null,
			r.valid,
			r.null,
			...candidates.map((c) => r.votes[c] ?? 0),
			r.image ?? null
		])
	};
}

/** A sheet as the page shows it. */
export interface LookupSheet {
	sheet: string;
	region: string;
	centre: string;
	table: string;
	registered: number | undefined;
	valid: number;
	null: number;
	/** Votes in the file's `candidates` order. */
	votes: number[];
	/** Only an http(s) URL survives; anything else is dropped (never a `javascript:` link). */
	image: string | undefined;
}

export interface LookupData {
	candidates: string[];
	regions: Map<string, { id: string; code: string; name: string; parent: string }>;
	sheets: LookupSheet[];
}

/**
 * The URL if it is http(s), else undefined.
 * @example safeHttpUrl('https://static.resultadosconvzla.com/1.jpg') // 'https://static.resultadosconvzla.com/1.jpg'
 * @example safeHttpUrl('javascript:alert(1)') // undefined
 */
export function safeHttpUrl(url: unknown): string | undefined {
	if (typeof url !== 'string') return undefined;
	try {
		const u = new URL(url);
		return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
	} catch {
		return undefined;
	}
}

const isCount = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const isText = (v: unknown): v is string => typeof v === 'string';

/**
 * The lookup file read back, or the first problem found (`path: expected …, got …`).
 * @example readLookupFile({ version: 2 }) // { error: 'version: expected 1, got 2' }
 */
export function readLookupFile(json: unknown): LookupData | { error: string } {
	const got = (v: unknown) => JSON.stringify(v)?.slice(0, 40) ?? String(v);
	if (typeof json !== 'object' || json === null)
		return { error: `file: expected an object, got ${got(json)}` };
	const f = json as Partial<LookupFile>;
	if (f.version !== LOOKUP_FILE_VERSION)
		return { error: `version: expected ${LOOKUP_FILE_VERSION}, got ${got(f.version)}` };
	if (!Array.isArray(f.candidates) || !f.candidates.every(isText))
		return { error: `candidates: expected a list of ids, got ${got(f.candidates)}` };
	if (!Array.isArray(f.regions))
		return { error: `regions: expected a list, got ${got(f.regions)}` };
	if (!Array.isArray(f.sheets)) return { error: `sheets: expected a list, got ${got(f.sheets)}` };
	const regions: LookupData['regions'] = new Map();
	for (const [i, r] of f.regions.entries()) {
		if (!Array.isArray(r) || r.length !== 4 || !r.every(isText))
			return { error: `regions[${i}]: expected [id, code, name, parent], got ${got(r)}` };
		regions.set(r[0], { id: r[0], code: r[1], name: r[2], parent: r[3] });
	}
	const n = f.candidates.length;
	const sheets: LookupSheet[] = [];
	for (const [i, s] of f.sheets.entries()) {
		if (!Array.isArray(s) || s.length !== 8 + n)
			return { error: `sheets[${i}]: expected ${8 + n} fields, got ${got(s)}` };
		const [sheet, region, centre, table, registered, valid, nul] = s;
		const votes = s.slice(7, 7 + n);
		if (
			!isText(sheet) ||
			!isText(region) ||
			!(centre === null || isText(centre)) ||
			!(table === null || isText(table)) ||
			!(registered === null || isCount(registered)) ||
			!isCount(valid) ||
			!isCount(nul) ||
			!votes.every(isCount)
		)
			return { error: `sheets[${i}]: expected text ids and whole counts ≥ 0, got ${got(s)}` };
		sheets.push({
			sheet,
			region,
			centre: centre ?? '',
			table: table ?? '',
			registered: registered ?? undefined,
			valid,
			null: nul,
			votes: votes as number[],
			image: safeHttpUrl(s[7 + n])
		});
	}
	return { candidates: [...f.candidates], regions, sheets };
}

/** Codes in numeric order when both are whole numbers ("2" before "10"), else as text. */
function byCode(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b) || a.localeCompare(b);
	return a.localeCompare(b, 'es');
}

/**
 * The regions directly below `parent`, by code.
 * @example childRegions(data, 'zulia').map((r) => r.name) // ['MP. ALMIRANTE PADILLA', …]
 */
export function childRegions(
	data: LookupData,
	parent: string
): { id: string; code: string; name: string }[] {
	return [...data.regions.values()]
		.filter((r) => r.parent === parent)
		.sort((a, b) => byCode(a.code, b.code));
}

/**
 * The voting centres of a region with how many sheets each has, by code.
 * @example centresIn(data, 'p-21-1-1') // [{ centre: '230101001', sheets: 4 }, …]
 */
export function centresIn(data: LookupData, region: string): { centre: string; sheets: number }[] {
	const counts = new Map<string, number>();
	for (const s of data.sheets)
		if (s.region === region) counts.set(s.centre, (counts.get(s.centre) ?? 0) + 1);
	return [...counts.entries()]
		.map(([centre, sheets]) => ({ centre, sheets }))
		.sort((a, b) => byCode(a.centre, b.centre));
}

/**
 * The sheets (tables) of one centre in a region, by table number.
 * @example tablesIn(data, 'p-21-1-1', '230101001').map((s) => s.table) // ['1', '2', '3']
 */
export function tablesIn(data: LookupData, region: string, centre: string): LookupSheet[] {
	return data.sheets
		.filter((s) => s.region === region && s.centre === centre)
		.sort((a, b) => byCode(a.table, b.table) || byCode(a.sheet, b.sheet));
}

/**
 * Shares of the valid votes on one sheet, in points (NaN when the sheet has no valid votes).
 * @example sheetShares({ valid: 400, votes: [300, 100] }) // [75, 25]
 */
export function sheetShares(sheet: Pick<LookupSheet, 'valid' | 'votes'>): number[] {
	return sheet.votes.map((v) => (sheet.valid > 0 ? (v / sheet.valid) * 100 : Number.NaN));
}

/**
 * The names of the regions from the state down to a sheet's region, the state's name first.
 * @example regionPath(data, sheetInParish111, 'Alfa') // ['Alfa', 'MP. UNO', 'PQ. UNO']
 */
export function regionPath(data: LookupData, sheet: LookupSheet, stateName: string): string[] {
	const out: string[] = [];
	for (let r = data.regions.get(sheet.region); r; r = data.regions.get(r.parent))
		out.unshift(r.name);
	return [stateName, ...out];
}

/**
 * The ids of the regions below the state down to a sheet's region (the finer selects' values).
 * @example regionIds(data, sheetInParish111, 's1') // ['m-1-1', 'p-1-1-1']
 */
export function regionIds(data: LookupData, sheet: LookupSheet, stateId: string): string[] {
	const out: string[] = [];
	for (
		let r = data.regions.get(sheet.region);
		r && r.id !== stateId;
		r = data.regions.get(r.parent)
	)
		out.unshift(r.id);
	return out;
}
