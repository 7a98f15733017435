import type { SheetRow } from '../schemas/sheet';
import { KeyLines } from '../import/key-lines';
import { SHEET_FIXED_COLUMNS as SHEET_HEADER_FIXED } from './sheet-file';

/** The text cells of a row, as `SheetTable#text` numbers them. */
export const SHEET = 0;
export const CENTRE = 1;
export const TABLE = 2;
export const IMAGE = 3;

/**
 * `codes[a, b)` as a string (UTF-16 code units, lone surrogates included: the exact string they
 * were copied from).
 */
export function codesToString(codes: Uint16Array, a: number, b: number): string {
	if (b - a <= 4096) return String.fromCharCode.apply(null, codes.subarray(a, b) as never);
	let s = '';
	for (let k = a; k < b; k += 4096)
		s += String.fromCharCode.apply(null, codes.subarray(k, Math.min(b, k + 4096)) as never);
	return s;
}

/**
 * Sheet rows as columns: what the data CLI carries from the CSV reader to the plan, the validation
 * and the sheet file's bytes, instead of two objects per row (a row and its votes). For 100,000
 * rows that is 200,000 objects fewer, and most of what the garbage collector did in an import
 * (docs/data-cli.md, "Fourth pass"). Browser-safe.
 *
 * Row `i`: region `regionIds[region[i]]`, `registered[i]` (-1: none), `valid[i]`, `nul[i]`, the
 * votes of candidate `candidates[k]` at `votes[i * candidates.length + k]`, and four text cells,
 * `text(i, SHEET | CENTRE | TABLE | IMAGE)` (undefined: none). The text cells are not strings but
 * bounds into one store of UTF-16 code units (`codes`; cell `c` of row `i` is `codes[bounds[i * 8 +
 * 2c], bounds[i * 8 + 2c + 1])`, a start of -1 for none): the reader copies a row's characters
 * there from the decoded line without making a string, and the whole table crosses a thread
 * boundary as a few buffers moved, not 400,000 strings copied one by one (docs/data-cli.md,
 * "Seventh pass"). Cells may share code units (a centre inside its sheet key). `toRows()` gives
 * the same rows as objects (`SheetRow`, keys in the same order as the reader and `parseSheetCsv`
 * make them).
 */
export class SheetTable {
	length = 0;
	/** Index of each row's region in `regionIds`. */
	region: Int32Array;
	/** -1 where the row gives no registered electors. */
	registered: Float64Array;
	valid: Float64Array;
	nul: Float64Array;
	/** Row-major: `votes[i * candidates.length + k]`. */
	votes: Float64Array;
	/** The text cells' code units; `used` of them are taken. */
	codes: Uint16Array;
	used = 0;
	/** Per row, the [start, end) of its four text cells in `codes` (start -1: none). */
	bounds: Int32Array;

	constructor(
		/** The vote columns (distinct ids). */
		readonly candidates: readonly string[],
		/** Distinct region ids; rows point into it. */
		public regionIds: string[] = [],
		capacity = 1024,
		/** Room for the text cells' code units. */
		codeCapacity = Math.max(capacity, 16) * 32,
		/**
		 * Keep the columns in SharedArrayBuffers (also when grown): a table the CLI's worker thread
		 * makes, so that both threads can read it after it is posted (see read-tally.ts).
		 */
		readonly shared = false
	) {
		const c = Math.max(capacity, 16);
		this.region = typed(Int32Array, c, shared);
		this.registered = typed(Float64Array, c, shared);
		this.valid = typed(Float64Array, c, shared);
		this.nul = typed(Float64Array, c, shared);
		this.votes = typed(Float64Array, c * candidates.length, shared);
		this.bounds = typed(Int32Array, c * 8, shared);
		this.codes = typed(Uint16Array, codeCapacity, shared);
	}

