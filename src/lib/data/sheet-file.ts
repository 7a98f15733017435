import type { SheetRow } from '../schemas/sheet';
import type { DataError } from './errors';

/**
 * The sheet-rows file of a release, `sheets/<snapshot-id>.csv`: UTF-8 without BOM, LF line ends,
 * RFC 4180 quoting only where a field needs it, and this header (candidate ids in the election's
 * order). Browser-safe; the writer and the reader are exact inverses.
 */
export const SHEET_FIXED_COLUMNS = [
	'sheet',
	'region',
	'centre',
	'table',
	'registered',
	'valid',
	'null'
] as const;

/**
 * The header of a sheet file for an election's candidates.
 * @example sheetColumns(['ana', 'beto']).join(',') // 'sheet,region,centre,table,registered,valid,null,ana,beto,image'
 */
export function sheetColumns(candidateIds: readonly string[]): string[] {
	return [...SHEET_FIXED_COLUMNS, ...candidateIds, 'image'];
}

const NEEDS_QUOTES = /[",\n\r]/;

function field(v: string | undefined): string {
	if (v === undefined) return '';
	return NEEDS_QUOTES.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** The text of the counts below 10,000 (nearly every count of a sheet), made once. */
const SMALL: string[] = Array.from({ length: 10_000 }, (_, i) => String(i));
const num = (n: number): string => ((n | 0) === n && n >= 0 && n < 10_000 ? SMALL[n]! : String(n));

/**
 * The text of a sheet file. A candidate missing from a row's `votes` is written as 0.
 * @example formatSheetCsv([{ sheet: 'c1-1', region: 'n1', valid: 3, null: 0, votes: { ana: 2, beto: 1 } }], ['ana', 'beto'])
 * // 'sheet,region,centre,table,registered,valid,null,ana,beto,image\nc1-1,n1,,,,3,0,2,1,\n'
 */
export function formatSheetCsv(rows: readonly SheetRow[], candidateIds: readonly string[]): string {
	const lines: string[] = new Array(rows.length + 1);
	lines[0] = sheetColumns(candidateIds).join(',');
	const n = candidateIds.length;
	// One array of cells, filled again for each row.
	const cells: string[] = new Array(SHEET_FIXED_COLUMNS.length + n + 1);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		cells[0] = field(r.sheet);
		cells[1] = field(r.region);
		cells[2] = field(r.centre);
		cells[3] = field(r.table);
		cells[4] = r.registered === undefined ? '' : num(r.registered);
		cells[5] = num(r.valid);
		cells[6] = num(r.null);
		const votes = r.votes;
		for (let k = 0; k < n; k++) cells[7 + k] = num(votes[candidateIds[k]!] ?? 0);
		cells[7 + n] = field(r.image);
		lines[i + 1] = cells.join(',');
	}
	return lines.join('\n') + '\n';
}

/**
 * The bytes of `formatSheetCsv(rows, candidateIds)` (UTF-8), written straight into one buffer: for
 * the data CLI, which writes files of 100,000 rows and more, without a string per line, the joined
 * text or its encoding when it is written.
 *
 * @example new TextDecoder().decode(encodeSheetCsv(rows, ids)) === formatSheetCsv(rows, ids) // true
 */
export function encodeSheetCsv(
	rows: readonly SheetRow[],
	candidateIds: readonly string[]
): Uint8Array {
	let buf = new Uint8Array(Math.max(1024, rows.length * 160));
	let p = 0;
	const encoder = new TextEncoder();
	const room = (n: number) => {
		if (p + n <= buf.length) return;
		const bigger = new Uint8Array(Math.max(buf.length * 2, p + n));
		bigger.set(buf.subarray(0, p));
		buf = bigger;
	};
	/** Text as UTF-8: ASCII byte by byte, anything else through the encoder. */
	const text = (s: string) => {
		const n = s.length;
		room(n * 3);
		for (let i = 0; i < n; i++) {
			const c = s.charCodeAt(i);
			if (c >= 0x80) {
				p += encoder.encodeInto(s.slice(i), buf.subarray(p)).written;
				return;
			}
			buf[p++] = c;
		}
	};
	const COMMA = 44;
	text(sheetColumns(candidateIds).join(','));
	buf[p++] = 10;
	const n = candidateIds.length;
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		text(field(r.sheet));
		room(1);
		buf[p++] = COMMA;
		text(field(r.region));
		room(1);
		buf[p++] = COMMA;
		text(field(r.centre));
		room(1);
		buf[p++] = COMMA;
		text(field(r.table));
		room(1);
		buf[p++] = COMMA;
		if (r.registered !== undefined) text(num(r.registered));
		room(1);
		buf[p++] = COMMA;
		text(num(r.valid));
		room(1);
		buf[p++] = COMMA;
		text(num(r.null));
		const votes = r.votes;
		for (let k = 0; k < n; k++) {
			room(1);
			buf[p++] = COMMA;
			text(num(votes[candidateIds[k]!] ?? 0));
		}
		room(1);
		buf[p++] = COMMA;
		text(field(r.image));
		room(1);
		buf[p++] = 10;
	}
	return buf.subarray(0, p);
}

