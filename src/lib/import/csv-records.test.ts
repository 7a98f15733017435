import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { CsvRecords, CsvSyntaxError } from './csv-records';

/** Records (with their lines) of `text` pushed in the given chunks. */
function read(chunks: string[]): { fields: string[]; line: number }[] {
	const out: { fields: string[]; line: number }[] = [];
	const r = new CsvRecords((fields, line) => {
		out.push({ fields, line });
	});
	for (const c of chunks) r.push(c);
	r.end();
	return out;
}

/** Every way of cutting `text` in two, and one character at a time. */
function splits(text: string): string[][] {
	const out = [[text], [...text]];
	for (let i = 1; i < text.length; i++) out.push([text.slice(0, i), text.slice(i)]);
	return out;
}

/** csv-parse, the reference, with the options the importer used. */
const reference = (text: string) =>
	parse(text, { bom: true, relax_column_count: true, skip_empty_lines: true }) as string[][];

const cases: [string, string][] = [
	['plain LF', 'a,b,c\n1,2,3\n'],
	['CRLF without a final line end', 'a,b,c\r\n1,2,3'],
	['a BOM, blank lines between and at the end', '\uFEFFa,b\r\n\r\n1,2\r\n\r\n\r\n'],
	['quoted commas, doubled quotes', 'a,b\n"x, ""y""",2\n"",""\n'],
	['a quoted line end (LF and CRLF)', 'a,b\r\n"one\r\ntwo",2\r\n3,"x\ny"\r\n'],
	['empty fields and a trailing comma', 'a,,c,\n,,,\n'],
	['a quoted field at the end of the file', 'a,b\n1,"z"'],
	['non-ASCII names', 'EDO,MUN\nSucre,"MP. PEÑALVER"\nMérida,Ñ\n'],
	['CR only', 'a,b\r1,2\r"3\r4",5\r']
];

describe('CsvRecords: the same records as csv-parse, however the text is cut', () => {
	for (const [what, text] of cases)
		it(what, () => {
			const want = reference(text);
			for (const chunks of splits(text)) expect(read(chunks).map((r) => r.fields)).toEqual(want);
		});
});

describe('CsvRecords with a line sink: the same records', () => {
	for (const [what, text] of cases)
		it(what, () => {
			const want = reference(text);
			for (const chunks of splits(text)) {
				const out: string[][] = [];
				const r = new CsvRecords(
					(fields) => {
						out.push(fields);
					},
					(t, start, end) => {
						out.push(t.slice(start, end).split(','));
					}
				);
				for (const c of chunks) r.push(c);
				r.end();
				expect(out).toEqual(want);
			}
		});
});

describe('CsvRecords: lines and errors', () => {
	it('gives each record the line it starts on, counting blank lines and quoted line ends', () => {
		const text = 'h1,h2\n\n"a\nb",1\r\nc,2\n';
		for (const chunks of splits(text)) expect(read(chunks).map((r) => r.line)).toEqual([1, 3, 5]);
	});

	const bad: [string, string, number, number, RegExp][] = [
		['a quote never closed', 'a,b\n1,"open\n2,3\n', 2, 2, /never closed/],
		['text after a closing quote', 'a,b\n1,"x"y\n', 2, 2, /"y" after the closing quote/],
		['a quote inside an unquoted field', 'a,b\nx,ab"c\n', 2, 2, /quote inside an unquoted field/]
	];
	for (const [what, text, line, column, message] of bad)
		it(`refuses ${what}, naming the line and field (csv-parse refuses it too)`, () => {
			expect(() => reference(text)).toThrow();
			for (const chunks of splits(text)) {
				let error: unknown;
				try {
					read(chunks);
				} catch (e) {
					error = e;
				}
				expect(error).toBeInstanceOf(CsvSyntaxError);
				const e = error as CsvSyntaxError;
				expect([e.line, e.column]).toEqual([line, column]);
				expect(e.found).toMatch(message);
			}
		});

	it('takes LF and CRLF mixed in one file (csv-parse would keep the CR in the last field)', () => {
		for (const chunks of splits('a,b\n1,2\r\n\r\n3,4\n'))
			expect(read(chunks).map((r) => r.fields)).toEqual([
				['a', 'b'],
				['1', '2'],
				['3', '4']
			]);
	});

	it('stops when the sink says so', () => {
		const seen: string[] = [];
		const r = new CsvRecords((f) => {
			seen.push(f[0]!);
			return f[0] === 'b';
		});
		r.push('a\nb\nc\n');
		r.end();
		expect(seen).toEqual(['a', 'b']);
		expect(r.done).toBe(true);
	});
});