	/** Room for row `i` (call before writing its numbers; `length` counts committed rows). */
	reserve(i: number): void {
		if (i < this.valid.length) return;
		const c = Math.max(i + 1, this.valid.length * 2);
		const sh = this.shared;
		this.region = grow(this.region, c, sh);
		this.registered = grow(this.registered, c, sh);
		this.valid = grow(this.valid, c, sh);
		this.nul = grow(this.nul, c, sh);
		this.votes = grow(this.votes, c * this.candidates.length, sh);
		this.bounds = grow(this.bounds, c * 8, sh);
	}

	/** Room for `n` more code units in `codes` after `used` (the array may be replaced). */
	room(n: number): Uint16Array {
		if (this.used + n > this.codes.length)
			this.codes = grow(this.codes, Math.max(this.used + n, this.codes.length * 2), this.shared);
		return this.codes;
	}

	/** Text cell `c` of row `i` (undefined: none). */
	text(i: number, c: number): string | undefined {
		const a = this.bounds[i * 8 + 2 * c]!;
		return a < 0 ? undefined : codesToString(this.codes, a, this.bounds[i * 8 + 2 * c + 1]!);
	}

	sheetOf(i: number): string {
		return this.text(i, SHEET) ?? '';
	}

	/** Set text cell `c` of row `i` (after `reserve(i)`), its code units copied after `used`. */
	setText(i: number, c: number, s: string | undefined): void {
		const o = i * 8 + 2 * c;
		if (s === undefined) {
			this.bounds[o] = -1;
			this.bounds[o + 1] = -1;
			return;
		}
		const codes = this.room(s.length);
		let p = this.used;
		this.bounds[o] = p;
		for (let k = 0; k < s.length; k++) codes[p++] = s.charCodeAt(k);
		this.bounds[o + 1] = p;
		this.used = p;
	}

	/** The same columns with other region ids (the numbers are shared, not copied). */
	withRegionIds(regionIds: string[]): SheetTable {
		const t = Object.assign(Object.create(SheetTable.prototype) as SheetTable, this);
		t.regionIds = regionIds;
		return t;
	}

	/** Row `i` as a `SheetRow`. */
	row(i: number): SheetRow {
		const nc = this.candidates.length;
		const votes: Record<string, number> = {};
		for (let k = 0; k < nc; k++) votes[this.candidates[k]!] = this.votes[i * nc + k]!;
		const row: SheetRow = {
			sheet: this.sheetOf(i),
			region: this.regionIds[this.region[i]!]!,
			valid: this.valid[i]!,
			null: this.nul[i]!,
			votes
		};
		const centre = this.text(i, CENTRE);
		const table = this.text(i, TABLE);
		const image = this.text(i, IMAGE);
		if (centre !== undefined) row.centre = centre;
		if (table !== undefined) row.table = table;
		if (this.registered[i]! >= 0) row.registered = this.registered[i];
		if (image !== undefined) row.image = image;
		return row;
	}

	toRows(): SheetRow[] {
		const out: SheetRow[] = new Array(this.length);
		for (let i = 0; i < this.length; i++) out[i] = this.row(i);
		return out;
	}

	/**
	 * Rows as a table. The vote columns are `candidates`, then any other id a row's votes name (in
	 * order of appearance); a candidate missing from a row's votes is 0 there. Counts must be ≥ 0.
	 */
	static fromRows(rows: readonly SheetRow[], candidates: readonly string[]): SheetTable {
		const ids = [...new Set(candidates)];
		const known = new Set(ids);
		for (const r of rows)
			for (const id in r.votes)
				if (!known.has(id)) {
					known.add(id);
					ids.push(id);
				}
		const t = new SheetTable(ids, [], rows.length);
		const regionIndex = new Map<string, number>();
		const col = new Map(ids.map((id, k) => [id, k]));
		const nc = ids.length;
		for (let i = 0; i < rows.length; i++) {
			const r = rows[i]!;
			let ri = regionIndex.get(r.region);
			if (ri === undefined) {
				regionIndex.set(r.region, (ri = t.regionIds.length));
				t.regionIds.push(r.region);
			}
			t.setText(i, SHEET, r.sheet);
			t.region[i] = ri;
			t.setText(i, CENTRE, r.centre);
			t.setText(i, TABLE, r.table);
			t.registered[i] = r.registered ?? -1;
			t.valid[i] = r.valid;
			t.nul[i] = r.null;
			for (const id in r.votes) t.votes[i * nc + col.get(id)!] = r.votes[id]!;
			t.setText(i, IMAGE, r.image);
		}
		t.length = rows.length;
		return t;
	}
}