/** Split RFC 4180 text (LF or CRLF) into records of fields, with each record's line number. */
function splitRecords(text: string): { line: number; fields: string[] }[] | string {
	const out: { line: number; fields: string[] }[] = [];
	let fields: string[] = [];
	let cur = '';
	let line = 1;
	let start = 1;
	let i = 0;
	const n = text.length;
	// The next quote and CR at or after `i` (-1: none left), looked up again only once passed.
	let quote = -2;
	let cr = -2;
	while (i < n) {
		if (cur === '' && fields.length === 0) {
			// At the start of a record: a line without a quote is split at once (nearly every line).
			let nl = text.indexOf('\n', i);
			if (nl < 0) nl = n;
			if (quote !== -1 && quote < i) quote = text.indexOf('"', i);
			if (cr !== -1 && cr < i) cr = text.indexOf('\r', i);
			if ((quote < 0 || quote >= nl) && (cr < 0 || cr >= nl - 1)) {
				const end = cr === nl - 1 ? nl - 1 : nl;
				if (end === i && nl === n) break;
				out.push({ line, fields: text.slice(i, end).split(',') });
				line++;
				start = line;
				i = nl + 1;
				continue;
			}
		}
		const ch = text[i]!;
		if (ch === '"' && cur === '') {
			// Quoted field: up to the closing quote; "" is a quote.
			let j = i + 1;
			let s = '';
			for (;;) {
				const q = text.indexOf('"', j);
				if (q < 0) return `an unclosed quote starting on line ${line}`;
				s += text.slice(j, q);
				if (text[q + 1] === '"') {
					s += '"';
					j = q + 2;
				} else {
					j = q + 1;
					break;
				}
			}
			line += s.split('\n').length - 1;
			cur = s;
			i = j;
			const next = text[i];
			if (next !== undefined && next !== ',' && next !== '\n' && next !== '\r')
				return `a comma or line end after a closing quote on line ${line}`;
			continue;
		}
		if (ch === ',') {
			fields.push(cur);
			cur = '';
		} else if (ch === '\n' || ch === '\r') {
			fields.push(cur);
			out.push({ line: start, fields });
			fields = [];
			cur = '';
			if (ch === '\r' && text[i + 1] === '\n') i++;
			line++;
			start = line;
		} else {
			const next = text.slice(i).search(/[,\n\r]/);
			const end = next < 0 ? n : i + next;
			cur += text.slice(i, end);
			i = end;
			continue;
		}
		i++;
	}
	if (cur !== '' || fields.length > 0) {
		fields.push(cur);
		out.push({ line: start, fields });
	}
	return out;
}

const COUNT = /^(0|[1-9][0-9]*)$/;

/** The count a field holds (`COUNT`), or -1. Plain digits are read without a regular expression. */
function countOf(v: string): number {
	const len = v.length;
	if (len > 0 && len < 16 && (len === 1 || v.charCodeAt(0) !== 48)) {
		let n = 0;
		for (let k = 0; k < len; k++) {
			const c = v.charCodeAt(k) - 48;
			if (c < 0 || c > 9) return -1;
			n = n * 10 + c;
		}
		return n;
	}
	return COUNT.test(v) ? Number(v) : -1;
}

