import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VE_2024_OPPOSITION } from '../../import/mapping';
import { packTally, readTallyFile, unpackTally, useWorker, WORKER_MIN_BYTES } from './read-tally';

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