type Typed = Int32Array | Float64Array | Uint16Array;
type TypedClass<T extends Typed> = {
	new (n: number): T;
	new (b: ArrayBufferLike): T;
	readonly BYTES_PER_ELEMENT: number;
};

/** A typed array of `n` zeros, in a SharedArrayBuffer when `shared`. */
function typed<T extends Typed>(C: TypedClass<T>, n: number, shared: boolean): T {
	return shared ? new C(new SharedArrayBuffer(n * C.BYTES_PER_ELEMENT)) : new C(n);
}

/** A typed array of `size` elements starting with `a`'s. */
function grow<T extends Typed>(a: T, size: number, shared = false): T {
	const b = typed(a.constructor as TypedClass<T>, size, shared);
	b.set(a);
	return b;
}

const QUOTE = 34;
const COMMA = 44;
const LF = 10;
const CR = 13;

/**
 * The bytes of `formatSheetCsv(table.toRows(), candidateIds)` (UTF-8), written from the columns
 * into one buffer: counts as digits, each region id encoded once, text that needs no quoting and
 * is ASCII (nearly all of it) copied character by character. A candidate the table has no column
 * for is written as 0, as `formatSheetCsv` does for a row without it.
 *
 * @example new TextDecoder().decode(encodeSheetTable(t, ids)) === formatSheetCsv(t.toRows(), ids) // true
 */
