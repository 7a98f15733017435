import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { prunePageData } from '../../scripts/lib/prune-page-data.js';

let dir: string | undefined;
afterEach(() => dir && rmSync(dir, { recursive: true, force: true }));

function page(path: string, html: string | undefined) {
	mkdirSync(join(dir!, path), { recursive: true });
	if (html !== undefined) writeFileSync(join(dir!, path, 'index.html'), html);
	writeFileSync(join(dir!, path, '__data.json'), '{"type":"data"}');
}

describe('prunePageData', () => {
	it('removes the data of pages sent without the client and keeps the rest', () => {
		dir = mkdtempSync(join(tmpdir(), 'prune-'));
		page('es/e', '<!doctype html><p>static</p>');
		page('es/e/claims/x', '<!doctype html><p>static</p>');
		page('en/e', '<script>__sveltekit_abc = {};</script>');
		page('orphan', undefined);
		expect(prunePageData(dir)).toEqual({ removed: 2, kept: 2 });
		expect(existsSync(join(dir, 'es/e/__data.json'))).toBe(false);
		expect(existsSync(join(dir, 'es/e/claims/x/__data.json'))).toBe(false);
		expect(existsSync(join(dir, 'es/e/index.html'))).toBe(true);
		expect(existsSync(join(dir, 'en/e/__data.json'))).toBe(true);
		expect(existsSync(join(dir, 'orphan/__data.json'))).toBe(true);
	});
});
