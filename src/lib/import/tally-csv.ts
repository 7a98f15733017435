import { codesToString, SheetTable } from '../data/sheet-table';
import type { SheetRow } from '../schemas/sheet';
import { CsvRecords, CsvSyntaxError } from './csv-records';
import { DecodeError } from './decode';
import { KeyLines } from './key-lines';
import type { TallyMapping } from './mapping';

/** A problem in one CSV row: `FILE:LINE:COLUMN: NAME: expected …, got …` (1-based). */
export interface RowError {
	line: number;
	column: number;
	columnName: string;
	expected: string;
	found: string;
}

/**
 * @example formatRowError('a.csv', { line: 3, column: 10, columnName: 'VOTOS_VALIDOS', expected: 'a count ≥ 0', found: '"-3"' })
 * // 'a.csv:3:10: VOTOS_VALIDOS: expected a count ≥ 0, got "-3"'
 */
export function formatRowError(file: string, e: RowError): string {
	return `${file}:${e.line}:${e.column}: ${e.columnName ? e.columnName + ': ' : ''}expected ${e.expected}, got ${e.found}`;
}

/** A region as a row names it, before it is matched with the election's regions. */
export interface RegionRef {
	/** The id the mapping's template gives (the key rows use). */
	key: string;
	level: string;
	code: string;
	name: string;
	/** Key of the region one level up; undefined at the first level. */
	parentKey: string | undefined;
	/** Match an existing region of this level by code rather than by id. */
	matchCode: boolean;
	line: number;
}

/**
 * The mapped content of a tally-sheet file. Its rows are `table` (columns; the table's region ids
 * are the finest RegionRef keys); `rows` makes them into objects (for tests and small files).
 */
export interface TallyFile {
	header: string[];
	table: SheetTable;
	readonly rows: SheetRow[];
	/** Every region the rows name, by key, coarse levels first in order of appearance. */
	regions: Map<string, RegionRef>;
	errors: RowError[];
	/** Lines of the rows left out (with --skip-invalid). */
	skippedLines: number[];
	/** Header columns the mapping does not use. */
	ignoredColumns: string[];
	/** Whether the optional registered-electors column was present. */
	hasRegistered: boolean;
	/** The file could not be read to its end (bytes that do not decode, broken quoting). */
	fatal: boolean;
}

const COUNT = /^\s*(0|[1-9][0-9]*)\s*$/;
/** An http(s) URL that needs no parsing to be trusted (host of letters, digits, dots, dashes). */
const SIMPLE_URL =
	/^https?:\/\/[A-Za-z0-9-]+(\.[A-Za-z0-9-]+)*(:\d{1,5})?(\/[A-Za-z0-9._~%!$&'()*+,;=:@/-]*)?(\?[A-Za-z0-9._~%!$&'()*+,;=:@/?-]*)?$/;

/**
 * An id template (`m-{COD_EDO}-{COD_MUN}`) compiled against a header: literal text and column
 * indexes. Values are slugged to id characters (COD_EDO=1, COD_MUN=01 → `m-1-01`).
 */
function compileTemplate(template: string, col: Map<string, number>): (record: string[]) => string {
	const parts = template.split(/\{([^}]+)\}/).map((p, i) => (i % 2 === 1 ? (col.get(p) ?? -1) : p));
	return (record) => {
		let out = '';
		for (const p of parts) out += typeof p === 'number' ? slug(record[p] ?? '') : p;
		return out.includes('--') ? out.replace(/-{2,}/g, '-') : out;
	};
}

const slugCache = new Map<string, string>();
function slug(v: string): string {
	let out = slugCache.get(v);
	if (out === undefined) {
		out = v
			.trim()
			.toLowerCase()
			.normalize('NFD')
			.replace(/[\u0300-\u036f]/g, '')
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-+|-+$/g, '');
		if (slugCache.size < 100_000) slugCache.set(v, out);
	}
	return out;
}

