import { afterAll, describe, expect, it } from 'vitest';
import {
	existsSync,
	mkdirSync,
	mkdtempSync,
	readdirSync,
	readFileSync,
	rmSync,
	symlinkSync,
	writeFileSync
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { discard } from '../../scripts/lib/discard.js';

// scripts/lib/discard.js: an old build folder is moved aside at once and deleted in the background.
describe('discard', () => {
	const made: string[] = [];
	afterAll(() => {
		for (const d of made) rmSync(d, { recursive: true, force: true });
	});

	it('moves the folder away at once and deletes it in the background', async () => {
		const dir = resolve('.svelte-kit', `discard-test-${process.pid}`);
		made.push(dir);
		mkdirSync(join(dir, 'a', 'b'), { recursive: true });
		for (let i = 0; i < 50; i++) writeFileSync(join(dir, 'a', 'b', `${i}.html`), 'x');
		expect(discard(dir)).toBe(true);
		expect(existsSync(dir)).toBe(false);
		const trash = () =>
			readdirSync('.svelte-kit').filter((n) => n.includes(`discard-test-${process.pid}`));
		for (let i = 0; i < 100 && trash().length > 0; i++) await new Promise((r) => setTimeout(r, 50));
		expect(trash()).toEqual([]);
	});

	it('leaves a symbolic link to a folder where it is (the build writes through it)', () => {
		const target = mkdtempSync(join(tmpdir(), 'escrutinio-discard-target-'));
		const link = resolve('.svelte-kit', `discard-link-${process.pid}`);
		made.push(target, link);
		writeFileSync(join(target, 'index.html'), 'x');
		symlinkSync(target, link);
		expect(discard(link)).toBe(false);
		expect(readFileSync(join(link, 'index.html'), 'utf8')).toBe('x');
	});

	it('leaves a folder it cannot move to the caller, and says so', () => {
		expect(discard(join(tmpdir(), 'escrutinio-no-such-folder'))).toBe(false);
		const other = mkdtempSync(join(tmpdir(), 'escrutinio-discard-'));
		made.push(other);
		expect(existsSync(other)).toBe(true);
	});
});
