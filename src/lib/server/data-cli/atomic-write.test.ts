import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startTemporaries } from './atomic-write';

const folder = () => {
	const dir = mkdtempSync(join(tmpdir(), 'escrutinio-atomic-'));
	writeFileSync(join(dir, 'a.json'), 'old a\n');
	writeFileSync(join(dir, 'b.csv'), 'old b\n');
	return dir;
};
/** Every name in the folder, hidden temporaries included. */
const names = (dir: string) => readdirSync(dir).sort();

describe('startTemporaries: the atomic write in two halves', () => {
	it('finish writes every file in full (text and bytes) and leaves no temporary', async () => {
		const dir = folder();
		const big = Buffer.alloc(3 << 20, 'x'); // larger than one write may take
		const temps = startTemporaries([
			{ path: join(dir, 'a.json'), content: 'new a ñ\n' },
			{ path: join(dir, 'b.csv'), content: big },
			{ path: join(dir, 'sub/c.csv'), content: 'c\n' }
		]);
		await temps.finish();
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('new a ñ\n');
		expect(readFileSync(join(dir, 'b.csv')).equals(big)).toBe(true);
		expect(readFileSync(join(dir, 'sub/c.csv'), 'utf8')).toBe('c\n');
		expect(names(dir)).toEqual(['a.json', 'b.csv', 'sub']);
	});

	it('discard (an invalid change) leaves every file as it was and no temporary', async () => {
		const dir = folder();
		const temps = startTemporaries([
			{ path: join(dir, 'a.json'), content: 'new a\n' },
			{ path: join(dir, 'b.csv'), content: Buffer.from('new b\n') }
		]);
		await temps.discard();
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a\n');
		expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('old b\n');
		expect(names(dir)).toEqual(['a.json', 'b.csv']);
	});

	it('a temporary that cannot be made is reported by finish, after the others are removed', async () => {
		const dir = folder();
		// `a.json/x` cannot be created: a.json is a file.
		const temps = startTemporaries([
			{ path: join(dir, 'b.csv'), content: 'new b\n' },
			{ path: join(dir, 'a.json/x.csv'), content: 'x\n' }
		]);
		await expect(temps.finish()).rejects.toThrow(/ENOTDIR|EEXIST/);
		expect(readFileSync(join(dir, 'a.json'), 'utf8')).toBe('old a\n');
		expect(readFileSync(join(dir, 'b.csv'), 'utf8')).toBe('old b\n');
		expect(names(dir)).toEqual(['a.json', 'b.csv']);
	});
});
