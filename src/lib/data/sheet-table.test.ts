import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../schemas/sheet';
import { formatSheetCsv, parseSheetCsv } from './sheet-file';
import {
	CENTRE,
	codesToString,
	encodeSheetTable,
	IMAGE,
	parseSheetTable,
	SHEET,
	SheetTable,
	TABLE
} from './sheet-table';

const ids = ['ana', 'beto', 'caro'];

/** Text of any kind: ASCII, accents, quotes, commas, line ends, characters beyond the BMP. */
const text = fc.oneof(
	fc.string({ unit: fc.constantFrom('a', 'Z', '1', '-', ' ', '.', '_') }),
	fc.string({ unit: fc.constantFrom('a', ',', '"', '\n', '\r', 'Ñ', 'é', '€', '😀', ' ') })
);
const count = fc.oneof(
	fc.nat(12),
	fc.nat(100_000),
	fc.constantFrom(0, 9, 10, 99, 100, 9999, 10_000, 123_456_789, 2 ** 40, Number.MAX_SAFE_INTEGER)
);
const row: fc.Arbitrary<SheetRow> = fc
	.record(
		{
			sheet: text,
			region: fc.oneof(fc.constantFrom('p-1', 'p-2', 'p-3'), text),
			centre: text,
			table: text,
			registered: count,
			valid: count,
			null: count,
			votes: fc.record({ ana: count, beto: count, caro: count }, { requiredKeys: [] }),
			image: fc.oneof(
				fc.constantFrom('https://example.org/a.jpg', 'http://x.y/é?a=1,2'),
				text.map((t) => 'https://example.org/' + t)
			)
		},
		{ requiredKeys: ['sheet', 'region', 'valid', 'null', 'votes'] }
	)
	.map((r) => {
		// The order of keys the readers give (and `toRows` keeps).
		const out: SheetRow = {
			sheet: r.sheet,
			region: r.region,
			valid: r.valid,
			null: r.null,
			votes: {}
		};
		for (const id of ids) {
			const v = (r.votes as Record<string, number | undefined>)[id];
			if (v !== undefined) out.votes[id] = v;
		}
		for (const k of ['centre', 'table', 'registered', 'image'] as const)
			if (r[k] !== undefined) (out as Record<string, unknown>)[k] = r[k];
		return out;
	});

const decode = (b: Uint8Array) => new TextDecoder().decode(b);

describe('SheetTable', () => {
	it('gives back the rows it was made from (fromRows → toRows), votes as 0 where a row had none', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
				const back = SheetTable.fromRows(rows, ids).toRows();
				expect(back).toEqual(
					rows.map((r) => ({
						...r,
						votes: Object.fromEntries(ids.map((id) => [id, r.votes[id] ?? 0]))
					}))
				);
			}),
			{ numRuns: 300 }
		);
	});

	it('writes the bytes of formatSheetCsv, for any rows and any order or subset of candidates', () => {
		fc.assert(
			fc.property(
				fc.array(row, { maxLength: 30 }),
				fc.shuffledSubarray(['ana', 'beto', 'caro', 'dani'], { minLength: 1 }),
				(rows, out) => {
					const t = SheetTable.fromRows(rows, ['caro', 'ana', 'beto']);
					expect(decode(encodeSheetTable(t, out))).toBe(formatSheetCsv(rows, out));
				}
			),
			{ numRuns: 500 }
		);
	});

	it('writes the real sheet file byte for byte from its own table', () => {
		const file = 'src/data/elections/venezuela-2024/sheets/opposition-81-7.csv';
		const bytes = readFileSync(file);
		const parsed = parseSheetTable(bytes.toString('utf8'));
		expect(parsed).toBeDefined();
		expect(parsed!.table.length).toBe(24_532);
		expect(Buffer.from(encodeSheetTable(parsed!.table, parsed!.candidates)).equals(bytes)).toBe(
			true
		);
		// The same rows parseSheetCsv reads.
		const slow = parseSheetCsv(bytes.toString('utf8'), file);
		expect(parsed!.table.toRows()).toEqual(slow.rows);
	}, 60_000);
});

