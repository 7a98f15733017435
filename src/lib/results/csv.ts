/** A cell of a CSV file: text from the data, a number we computed, or nothing (empty cell). */
export type CsvValue = string | number | boolean | undefined | null;

/**
 * Characters that make a spreadsheet read a cell as a formula (OWASP "CSV injection"): a name in a
 * data file must never run as `=HYPERLINK(…)` on a journalist's machine.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One CSV cell (RFC 4180). Text that a spreadsheet would read as a formula gets a leading `'`;
 * text with a quote, comma, line break or edge space is quoted, quotes doubled. Numbers are
 * written plainly (dot decimal, no grouping); a non-finite number is an empty cell, never "NaN".
 *
 * @example csvCell('Pérez, "Ñato"') // '"Pérez, ""Ñato"""'
 * @example csvCell('=1+1') // "'=1+1"
 * @example csvCell(51.2) // '51.2'
 */
export function csvCell(value: CsvValue): string {
	if (value === undefined || value === null) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	if (typeof value === 'boolean') return value ? 'true' : 'false';
	let text = value;
	if (FORMULA_START.test(text)) text = `'${text}`;
	if (/[",\r\n]/.test(text) || /^\s|\s$/.test(text)) text = `"${text.replace(/"/g, '""')}"`;
	return text;
}

/**
 * A whole CSV file: a header row, then one line per row, CRLF line ends (RFC 4180), a final line
 * end, UTF-8 without a byte-order mark. Every row must have as many cells as the header.
 *
 * @example toCsv(['a', 'b'], [[1, 'x']]) // 'a,b\r\n1,x\r\n'
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
	const lines = [header.map(csvCell).join(',')];
	for (const [i, row] of rows.entries()) {
		if (row.length !== header.length)
			throw new Error(`CSV row ${i} has ${row.length} cells; the header has ${header.length}`);
		lines.push(row.map(csvCell).join(','));
	}
	return lines.join('\r\n') + '\r\n';
}

/**
 * A share in points with a fixed number of decimals, as CSV text (dot decimal). Empty when the
 * share is undefined (nothing counted).
 * @example csvShare(51.199997137, 7) // '51.1999971'
 */
export function csvShare(points: number | undefined, digits = 7): string | undefined {
	return points === undefined || !Number.isFinite(points) ? undefined : points.toFixed(digits);
}