export function encodeSheetTable(t: SheetTable, candidateIds: readonly string[]): Uint8Array {
	const encoder = new TextEncoder();
	const nc = t.candidates.length;
	// The table's column of each output candidate (the last one of a repeated id, -1 for none).
	const colOf = candidateIds.map((id) => t.candidates.lastIndexOf(id));
	let buf = new Uint8Array(Math.max(1024, t.length * (64 + 8 * candidateIds.length)));
	let p = 0;
	const room = (n: number) => {
		if (p + n <= buf.length) return;
		const bigger = new Uint8Array(Math.max(buf.length * 2, p + n));
		bigger.set(buf.subarray(0, p));
		buf = bigger;
	};
	const codes = t.codes;
	const bounds = t.bounds;
	/**
	 * Text cell `c` of row `i` as `formatSheetCsv` writes it (quoted where needed), as UTF-8, into
	 * `out` at `q` (room made by the caller: 3 bytes per code unit and 2); the new `q`. (The loops
	 * work on arguments and locals: on the closure's `p` and `buf` they took twice the time.)
	 */
	const field = (out: Uint8Array, q: number, i: number, c: number): number => {
		const o = i * 8 + 2 * c;
		const a = bounds[o]!;
		if (a < 0) return q;
		const b = bounds[o + 1]!;
		const start = q;
		for (let k = a; k < b; k++) {
			const u = codes[k]!;
			if (u >= 0x80 || u === QUOTE || u === COMMA || u === LF || u === CR) {
				// Quoting or a character beyond ASCII: the general way, from the field's start.
				const s = codesToString(codes, a, b);
				const quoted = /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
				return start + encoder.encodeInto(quoted, out.subarray(start)).written;
			}
			out[q++] = u;
		}
		return q;
	};
	/** Room for text cell `c` of row `i` (see `field`). */
	const cellRoom = (i: number, c: number): number => {
		const o = i * 8 + 2 * c;
		return bounds[o]! < 0 ? 0 : (bounds[o + 1]! - bounds[o]!) * 3 + 2;
	};
	/** A count as `String(n)` writes it, into `out` at `q` (room: 24 bytes); the new `q`. */
	const count = (out: Uint8Array, q: number, n: number): number => {
		if (n >= 0 && n <= Number.MAX_SAFE_INTEGER && Math.floor(n) === n) {
			if (n < 10) {
				out[q] = 48 + n;
				return q + 1;
			}
			let digits = 1;
			for (let x = n; x >= 10; x = Math.floor(x / 10)) digits++;
			let x = n;
			for (let k = q + digits - 1; k >= q; k--) {
				const d = Math.floor(x / 10);
				out[k] = 48 + (x - d * 10);
				x = d;
			}
			return q + digits;
		}
		return q + encoder.encodeInto(String(n), out.subarray(q)).written;
	};
	const head = [...SHEET_HEADER_FIXED, ...candidateIds, 'image'].join(',');
	room(head.length * 3 + 1);
	p += encoder.encodeInto(head, buf.subarray(p)).written;
	buf[p++] = LF;
	// Each region's field, encoded once.
	const regions = t.regionIds.map((id) =>
		encoder.encode(/[",\n\r]/.test(id) ? `"${id.replace(/"/g, '""')}"` : id)
	);
	const perRow = 24 * (candidateIds.length + 4);
	for (let i = 0; i < t.length; i++) {
		const r = regions[t.region[i]!]!;
		room(
			perRow +
				r.length +
				cellRoom(i, SHEET) +
				cellRoom(i, CENTRE) +
				cellRoom(i, TABLE) +
				cellRoom(i, IMAGE)
		);
		const out = buf;
		let q = field(out, p, i, SHEET);
		out[q++] = COMMA;
		for (let k = 0; k < r.length; k++) out[q++] = r[k]!;
		out[q++] = COMMA;
		q = field(out, q, i, CENTRE);
		out[q++] = COMMA;
		q = field(out, q, i, TABLE);
		out[q++] = COMMA;
		const reg = t.registered[i]!;
		if (reg >= 0) q = count(out, q, reg);
		out[q++] = COMMA;
		q = count(out, q, t.valid[i]!);
		out[q++] = COMMA;
		q = count(out, q, t.nul[i]!);
		const base = i * nc;
		for (let k = 0; k < colOf.length; k++) {
			out[q++] = COMMA;
			const c = colOf[k]!;
			q = count(out, q, c < 0 ? 0 : t.votes[base + c]!);
		}
		out[q++] = COMMA;
		q = field(out, q, i, IMAGE);
		out[q++] = LF;
		p = q;
	}
	return buf.subarray(0, p);
}

const IMAGE_LINK = /^https?:\/\/[^\s"<>`\\]+$/;

/**
 * A sheet file's text as a table, for a file `parseSheetCsv` reads without any problem and in the
 * plain form `formatSheetCsv` writes (no BOM, no quotes, no CR, distinct candidate ids): the same
 * rows, made straight from the text, without an array of fields or an object per row. Undefined
 * for anything else — a file with a problem or in another form — and the caller reads it with
 * `parseSheetCsv` (its messages, its rows).
 *
 * @example parseSheetTable('sheet,region,centre,table,registered,valid,null,ana,image\nx,n1,,,,2,0,2,\n')?.table.toRows() // [{ sheet: 'x', region: 'n1', valid: 2, null: 0, votes: { ana: 2 } }]
 */
export function parseSheetTable(
	text: string,
	/** The text's UTF-16 code units, when the caller has them (an ASCII file's bytes, widened). */
	units?: Uint16Array
): { candidates: string[]; table: SheetTable } | undefined {
	const n = text.length;
	if (text.charCodeAt(0) === 0xfeff || text.indexOf('"') >= 0 || text.indexOf('\r') >= 0)
		return undefined;
	let nl = text.indexOf('\n');
	if (nl < 0) nl = n;
	const header = text.slice(0, nl).split(',');
	const fixedCount = SHEET_HEADER_FIXED.length;
	const candidates = header.slice(fixedCount, -1);
	if (
		header.slice(0, fixedCount).join(',') !== SHEET_HEADER_FIXED.join(',') ||
		header[header.length - 1] !== 'image' ||
		candidates.length === 0 ||
		new Set(candidates).size !== candidates.length
	)
		return undefined;
	const nc = candidates.length;
	const t = new SheetTable(candidates, [], Math.ceil(n / 64), 0);
	const regionIndex = new Map<string, number>();
	// Repeated sheet keys, found on the table's own copy of each key (key-lines.ts).
	const seen = new KeyLines(Math.ceil(n / 64));
	/** The count in text[a, b) (`countOf` of sheet-file.ts), or -1. */
	const countAt = (a: number, b: number): number => {
		const len = b - a;
		if (len <= 0 || len >= 16 || (len > 1 && text.charCodeAt(a) === 48)) return -1;
		let v = 0;
		for (let k = a; k < b; k++) {
			const c = text.charCodeAt(k) - 48;
			if (c < 0 || c > 9) return -1;
			v = v * 10 + c;
		}
		return v;
	};
	// The cells are bounds into the text itself, as code units: no copy per cell.
	let codes = units;
	if (codes === undefined || codes.length !== n) {
		codes = new Uint16Array(n);
		for (let k = 0; k < n; k++) codes[k] = text.charCodeAt(k);
	}
	t.codes = codes;
	t.used = n;
	const bounds = (): Int32Array => t.bounds;
	/** Cell `cell` of row `i` is text[a, b) (none when empty). */
	const cellAt = (b8: Int32Array, i: number, cell: number, a: number, b: number): void => {
		const o = i * 8 + 2 * cell;
		b8[o] = a === b ? -1 : a;
		b8[o + 1] = a === b ? -1 : b;
	};
	let i = 0;
	let pos = nl + 1;
	while (pos < n) {
		let end = text.indexOf('\n', pos);
		if (end < 0) end = n;
		if (end === pos) {
			pos++;
			continue;
		}
		t.reserve(i);
		const b8 = bounds();
		// sheet, region, centre, table: text up to the next comma.
		let a = pos;
		let c = text.indexOf(',', a);
		if (c < 0 || c >= end || c === a) return undefined;
		cellAt(b8, i, SHEET, a, c);
		const h = KeyLines.hash(codes, a, c);
		if (seen.line(codes, a, c, h) >= 0) return undefined;
		seen.add(a, c, h, i);
		a = c + 1;
		c = text.indexOf(',', a);
		if (c < 0 || c >= end) return undefined;
		const region = text.slice(a, c);
		let ri = regionIndex.get(region);
		if (ri === undefined) {
			regionIndex.set(region, (ri = t.regionIds.length));
			t.regionIds.push(region);
		}
		a = c + 1;
		c = text.indexOf(',', a);
		if (c < 0 || c >= end) return undefined;
		cellAt(b8, i, CENTRE, a, c);
		a = c + 1;
		c = text.indexOf(',', a);
		if (c < 0 || c >= end) return undefined;
		cellAt(b8, i, TABLE, a, c);
		// registered (may be empty), valid, null, the candidates: counts.
		a = c + 1;
		c = text.indexOf(',', a);
		if (c < 0 || c >= end) return undefined;
		const reg = c > a ? countAt(a, c) : -1;
		if (c > a && reg < 0) return undefined;
		const counts = 2 + nc;
		const base = i * nc;
		for (let k = 0; k < counts; k++) {
			a = c + 1;
			c = text.indexOf(',', a);
			if (c < 0 || c >= end) return undefined;
			const v = countAt(a, c);
			if (v < 0) return undefined;
			if (k === 0) t.valid[i] = v;
			else if (k === 1) t.nul[i] = v;
			else t.votes[base + k - 2] = v;
		}
		// image: the rest of the line.
		a = c + 1;
		c = text.indexOf(',', a);
		if (c >= 0 && c < end) return undefined;
		if (end > a && !IMAGE_LINK.test(text.slice(a, end))) return undefined;
		cellAt(b8, i, IMAGE, a, end);
		t.region[i] = ri;
		t.registered[i] = reg;
		t.length = ++i;
		pos = end + 1;
	}
	return { candidates, table: t };
}