describe('parseSheetTable', () => {
	it('reads what formatSheetCsv writes as parseSheetCsv does, or leaves it to parseSheetCsv', () => {
		fc.assert(
			fc.property(fc.array(row, { maxLength: 30 }), (rows) => {
				const csv = formatSheetCsv(rows, ids);
				const slow = parseSheetCsv(csv, 'f.csv');
				const fast = parseSheetTable(csv);
				if (fast === undefined) return;
				// Whatever it takes, parseSheetCsv takes without a problem and reads the same.
				expect(slow.errors).toEqual([]);
				expect(fast.candidates).toEqual(slow.candidates);
				expect(fast.table.toRows()).toEqual(slow.rows);
			}),
			{ numRuns: 500 }
		);
	});

	it('takes plain files and leaves every file with a problem to parseSheetCsv', () => {
		const head = 'sheet,region,centre,table,registered,valid,null,ana,beto,image\n';
		const good = 'a,p-1,c,1,10,5,1,2,3,https://example.org/a.jpg\nb,p-2,,,,0,0,0,0,\n';
		expect(parseSheetTable(head + good)?.table.toRows()).toEqual(
			parseSheetCsv(head + good, 'f.csv').rows
		);
		expect(parseSheetTable(head + good + '\n\n')?.table.length).toBe(2);
		expect(parseSheetTable(head)?.table.length).toBe(0);
		// Forms the fast path leaves to parseSheetCsv though they are fine: a quoted field, CRLF, a
		// repeated candidate id, a count of 16 digits.
		const fine = [
			head + good + '"c",p-1,,,,1,0,0,0,\n',
			head + good.replace(/\n/g, '\r\n'),
			head.replace('beto', 'ana') + good,
			head + good + 'c,p-1,,,,1234567890123456,0,0,0,\n'
		];
		// Each of these has a problem parseSheetCsv names.
		const bad = [
			'\uFEFF' + head + good,
			head.replace('registered', 'reg') + good,
			'sheet,region,centre,table,registered,valid,null,image\n',
			head + good + 'c,p-1,,,,01,0,0,0,\n',
			head + good + 'c,p-1,,,,-1,0,0,0,\n',
			head + good + 'c,p-1,,,,1.5,0,0,0,\n',
			head + good + 'c,p-1,,,x,1,0,0,0,\n',
			head + good + 'c,p-1,,,,1,0,0,0\n',
			head + good + 'c,p-1,,,,1,0,0,0,,\n',
			head + good + 'c,p-1,,,,1,0,0,0,javascript:x\n',
			head + good + ',p-1,,,,1,0,0,0,\n',
			head + good + 'a,p-1,,,,1,0,0,0,\n'
		];
		for (const csv of fine) {
			expect(parseSheetTable(csv), JSON.stringify(csv)).toBeUndefined();
			expect(parseSheetCsv(csv, 'f.csv').errors).toEqual([]);
		}
		for (const csv of bad) {
			expect(parseSheetTable(csv), JSON.stringify(csv)).toBeUndefined();
			expect(parseSheetCsv(csv, 'f.csv').errors.length, JSON.stringify(csv)).toBeGreaterThan(0);
		}
	});
});

describe('the text cells (bounds into one store of code units)', () => {
	it('give back each string exactly: none, empty, lone surrogates, emoji, longer than a copy chunk', () => {
		const long = 'é'.repeat(5000) + 'x'.repeat(4000);
		const cells = [undefined, '', '\uD800', 'a\uDFFFb', '😀,"\n', long, 'PEÑALVER'];
		const t = new SheetTable(['ana'], ['p-1'], 2, 4); // room for 4 code units: grown on the way
		cells.forEach((s, i) => {
			t.reserve(i);
			t.setText(i, SHEET, s ?? 'k' + i);
			t.setText(i, CENTRE, s);
			t.setText(i, TABLE, s === undefined ? undefined : s + '!');
			t.setText(i, IMAGE, s);
			t.length = i + 1;
		});
		cells.forEach((s, i) => {
			expect(t.text(i, SHEET)).toBe(s ?? 'k' + i);
			expect(t.text(i, CENTRE)).toBe(s);
			expect(t.text(i, TABLE)).toBe(s === undefined ? undefined : s + '!');
			expect(t.text(i, IMAGE)).toBe(s);
		});
		expect(codesToString(t.codes, t.bounds[5 * 8]!, t.bounds[5 * 8 + 1]!)).toBe(long);
	});

	it('in SharedArrayBuffers (the worker thread’s table), also when grown; read the same from a clone', () => {
		const t = new SheetTable(['ana', 'beto'], ['p-1', 'p-2'], 2, 4, true);
		for (let i = 0; i < 50; i++) {
			t.reserve(i);
			t.setText(i, SHEET, `10${i}-1`);
			t.setText(i, IMAGE, i % 2 ? undefined : `https://example.org/${i}.jpg`);
			t.region[i] = i % 2;
			t.valid[i] = i;
			t.votes[i * 2] = i;
			t.registered[i] = -1;
			t.length = i + 1;
		}
		for (const a of [t.region, t.registered, t.valid, t.nul, t.votes, t.codes, t.bounds])
			expect(a.buffer).toBeInstanceOf(SharedArrayBuffer);
		// What postMessage does with them: shared, not copied.
		const clone = structuredClone({
			codes: t.codes,
			bounds: t.bounds,
			region: t.region,
			registered: t.registered,
			valid: t.valid,
			nul: t.nul,
			votes: t.votes
		});
		const back = Object.assign(new SheetTable(t.candidates, t.regionIds, 0), clone, {
			length: t.length,
			used: t.used
		});
		expect(back.toRows()).toEqual(t.toRows());
		expect(encodeSheetTable(back, ['beto', 'ana'])).toEqual(encodeSheetTable(t, ['beto', 'ana']));
		t.setText(0, SHEET, 'changed'); // the same memory on both sides
		expect(back.sheetOf(0)).toBe('changed');
	});
});
