import { closeSync, mkdtempSync, openSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeSheetTable } from '../../data/sheet-table';
import { decodeChunks, type Encoding } from '../../import/decode';
import { VE_2024_OPPOSITION } from '../../import/mapping';
import { readTallyCsv } from '../../import/tally-csv';
import {
	fileChunks,
	nodeUtf8,
	packTally,
	readTallyFile,
	unpackTally,
	useWorker,
	WORKER_MIN_BYTES
} from './read-tally';

const HEAD =
	'COD_EDO,EDO,COD_MUN,MUN,COD_PAR,PAR,CENTRO,MESA,RE,VOTOS_VALIDOS,VOTOS_NULOS,EG,NM,LM,JABE,JOBR,AE,CF,DC,EM,BERA,URL';
const line = (i: number, over = '') =>
	`17,EDO. SUCRE,13,MP. PEÑALVER,${1 + (i % 3)},"PQ. ""N"" ${i % 3}",1001,${i},${over || '500'},300,2,200,90,1,1,1,1,1,1,1,3,https://example.org/${i}.jpg`;

describe('a tally read in a worker thread', () => {
	it('comes back as it was read: rows, regions, problems (moved as plain data and buffers)', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'escrutinio-read-tally-'));
		const file = join(dir, 'in.csv');
		const lines = [HEAD, ...Array.from({ length: 3000 }, (_, i) => line(i + 1))];
		lines[7] = line(7, '-1'); // a bad count
		lines[9] = lines[8]!; // a repeated sheet key
		writeFileSync(file, lines.join('\n') + '\n');
		for (const skipInvalid of [false, true]) {
			const tally = await readTallyFile({
				file,
				encoding: 'utf-8',
				mapping: VE_2024_OPPOSITION,
				skipInvalid
			});
			const { packed, transfer } = packTally(tally);
			const rows = tally.rows;
			const { regions, errors, skippedLines, header, ignoredColumns, hasRegistered, fatal } = tally;
			// What postMessage does: a structured clone, the buffers moved.
			const back = unpackTally(structuredClone(packed, { transfer }));
			expect(back.rows).toEqual(rows);
			expect(back.table.length).toBe(2998);
			expect(back.regions).toEqual(regions);
			expect(back.errors).toEqual(errors);
			expect(back.errors.length).toBe(2);
			expect({ skippedLines, header, ignoredColumns, hasRegistered, fatal }).toEqual({
				skippedLines: back.skippedLines,
				header: back.header,
				ignoredColumns: back.ignoredColumns,
				hasRegistered: back.hasRegistered,
				fatal: back.fatal
			});
		}
	});
});

describe('the worker thread’s table (SharedArrayBuffers)', () => {
	it('is read as the table in this thread, posted without a copy, and gives the same sheet bytes', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'escrutinio-read-tally-'));
		const file = join(dir, 'in.csv');
		const lines = [HEAD, ...Array.from({ length: 5000 }, (_, i) => line(i + 1))];
		lines[7] = line(7, '-1'); // a bad count (skipped)
		writeFileSync(file, lines.join('\n') + '\n');
		const req = {
			file,
			encoding: 'utf-8' as const,
			mapping: VE_2024_OPPOSITION,
			skipInvalid: true
		};
		const here = await readTallyFile(req);
		const shared = await readTallyFile(req, true);
		expect(shared.table.codes.buffer).toBeInstanceOf(SharedArrayBuffer);
		const { packed, transfer } = packTally(shared);
		expect(transfer).toEqual([]);
		const back = unpackTally(structuredClone(packed));
		expect(back.rows).toEqual(here.rows);
		expect(back.errors).toEqual(here.errors);
		const ids = [...back.table.candidates].reverse();
		const regionIds = back.table.regionIds.map((k) => 'x-' + k);
		// What the worker makes when asked, and what this thread would make.
		expect(encodeSheetTable(shared.table.withRegionIds(regionIds), ids)).toEqual(
			encodeSheetTable(here.table.withRegionIds(regionIds), ids)
		);
	});
});

describe('when the worker starts', () => {
	it('is a fixed rule of the file size and the cores, whatever the machine is doing', () => {
		expect(useWorker(WORKER_MIN_BYTES, 2, undefined)).toBe(true);
		expect(useWorker(12 << 20, 16, undefined)).toBe(true);
		expect(useWorker(WORKER_MIN_BYTES - 1, 2, undefined)).toBe(false);
		expect(useWorker(12 << 20, 1, undefined)).toBe(false);
	});
	it('is forced on or off by ESCRUTINIO_DATA_WORKER', () => {
		expect(useWorker(10, 1, '1')).toBe(true);
		expect(useWorker(12 << 20, 16, '0')).toBe(false);
	});
});

describe('the file read in chunks through one reused buffer', () => {
	it('gives what the whole file read at once gives: rows, regions, problems, in every encoding', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'escrutinio-read-chunks-'));
		const lines = [HEAD, ...Array.from({ length: 40 }, (_, i) => line(i + 1))];
		lines[5] = line(5, '-1'); // a bad count
		const text = '\ufeff' + lines.join('\r\n') + '\r\n';
		const cases: { bytes: Buffer; encoding: Encoding }[] = [
			{ bytes: Buffer.from(text, 'utf8'), encoding: 'utf-8' },
			{ bytes: Buffer.from(text.slice(1), 'latin1'), encoding: 'latin1' },
			{ bytes: Buffer.from(text.slice(1), 'latin1'), encoding: 'windows-1252' },
			// Latin-1 bytes read as UTF-8: the error names the place and the encoding to try.
			{ bytes: Buffer.from(text.slice(1), 'latin1'), encoding: 'utf-8' }
		];
		for (const [n, { bytes, encoding }] of cases.entries()) {
			const file = join(dir, `in-${n}.csv`);
			writeFileSync(file, bytes);
			const whole = await readTallyCsv(
				decodeChunks([readFileSync(file)], encoding, { utf8: nodeUtf8 }),
				VE_2024_OPPOSITION,
				{ skipInvalid: true }
			);
			// Chunks of 7 and 64 bytes: characters, quoted fields and line ends cut at every place.
			for (const size of [7, 64]) {
				const fd = openSync(file, 'r');
				try {
					const chunked = await readTallyCsv(
						decodeChunks(fileChunks(fd, size), encoding, { utf8: nodeUtf8 }),
						VE_2024_OPPOSITION,
						{ skipInvalid: true }
					);
					// (A file that does not decode is refused whole; the rows read before the bad byte,
					// which depend on where the chunks end, are never used.)
					if (!whole.fatal) {
						expect(chunked.rows).toEqual(whole.rows);
						expect(chunked.regions).toEqual(whole.regions);
					}
					expect(chunked.errors).toEqual(whole.errors);
					expect(chunked.fatal).toBe(whole.fatal);
				} finally {
					closeSync(fd);
				}
			}
			if (n < 3) {
				expect(whole.rows.length).toBe(39);
				expect(whole.rows[0]!.sheet).toBe('1001-1');
				expect(whole.regions.get('m-17-13')?.name).toBe('MP. PEÑALVER');
				expect(whole.errors.length).toBe(1);
			} else {
				expect(whole.fatal).toBe(true);
				expect(whole.errors[0]!.found).toContain('--encoding windows-1252');
			}
		}
	});
});
