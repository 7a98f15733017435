import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterEach, describe, expect, it } from 'vitest';
import {
	buildCacheDir,
	cached,
	cacheKey,
	cacheRead,
	cacheWrite,
	serverCodeHash
} from './build-cache';

const dirs: string[] = [];
function tmp(): string {
	const d = mkdtempSync(join(tmpdir(), 'escrutinio-cache-'));
	dirs.push(d);
	return d;
}
afterEach(() => {
	for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

describe('cacheKey', () => {
	it('changes with any input, and with how the inputs are split', () => {
		const base = cacheKey('og-card', '{"title":"A"}', 'site');
		expect(cacheKey('og-card', '{"title":"A"}', 'site')).toBe(base);
		expect(cacheKey('og-card', '{"title":"B"}', 'site')).not.toBe(base);
		expect(cacheKey('og-card', '{"title":"A"}', 'site2')).not.toBe(base);
		expect(cacheKey('citation', '{"title":"A"}', 'site')).not.toBe(base);
		expect(cacheKey('ab', 'c')).not.toBe(cacheKey('a', 'bc'));
		expect(cacheKey('a', new Uint8Array([1, 2]))).not.toBe(cacheKey('a', new Uint8Array([1, 3])));
	});
});

describe('cache entries', () => {
	it('reads back what was written, under its kind and key only', () => {
		const dir = tmp();
		const key = cacheKey('x');
		expect(cacheRead('og-card', key, dir)).toBeUndefined();
		cacheWrite('og-card', key, 'bytes', dir);
		expect(cacheRead('og-card', key, dir)?.toString()).toBe('bytes');
		expect(cacheRead('citation', key, dir)).toBeUndefined();
		expect(cacheRead('og-card', cacheKey('y'), dir)).toBeUndefined();
		// No temporary file is left beside the entry.
		expect(readdirSync(join(dir, 'og-card'))).toEqual([key]);
	});

	it('makes a product once, then serves it; new inputs make it anew', async () => {
		const dir = tmp();
		let made = 0;
		const make = (v: string) => async () => {
			made += 1;
			return v;
		};
		const k1 = cacheKey('card', 'v1');
		expect(await cached('og-card', k1, make('one'), dir)).toEqual({
			data: Buffer.from('one'),
			hit: false
		});
		expect(await cached('og-card', k1, make('other'), dir)).toEqual({
			data: Buffer.from('one'),
			hit: true
		});
		expect(made).toBe(1);
		const k2 = cacheKey('card', 'v2');
		expect((await cached('og-card', k2, make('two'), dir)).data.toString()).toBe('two');
		expect(made).toBe(2);
	});

	it('is off with ESCRUTINIO_BUILD_CACHE=off: nothing read, nothing written', async () => {
		expect(buildCacheDir({ ESCRUTINIO_BUILD_CACHE: 'off' })).toBeNull();
		expect(buildCacheDir({ ESCRUTINIO_BUILD_CACHE: '0' })).toBeNull();
		expect(buildCacheDir({})).toMatch(/\.svelte-kit[/\\]escrutinio-cache$/);
		expect(buildCacheDir({ ESCRUTINIO_BUILD_CACHE: '/tmp/c' })).toBe('/tmp/c');
		let made = 0;
		const r = await cached('og-card', 'k', async () => `n${++made}`, null);
		const again = await cached('og-card', 'k', async () => `n${++made}`, null);
		expect([r.hit, again.hit, made]).toEqual([false, false, 2]);
		expect(cacheRead('og-card', 'k', null)).toBeUndefined();
	});
});

describe('serverCodeHash', () => {
	/** A fake SvelteKit server output with one chunk and one entry. */
	function serverOutput(chunk: string, entry = 'export const GET = 1;'): string {
		const root = join(tmp(), 'server');
		mkdirSync(join(root, 'chunks'), { recursive: true });
		mkdirSync(join(root, 'entries', 'endpoints'), { recursive: true });
		writeFileSync(join(root, 'index.js'), 'export class Server {}');
		writeFileSync(join(root, 'chunks', 'cite.js'), chunk);
		writeFileSync(join(root, 'entries', 'endpoints', 'x.js'), entry);
		return root;
	}
	const url = (root: string) => pathToFileURL(join(root, 'chunks', 'cite.js')).href;

	it('is the same for the same code and changes with any chunk or entry', () => {
		const a = serverCodeHash(url(serverOutput('const messages = {"cite.title": "A"};')));
		const same = serverCodeHash(url(serverOutput('const messages = {"cite.title": "A"};')));
		const otherChunk = serverCodeHash(url(serverOutput('const messages = {"cite.title": "B"};')));
		const otherEntry = serverCodeHash(
			url(serverOutput('const messages = {"cite.title": "A"};', 'export const GET = 2;'))
		);
		expect(a).toMatch(/^[0-9a-f]{64}$/);
		expect(same).toBe(a);
		expect(otherChunk).not.toBe(a);
		expect(otherEntry).not.toBe(a);
	});

	it("ignores SvelteKit's per-build version stamp, and nothing else", () => {
		const a = serverCodeHash(url(serverOutput('const o = { version_hash: "18ssygo", x: 1 };')));
		const b = serverCodeHash(url(serverOutput('const o = { version_hash: "2r6l1", x: 1 };')));
		const c = serverCodeHash(url(serverOutput('const o = { version_hash: "2r6l1", x: 2 };')));
		expect(b).toBe(a);
		expect(c).not.toBe(a);
	});

	it('is null outside a server build (source modules, dev server): nothing is cached', () => {
		expect(serverCodeHash(import.meta.url)).toBeNull();
		expect(serverCodeHash('virtual:module')).toBeNull();
	});
});
