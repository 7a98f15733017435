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

/**
 * The text of a sheet file. A candidate missing from a row's `votes` is written as 0.
 * @example formatSheetCsv([{ sheet: 'c1-1', region: 'n1', valid: 3, null: 0, votes: { ana: 2, beto: 1 } }], ['ana', 'beto'])
 * // 'sheet,region,centre,table,registered,valid,null,ana,beto,image\nc1-1,n1,,,,3,0,2,1,\n'
 */
export function formatSheetCsv(rows: readonly SheetRow[], candidateIds: readonly string[]): string {
	const lines: string[] = new Array(rows.length + 1);
	lines[0] = sheetColumns(candidateIds).join(',');
	const n = candidateIds.length;
	// One array of cells, filled again for each row (numbers are made text by `join`).
	const cells: (string | number)[] = new Array(SHEET_FIXED_COLUMNS.length + n + 1);
	for (let i = 0; i < rows.length; i++) {
		const r = rows[i]!;
		cells[0] = field(r.sheet);
		cells[1] = field(r.region);
		cells[2] = field(r.centre);
		cells[3] = field(r.table);
		cells[4] = r.registered ?? '';
		cells[5] = r.valid;
		cells[6] = r.null;
		for (let k = 0; k < n; k++) cells[7 + k] = r.votes[candidateIds[k]!] ?? 0;
		cells[7 + n] = field(r.image);
		lines[i + 1] = cells.join(',');
	}
	return lines.join('\n') + '\n';
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
	for (const { line, fields } of records.slice(1)) {
		if (fields.length === 1 && fields[0] === '') continue;
		const at = (col: number) => `line ${line}, column ${col + 1} (${header[col]})`;
		if (fields.length !== header.length) {
			errors.push({
				file,
				path: `line ${line}`,
				expected: `${header.length} fields`,
				found: `${fields.length}`
			});
			continue;
		}
		let ok = true;
		const count = (col: number, optional: boolean): number | undefined => {
			const v = fields[col]!;
			if (v === '' && optional) return undefined;
			if (!COUNT.test(v)) {
				errors.push({ file, path: at(col), expected: 'a count ≥ 0', found: JSON.stringify(v) });
				ok = false;
				return 0;
			}
			return Number(v);
		};
		const [sheet, region, centre, table] = fields as [string, string, string, string];
		const row: SheetRow = { sheet, region, valid: 0, null: 0, votes: {} };
		if (centre !== '') row.centre = centre;
		if (table !== '') row.table = table;
		const registered = count(4, true);
		if (registered !== undefined) row.registered = registered;
		row.valid = count(5, false)!;
		row.null = count(6, false)!;
		candidates.forEach((id, k) => (row.votes[id] = count(7 + k, false)!));
		const image = fields[header.length - 1]!;
		if (image !== '') {
			if (!/^https?:\/\/[^\s"<>`\\]+$/.test(image)) {
				errors.push({
					file,
					path: at(header.length - 1),
					expected: 'an http(s) URL',
					found: JSON.stringify(image)
				});
				ok = false;
			}
			row.image = image;
		}
		if (sheet === '') {
			errors.push({ file, path: at(0), expected: 'a sheet key', found: 'an empty field' });
			ok = false;
		}
		const prev = seen.get(sheet);
		if (prev !== undefined) {
			errors.push({
				file,
				path: at(0),
				expected: `a sheet key not used before (line ${prev})`,
				found: JSON.stringify(sheet)
			});
			ok = false;
		} else seen.set(sheet, line);
		if (ok) rows.push(row);
	}
	return { candidates, rows, errors };
}