/**
 * Parse and map a tally-sheet CSV given as text chunks (see decode.ts for bytes → text). Streams:
 * rows are mapped as the CSV reader (csv-records.ts) completes them. A row with any problem is refused with every problem
 * named (line, column); `skipInvalid` keeps going and lists the skipped lines, otherwise reading
 * stops after 100 problems. A broken file (unclosed quote) or undecodable bytes stop it at once.
 */
export async function readTallyCsv(
	text: AsyncIterable<string> | Iterable<string>,
	mapping: TallyMapping,
	options: {
		skipInvalid?: boolean;
		/** How many rows to make room for at once (more are fine). */
		expectedRows?: number;
		/** Make the table in SharedArrayBuffers (see SheetTable's `shared`). */
		shared?: boolean;
	} = {}
): Promise<TallyFile> {
	// The vote columns: the mapping's candidate ids, each once (a repeated id keeps its last column,
	// as the votes object of a row did).
	const table = new SheetTable(
		[...new Set(Object.values(mapping.candidates))],
		[],
		Math.min(options.expectedRows ?? 1024, 1 << 22),
		undefined,
		options.shared
	);
	const out: TallyFile = {
		header: [],
		table,
		get rows() {
			return table.toRows();
		},
		regions: new Map(),
		errors: [],
		skippedLines: [],
		ignoredColumns: [],
		hasRegistered: false,
		fatal: false
	};
	let col: Map<string, number> | undefined;
	let idx: {
		levels: {
			code: number;
			name: number;
			level: string;
			id: (record: string[]) => string;
			matchCode: boolean;
		}[];
		key: number[];
		centre?: number;
		table?: number;
		registered?: number;
		valid: number;
		null: number;
		candidates: { index: number; id: string; col: number }[];
		image?: number;
	};
	// The sheet keys taken so far, with their lines (key-lines.ts; a Map did it more slowly).
	const seenKeys = new KeyLines(Math.min(options.expectedRows ?? 1024, 1 << 22));
	let done = false;

	// The record being read: field i is `buf.slice(fs[i], fe[i])`. A line without quotes (nearly
	// every line) is read in place in the decoded text, its counts straight from the characters,
	// with no string made per field; a record with quotes has its fields joined into `buf`.
	let buf = '';
	const fs: number[] = [];
	const fe: number[] = [];
	let nf = 0;
	/** Whether the record is a line without quotes (fields cannot hold a comma). */
	let plain = true;
	const field = (i: number): string => buf.slice(fs[i]!, fe[i]!);
	const record = (): string[] => {
		const r: string[] = new Array(nf);
		for (let i = 0; i < nf; i++) r[i] = field(i);
		return r;
	};
	/** Field `i` as `String#trim` gives it (no second copy when there is nothing to trim). */
	const trimmed = (i: number): string => {
		const a = fs[i]!;
		const b = fe[i]!;
		if (a === b) return '';
		const c0 = buf.charCodeAt(a);
		const c1 = buf.charCodeAt(b - 1);
		if (c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127) return buf.slice(a, b);
		return buf.slice(a, b).trim();
	};

	// The problems of the row being mapped (undefined: none so far).
	let line = 0;
	let errors: RowError[] | undefined;
	const bad = (i: number, expected: string, found: string) =>
		(errors ??= []).push({ line, column: i + 1, columnName: out.header[i] ?? '', expected, found });
	/** A count: plain digits are read from the characters; anything else goes by COUNT. */
	const count = (i: number): number => {
		const a = fs[i]!;
		const len = fe[i]! - a;
		if (len > 0 && len < 16 && (len === 1 || buf.charCodeAt(a) !== 48)) {
			let n = 0;
			let k = 0;
			for (; k < len; k++) {
				const c = buf.charCodeAt(a + k) - 48;
				if (c < 0 || c > 9) break;
				n = n * 10 + c;
			}
			if (k === len) return n;
		}
		const v = field(i);
		if (!COUNT.test(v)) {
			bad(
				i,
				'a count (a whole number ≥ 0)',
				v.trim() === '' ? 'an empty field' : JSON.stringify(v)
			);
			return 0;
		}
		return Number(v);
	};

	/** The header: column indexes of the mapping, missing and unused columns. */
	const readHeader = (): void => {
		out.header = record().map((h) => h.trim());
		col = new Map(out.header.map((h, i) => [h, i]));
		const missing: string[] = [];
		const need = (name: string | undefined) => {
			if (name === undefined) return undefined;
			const i = col!.get(name);
			if (i === undefined && !mapping.optional.includes(name)) missing.push(name);
			return i;
		};
		idx = {
			levels: mapping.levels.map((l) => ({
				code: need(l.codeColumn) ?? -1,
				name: need(l.nameColumn) ?? -1,
				level: l.level,
				id: compileTemplate(l.id, col!),
				matchCode: l.match === 'code'
			})),
			key: mapping.sheet.key.map((k) => need(k) ?? -1),
			centre: need(mapping.sheet.centre),
			table: need(mapping.sheet.table),
			registered: need(mapping.registered),
			valid: need(mapping.valid) ?? -1,
			null: need(mapping.null) ?? -1,
			candidates: Object.entries(mapping.candidates).map(([c, id]) => ({
				index: need(c) ?? -1,
				id,
				col: table.candidates.indexOf(id)
			})),
			image: need(mapping.image)
		};
		for (const l of mapping.levels) for (const m of l.id.matchAll(/\{([^}]+)\}/g)) need(m[1]!);
		out.hasRegistered = idx.registered !== undefined;
		if (missing.length > 0) {
			out.errors.push({
				line,
				column: 1,
				columnName: '',
				expected: `a header with the column(s) ${missing.join(', ')} (mapping ${mapping.id})`,
				found: `the header ${JSON.stringify(out.header.join(','))}`
			});
			done = true;
			return;
		}
		const used = new Set([
			...mapping.levels.flatMap((l) => [l.codeColumn, l.nameColumn]),
			...mapping.sheet.key,
			...[mapping.sheet.centre, mapping.sheet.table, mapping.registered, mapping.image].filter(
				(x): x is string => x !== undefined
			),
			mapping.valid,
			mapping.null,
			...Object.keys(mapping.candidates)
		]);
		out.ignoredColumns = out.header.filter((h) => !used.has(h));
		signatureColumns = [
			...new Set(
				mapping.levels.flatMap((l) =>
					[l.codeColumn, l.nameColumn, ...[...l.id.matchAll(/\{([^}]+)\}/g)].map((m) => m[1]!)]
						.map((c) => col!.get(c))
						.filter((i): i is number => i !== undefined)
				)
			)
		];
		// Region columns side by side (as in the opposition's layout): a plain line's signature is
		// one slice of it, commas included.
		const sorted = [...signatureColumns].sort((x, y) => x - y);
		if (sorted.length > 0 && sorted[sorted.length - 1]! - sorted[0]! === sorted.length - 1) {
			sigFrom = sorted[0]!;
			sigTo = sorted[sorted.length - 1]!;
		}
		centreInKey = idx.centre === undefined ? -1 : idx.key.indexOf(idx.centre);
		tableInKey = idx.table === undefined ? -1 : idx.key.indexOf(idx.table);
	};

	/**
	 * The finest region (its index in the table's region ids) of rows whose region columns read
	 * exactly the same (see mapRow): one map for plain lines (values joined by commas, which they
	 * cannot hold), one for quoted records.
	 */
	const regionOfLine = new Map<string, number>();
	const regionOfQuoted = new Map<string, number>();
	/** Index of each finest region key in the table's region ids. */
	const regionIndex = new Map<string, number>();
	let signatureColumns: number[] = [];
	let sigFrom = -1;
	let sigTo = -1;
	/**
	 * The region columns of the last plain line taken (as `signature` gives them, when they are side
	 * by side) and its region (-1: none yet): `regionOfLine.get(lastSig)` is `lastRegion`.
	 */
	let lastSig = '';
	let lastRegion = -1;
	let centreInKey = -1;
	let tableInKey = -1;
	/** Where each part of the row's key is in the table's code units. */
	const partFrom: number[] = [];
	const partTo: number[] = [];
	/** The table's code units, and where the row being mapped writes its next one. */
	let codes = table.codes;
	let p = 0;
	/** Copy field `i`, as `trimmed(i)` gives it, to `codes` at `p`; its length. */
	const copyTrimmed = (i: number): number => {
		const a = fs[i]!;
		const b = fe[i]!;
		if (a === b) return 0;
		const c0 = buf.charCodeAt(a);
		const c1 = buf.charCodeAt(b - 1);
		// (On locals: on the closure's `p`, `codes` and `buf` the loop took twice the time.)
		const out = codes;
		let q = p;
		if (c0 > 32 && c0 < 127 && c1 > 32 && c1 < 127) {
			const text = buf;
			for (let k = a; k < b; k++) out[q++] = text.charCodeAt(k);
		} else {
			const s = buf.slice(a, b).trim();
			for (let k = 0; k < s.length; k++) out[q++] = s.charCodeAt(k);
		}
		const n = q - p;
		p = q;
		return n;
	};
	const signature = (): string => {
		if (plain && sigFrom >= 0) return buf.slice(fs[sigFrom]!, fe[sigTo]!);
		const sep = plain ? ',' : '\u0000';
		let s = field(signatureColumns[0]!);
		for (let k = 1; k < signatureColumns.length; k++) s += sep + field(signatureColumns[k]!);
		return s;
	};

	/**
	 * The regions a row names whose region columns match no row taken before (see mapRow), coarse →
	 * fine, checked (the same key must keep its name and its parent): the new ones, and the finest
	 * key last. Called once per distinct set of region columns, so kept out of mapRow (a smaller
	 * function for the optimising compiler, which compiles mapRow while the rows are read).
	 */
	const regionRefs = (): { refs: RegionRef[]; finest: string | undefined } => {
		const at = idx!;
		const refs: RegionRef[] = [];
		let parentKey: string | undefined;
		const rec = record();
		for (const l of at.levels) {
			const code = rec[l.code]!.trim();
			const name = rec[l.name]!.trim();
			if (code === '') bad(l.code, `a ${l.level} code`, 'an empty field');
			if (name === '') bad(l.name, `a ${l.level} name`, 'an empty field');
			const key = l.id(rec);
			const prev = out.regions.get(key);
			if (prev && prev.name !== name)
				bad(
					l.name,
					`the name line ${prev.line} gives ${l.level} ${key} (${JSON.stringify(prev.name)})`,
					JSON.stringify(name)
				);
			else if (prev && prev.parentKey !== parentKey)
				bad(
					l.code,
					`the parent line ${prev.line} gives ${l.level} ${key} (${prev.parentKey})`,
					String(parentKey)
				);
			if (!prev)
				refs.push({ key, level: l.level, code, name, parentKey, matchCode: l.matchCode, line });
			parentKey = key;
		}
		return { refs, finest: parentKey };
	};
	/** Take the regions of a valid row (regionRefs): the index of its finest region in the table. */
	const addRegions = (
		found: { refs: RegionRef[]; finest: string | undefined },
		sig: string,
		regionOf: Map<string, number>
	): number => {
		for (const r of found.refs) if (!out.regions.has(r.key)) out.regions.set(r.key, r);
		let region = regionIndex.get(found.finest!);
		if (region === undefined) {
			regionIndex.set(found.finest!, (region = table.regionIds.length));
			table.regionIds.push(found.finest!);
		}
		regionOf.set(sig, region);
		return region;
	};

	/**
	 * The bounds of a row's centre or table cell at `b[o]`, `b[o + 1]`: the key's part `inKey` when
	 * the cell is one, else its own column (copied after `p`), -1 and -1 when empty or absent.
	 */
	const boundCell = (b: Int32Array, o: number, inKey: number, column: number | undefined) => {
		if (inKey >= 0) {
			b[o] = partFrom[inKey]!;
			b[o + 1] = partTo[inKey]!;
		} else {
			b[o] = p;
			if (column !== undefined) copyTrimmed(column);
			b[o + 1] = p;
		}
		if (b[o] === b[o + 1]) b[o] = b[o + 1] = -1;
	};
	const mapRow = (): void => {
		const at = idx!;
		errors = undefined;
		if (nf !== out.header.length) {
			bad(
				Math.min(nf, out.header.length),
				`${out.header.length} fields, as in the header`,
				`${nf}`
			);
			errors![0]!.columnName = '';
		} else {
			// The row's numbers go straight into the table's next slot (kept only if the row is).
			const ri = table.length;
			table.reserve(ri);
			const base = ri * table.candidates.length;
			const valid = count(at.valid);
			const nul = count(at.null);
			let sum = 0;
			for (const c of at.candidates) {
				const v = count(c.index);
				table.votes[base + c.col] = v;
				sum += v;
			}
			let registered: number | undefined;
			if (at.registered !== undefined) {
				const r = at.registered;
				const c0 = fs[r]! < fe[r]! ? buf.charCodeAt(fs[r]!) : -1;
				if ((c0 >= 48 && c0 <= 57) || (c0 >= 0 && trimmed(r) !== '')) registered = count(r);
			}
			if (errors === undefined) {
				if (sum > valid)
					bad(at.valid, `valid votes ≥ the sum of the candidates (${sum})`, String(valid));
				if (registered !== undefined && valid + nul > registered)
					bad(
						at.registered!,
						`registered electors ≥ valid + null votes (${valid + nul})`,
						String(registered)
					);
			}
			// The row's text cells are copied into the table's code units after `used` (kept only if
			// the row is): the key's parts (trimmed) joined by '-', then the centre and table when
			// they are not parts of the key, then the image link. No string is made for them.
			const t0 = table.used;
			let room = at.key.length;
			for (let k = 0; k < at.key.length; k++) room += fe[at.key[k]!]! - fs[at.key[k]!]!;
			if (at.centre !== undefined) room += fe[at.centre]! - fs[at.centre]!;
			if (at.table !== undefined) room += fe[at.table]! - fs[at.table]!;
			if (at.image !== undefined) room += fe[at.image]! - fs[at.image]!;
			codes = table.room(room);
			p = t0;
			let emptyKey = -1;
			for (let k = 0; k < at.key.length; k++) {
				if (k > 0) codes[p++] = 45; // '-'
				partFrom[k] = p;
				if (copyTrimmed(at.key[k]!) === 0 && emptyKey < 0) emptyKey = at.key[k]!;
				partTo[k] = p;
			}
			const keyEnd = p;
			let keyHash = 0;
			if (emptyKey >= 0) bad(emptyKey, 'a sheet key', 'an empty field');
			else {
				keyHash = KeyLines.hash(codes, t0, keyEnd);
				const prev = seenKeys.line(codes, t0, keyEnd, keyHash);
				if (prev >= 0)
					bad(
						at.key[0]!,
						`a sheet key not used before (line ${prev} has it)`,
						JSON.stringify(codesToString(codes, t0, keyEnd))
					);
			}
			let image: string | undefined;
			if (at.image !== undefined) {
				const v = trimmed(at.image);
				if (v !== '') {
					let ok = SIMPLE_URL.test(v);
					if (!ok && !/[\s"<>`\\]/.test(v))
						try {
							const u = new URL(v);
							ok = (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
						} catch {
							ok = false;
						}
					if (ok) image = v;
					else
						bad(
							at.image,
							'an http(s) URL',
							JSON.stringify(v.length > 80 ? v.slice(0, 77) + '…' : v)
						);
				}
			}
			// Regions, coarse → fine: the same key must keep its name and its parent. A row whose
			// region columns read exactly as those of a row already taken names the same regions,
			// which passed these checks then: it is not checked again.
			// A plain line whose region columns read as the last plain line taken (a file sorted by
			// region: most rows) has its region; else the columns are looked up in full.
			const regionOf = plain ? regionOfLine : regionOfQuoted;
			let sig = '';
			let known: number | undefined;
			const same =
				plain &&
				lastRegion >= 0 &&
				fe[sigTo]! - fs[sigFrom]! === lastSig.length &&
				buf.startsWith(lastSig, fs[sigFrom]!);
			if (same) known = lastRegion;
			else {
				sig = signature();
				known = regionOf.get(sig);
			}
			const refs = known === undefined ? regionRefs() : undefined;
			if (errors === undefined) {
				seenKeys.add(t0, keyEnd, keyHash, line);
				const region = known ?? addRegions(refs!, sig, regionOf);
				if (plain && sigFrom >= 0 && !same) {
					lastSig = sig;
					lastRegion = region;
				}
				const b = table.bounds;
				const o = ri * 8;
				b[o] = t0;
				b[o + 1] = keyEnd;
				boundCell(b, o + 2, centreInKey, at.centre);
				boundCell(b, o + 4, tableInKey, at.table);
				if (image === undefined) b[o + 6] = b[o + 7] = -1;
				else {
					// (From the line, as copyTrimmed does: faster than from the sliced string.)
					b[o + 6] = p;
					copyTrimmed(at.image!);
					b[o + 7] = p;
				}
				table.used = p;
				table.region[ri] = region;
				table.registered[ri] = registered ?? -1;
				table.valid[ri] = valid;
				table.nul[ri] = nul;
				table.length = ri + 1;
			}
		}
		// (`bad` sets `errors`; TypeScript does not see that through the closure.)
		const found = errors as RowError[] | undefined;
		if (found !== undefined) {
			out.errors.push(...found);
			if (options.skipInvalid) out.skippedLines.push(line);
			else if (out.errors.length >= 100) done = true;
		}
	};
	// Rows are mapped as the reader completes them (nothing is queued between the two).
	const handle = (): boolean => {
		if (done) return true;
		if (!col) readHeader();
		else mapRow();
		return done;
	};
	const reader = new CsvRecords(
		(fields, at) => {
			if (done) return true;
			buf = fields.join('');
			let p = 0;
			for (let i = 0; i < fields.length; i++) {
				fs[i] = p;
				p += fields[i]!.length;
				fe[i] = p;
			}
			nf = fields.length;
			plain = false;
			line = at;
			return handle();
		},
		(text, start, end, at) => {
			if (done) return true;
			buf = text;
			let n = 0;
			let p = start;
			for (;;) {
				const c = text.indexOf(',', p);
				fs[n] = p;
				if (c < 0 || c >= end) {
					fe[n++] = end;
					break;
				}
				fe[n++] = c;
				p = c + 1;
			}
			nf = n;
			plain = true;
			line = at;
			return handle();
		}
	);
	try {
		for await (const t of text) {
			reader.push(t);
			if (reader.done) break;
		}
		reader.end();
	} catch (e) {
		if (e instanceof DecodeError)
			out.errors.push({
				line: e.line,
				column: e.column,
				columnName: '',
				expected: e.expected,
				found: e.found
			});
		else if (e instanceof CsvSyntaxError)
			out.errors.push({
				line: e.line,
				column: e.column,
				columnName: col ? (out.header[e.column - 1] ?? '') : '',
				expected: 'well-formed CSV',
				found: e.found
			});
		else throw e;
		out.skippedLines = [];
		out.fatal = true;
	}
	if (!col && out.errors.length === 0)
		out.errors.push({
			line: 1,
			column: 1,
			columnName: '',
			expected: 'a header row',
			found: 'an empty file'
		});
	return out;
}
