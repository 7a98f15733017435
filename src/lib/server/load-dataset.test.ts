import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataValidationError, loadDataset } from './load-dataset';
import { formatDataError } from '../data/errors';

const VALID_ROOT = resolve('tests/fixtures/elections/valid-minimal');

function copyValid(): string {
	const dir = mkdtempSync(join(tmpdir(), 'escrutinio-'));
	cpSync(VALID_ROOT, dir, { recursive: true });
	return dir;
}

describe('loadDataset', () => {
	it('finds every election folder without code changes', () => {
		const dir = copyValid();
		cpSync(join(dir, 'fixture-2030'), join(dir, 'fixture-2031'), { recursive: true });
		const f = join(dir, 'fixture-2031', 'election.json');
		const e = JSON.parse(readFileSync(f, 'utf8'));
		e.id = 'fixture-2031';
		e.date = '2031-01-01';
		writeFileSync(f, JSON.stringify(e));
		const { elections, errors } = loadDataset(dir);
		expect(errors).toEqual([]);
		expect(elections.map((b) => b.election.id)).toEqual(['fixture-2031', 'fixture-2030']);
	});

	it('names the file, line and column of broken JSON', () => {
		const dir = copyValid();
		writeFileSync(join(dir, 'fixture-2030', 'sources.json'), '[\n  { "id": "x", }\n]');
		const { errors } = loadDataset(dir);
		expect(errors).toHaveLength(1);
		expect(formatDataError(errors[0]!)).toMatch(
			/fixture-2030\/sources\.json: expected valid JSON, got .*line 2/
		);
	});

	it('refuses an election whose id is not its folder name', () => {
		const dir = copyValid();
		const f = join(dir, 'fixture-2030', 'election.json');
		const e = JSON.parse(readFileSync(f, 'utf8'));
		e.id = 'other-id';
		writeFileSync(f, JSON.stringify(e));
		const { errors } = loadDataset(dir);
		expect(errors.map(formatDataError)).toContainEqual(
			expect.stringContaining('election.json › id: expected the folder name')
		);
	});

	it('lists every problem in the error that stops the build', () => {
		const err = new DataValidationError([
			{ file: 'a.json', path: '[0].votes', expected: 'a count ≥ 0', found: '-1' },
			{ file: 'b.json', path: 'url', expected: 'an http(s) URL', found: '"javascript:x"' }
		]);
		expect(err.message).toContain('a.json › [0].votes: expected a count ≥ 0, got -1');
		expect(err.message).toContain('b.json › url: expected an http(s) URL, got "javascript:x"');
	});
});

describe('loadSheets', () => {
	it('reads a release’s sheet rows from the data folder, null when it has none', async () => {
		const { loadSheets } = await import('./load-dataset');
		const before = process.env.ESCRUTINIO_DATA_DIR;
		process.env.ESCRUTINIO_DATA_DIR = VALID_ROOT;
		try {
			const rows = loadSheets('fixture-2030', 'official-2')!;
			expect(rows).toHaveLength(10);
			expect(rows.reduce((a, r) => a + (r.votes.ana ?? 0), 0)).toBe(560);
			expect(rows[4]?.centre).toBe('C, annex');
			expect(rows[5]).toEqual({
				sheet: 'N-6',
				region: 'n1',
				valid: 80,
				null: 1,
				votes: { ana: 50, beto: 25, caro: 5, dani: 0 }
			});
			expect(loadSheets('fixture-2030', 'official-1')).toBeNull();
			expect(loadSheets('fixture-2030', '../x')).toBeNull();
		} finally {
			if (before === undefined) delete process.env.ESCRUTINIO_DATA_DIR;
			else process.env.ESCRUTINIO_DATA_DIR = before;
		}
	});
});