const IMAGE = /^https?:\/\/[^\s"<>`\\]+$/;

/**
 * Read a sheet file written by `formatSheetCsv` (or by hand in the same format). Every problem is
 * a DataError naming the line and column; rows with a problem are left out.
 *
 * @example parseSheetCsv('sheet,region,centre,table,registered,valid,null,ana,image\nx,n1,,,,2,0,2,\n', 'f.csv').rows[0].votes // { ana: 2 }
 */
export function parseSheetCsv(
	text: string,
	file: string
): { candidates: string[]; rows: SheetRow[]; errors: DataError[] } {
	const errors: DataError[] = [];
	const rows: SheetRow[] = [];
	if (text.charCodeAt(0) === 0xfeff)
		errors.push({
			file,
			path: 'line 1',
			expected: 'UTF-8 without a byte-order mark',
			found: 'a BOM'
		});
	const records = splitRecords(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
	if (typeof records === 'string') {
		errors.push({ file, path: '', expected: 'RFC 4180 CSV', found: records });
		return { candidates: [], rows, errors };
	}
	const header = records[0]?.fields ?? [];
	const fixed = header.slice(0, SHEET_FIXED_COLUMNS.length);
	const candidates = header.slice(SHEET_FIXED_COLUMNS.length, -1);
	if (
		fixed.join(',') !== SHEET_FIXED_COLUMNS.join(',') ||
		header[header.length - 1] !== 'image' ||
		candidates.length === 0
	) {
		errors.push({
			file,
			path: 'line 1',
			expected: `the header ${SHEET_FIXED_COLUMNS.join(',')},<candidate ids>,image`,
			found: JSON.stringify(header.join(','))
		});
		return { candidates, rows, errors };
	}
	const seen = new Map<string, number>();
	const width = header.length;
	const at = (line: number, col: number) => `line ${line}, column ${col + 1} (${header[col]})`;
	const notCount = (line: number, col: number, v: string) =>
		errors.push({ file, path: at(line, col), expected: 'a count ≥ 0', found: JSON.stringify(v) });
	for (let ri = 1; ri < records.length; ri++) {
		const { line, fields } = records[ri]!;
		if (fields.length === 1 && fields[0] === '') continue;
		if (fields.length !== width) {
			errors.push({
				file,
				path: `line ${line}`,
				expected: `${width} fields`,
				found: `${fields.length}`
			});
			continue;
		}
		let ok = true;
		const sheet = fields[0]!;
		const row: SheetRow = { sheet, region: fields[1]!, valid: 0, null: 0, votes: {} };
		if (fields[2] !== '') row.centre = fields[2];
		if (fields[3] !== '') row.table = fields[3];
		const reg = fields[4]!;
		if (reg !== '') {
			const n = countOf(reg);
			if (n < 0) {
				notCount(line, 4, reg);
				ok = false;
			}
			row.registered = n < 0 ? 0 : n;
		}
		for (let col = 5; col < width - 1; col++) {
			const v = fields[col]!;
			let n = countOf(v);
			if (n < 0) {
				notCount(line, col, v);
				ok = false;
				n = 0;
			}
			if (col === 5) row.valid = n;
			else if (col === 6) row.null = n;
			else row.votes[candidates[col - 7]!] = n;
		}
		const image = fields[width - 1]!;
		if (image !== '') {
			if (!IMAGE.test(image)) {
				errors.push({
					file,
					path: at(line, width - 1),
					expected: 'an http(s) URL',
					found: JSON.stringify(image)
				});
				ok = false;
			}
			row.image = image;
		}
		if (sheet === '') {
			errors.push({ file, path: at(line, 0), expected: 'a sheet key', found: 'an empty field' });
			ok = false;
		}
		const prev = seen.get(sheet);
		if (prev !== undefined) {
			errors.push({
				file,
				path: at(line, 0),
				expected: `a sheet key not used before (line ${prev})`,
				found: JSON.stringify(sheet)
			});
			ok = false;
		} else seen.set(sheet, line);
		if (ok) rows.push(row);
	}
	return { candidates, rows, errors };
}
