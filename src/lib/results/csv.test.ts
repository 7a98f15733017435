import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { csvCell, csvShare, toCsv } from './csv';

/** A strict RFC 4180 reader, only for checking that what we write reads back the same. */
function parseCsv(text: string): string[][] {
	const rows: string[][] = [];
	let row: string[] = [];
	let cell = '';
	let i = 0;
	let quoted = false;
	while (i < text.length) {
		const ch = text[i]!;
		if (quoted) {
			if (ch === '"' && text[i + 1] === '"') {
				cell += '"';
				i += 2;
				continue;
			}
			if (ch === '"') quoted = false;
			else cell += ch;
			i++;
			continue;
		}
		if (ch === '"' && cell === '') quoted = true;
		else if (ch === ',') {
			row.push(cell);
			cell = '';
		} else if (ch === '\r' && text[i + 1] === '\n') {
			row.push(cell);
			rows.push(row);
			row = [];
			cell = '';
			i++;
		} else cell += ch;
		i++;
	}
	return rows;
}

describe('csvCell', () => {
	it.each([
		['plain', 'plain'],
		['Pérez, Juan', '"Pérez, Juan"'],
		['say "hi"', '"say ""hi"""'],
		['two\nlines', '"two\nlines"'],
		[' padded ', '" padded "'],
		['', '']
	])('writes %j as %j', (input, out) => expect(csvCell(input)).toBe(out));

	it.each(['=HYPERLINK("http://x","y")', '+1', '-2+3', '@SUM(A1)', '\tcmd', '\r=1'])(
		'never starts a text cell with a formula character: %j',
		(input) => {
			const cell = csvCell(input);
			const firstChar = cell.startsWith('"') ? cell[1] : cell[0];
			expect(firstChar).toBe("'");
		}
	);

	it('writes numbers plainly and non-finite numbers as empty cells', () => {
		expect(csvCell(7303480)).toBe('7303480');
		expect(csvCell(51.2)).toBe('51.2');
		expect(csvCell(Number.NaN)).toBe('');
		expect(csvCell(undefined)).toBe('');
		expect(csvCell(null)).toBe('');
		expect(csvCell(true)).toBe('true');
	});
});

describe('toCsv', () => {
	it('writes a header, CRLF line ends and a final line end', () => {
		expect(toCsv(['a', 'b'], [[1, 'x, y']])).toBe('a,b\r\n1,"x, y"\r\n');
	});

	it('refuses a row with the wrong number of cells', () => {
		expect(() => toCsv(['a', 'b'], [[1]])).toThrow(/row 0 has 1 cells/);
	});

	it('reads back every text cell (formula guard aside) for any text', () => {
		fc.assert(
			fc.property(fc.array(fc.array(fc.string(), { minLength: 2, maxLength: 2 })), (rows) => {
				const parsed = parseCsv(toCsv(['a', 'b'], rows));
				expect(parsed[0]).toEqual(['a', 'b']);
				expect(parsed.slice(1)).toEqual(
					rows.map((r) => r.map((c) => (/^[=+\-@\t\r]/.test(c) ? `'${c}` : c)))
				);
			})
		);
	});
});

describe('csvShare', () => {
	it('keeps a fixed number of decimals and leaves an unknown share empty', () => {
		expect(csvShare(51.199997137)).toBe('51.1999971');
		expect(csvShare(50, 2)).toBe('50.00');
		expect(csvShare(Number.NaN)).toBeUndefined();
		expect(csvShare(undefined)).toBeUndefined();
	});
});
