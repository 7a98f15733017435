import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../schemas/sheet';
import { encodeSheetCsv, formatSheetCsv, parseSheetCsv, sheetColumns } from './sheet-file';

const rows: SheetRow[] = [
	{
		sheet: 'C1-1',
		region: 'p-1-1-13',
		centre: 'C1',
		table: '1',
		registered: 666,
		valid: 364,
		null: 0,
		votes: { ana: 232, beto: 132 },
		image: 'https://example.org/a.jpg'
	},
	// Quoting only where needed: a comma and a quote in a key.
	{ sheet: 'Annex, "B"-2', region: 'p-1-1-13', valid: 3, null: 1, votes: { ana: 1, beto: 2 } }
];

describe('sheet files', () => {
	it('write the contract header, LF line ends, quotes only where a field needs them', () => {
		const text = formatSheetCsv(rows, ['ana', 'beto']);
		expect(text.split('\n')).toEqual([
			'sheet,region,centre,table,registered,valid,null,ana,beto,image',
			'C1-1,p-1-1-13,C1,1,666,364,0,232,132,https://example.org/a.jpg',
			'"Annex, ""B""-2",p-1-1-13,,,,3,1,1,2,',
			''
		]);
		expect(sheetColumns(['x'])).toEqual([
			'sheet',
			'region',
			'centre',
			'table',
			'registered',
			'valid',
			'null',
			'x',
			'image'
		]);
	});

	it('read back exactly what was written', () => {
		const parsed = parseSheetCsv(formatSheetCsv(rows, ['ana', 'beto']), 'f.csv');
		expect(parsed.errors).toEqual([]);
		expect(parsed.candidates).toEqual(['ana', 'beto']);
		expect(parsed.rows).toEqual(rows);
	});

	it('name the line and column of a bad count, a duplicate key and a wrong field count', () => {
		const text =
			'sheet,region,centre,table,registered,valid,null,ana,image\n' +
			'a,r,,,,-3,0,0,\n' +
			'b,r,,,,1,0,1,\n' +
			'b,r,,,,1,0,1,\n' +
			'c,r,,,1,0,1,\n';
		const { rows: ok, errors } = parseSheetCsv(text, 'f.csv');
		expect(ok.map((r) => r.sheet)).toEqual(['b']);
		expect(errors).toEqual([
			{ file: 'f.csv', path: 'line 2, column 6 (valid)', expected: 'a count ≥ 0', found: '"-3"' },
			{
				file: 'f.csv',
				path: 'line 4, column 1 (sheet)',
				expected: 'a sheet key not used before (line 3)',
				found: '"b"'
			},
			{ file: 'f.csv', path: 'line 5', expected: '9 fields', found: '8' }
		]);
	});

	it('read CRLF, quoted line ends and blank lines, with the right line numbers after them', () => {
		const text =
			'sheet,region,centre,table,registered,valid,null,ana,image\r\n' +
			'a,r,,,,1,0,1,\r\n' +
			'"b\r\nc",r,,,,1,0,1,\r\n' +
			'\r\n' +
			'd,r,,,,1,0,1,\r' +
			'e,r,,,,x,0,1,';
		const { rows: ok, errors } = parseSheetCsv(text, 'f.csv');
		expect(ok.map((r) => r.sheet)).toEqual(['a', 'b\r\nc', 'd']);
		expect(errors).toEqual([
			{ file: 'f.csv', path: 'line 7, column 6 (valid)', expected: 'a count ≥ 0', found: '"x"' }
		]);
	});

	it('refuse a header that is not the contract one', () => {
		const { errors } = parseSheetCsv('sheet,region,valid\n', 'f.csv');
		expect(errors[0]?.path).toBe('line 1');
		expect(errors[0]?.expected).toContain('sheet,region,centre,table,registered,valid,null');
	});
});

describe('encodeSheetCsv', () => {
	it('gives the UTF-8 bytes of formatSheetCsv, names with accents and quotes included', () => {
		const more: SheetRow[] = [
			...rows,
			{
				sheet: 'PEÑALVER "1"',
				region: 'p-1',
				centre: 'Ñ',
				table: '€',
				registered: 123456789,
				valid: 10000,
				null: 9999,
				votes: { ana: 0 },
				image: 'https://example.org/é.jpg'
			}
		];
		for (const list of [[], rows, more, Array.from({ length: 50 }, () => more).flat()])
			expect(new TextDecoder().decode(encodeSheetCsv(list, ['ana', 'beto']))).toBe(
				formatSheetCsv(list, ['ana', 'beto'])
			);
	});
});
