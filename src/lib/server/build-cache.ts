import { createHash } from 'node:crypto';
import {
	existsSync,
	mkdirSync,
	readdirSync,
	readFileSync,
	renameSync,
	rmSync,
	writeFileSync
} from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * A cache of build products that outlives one build (docs/build-time.md): a file per entry under
 * `.svelte-kit/escrutinio-cache/<kind>/` (inside the project, beside SvelteKit's own generated
 * files, so worktrees that share one node_modules do not share it), named by the SHA-256 of everything the product is made
 * from. An entry is never updated: new inputs make a new key, so a stale entry is never served; it
 * only stays on disk until the folder is removed. Writes go to a temporary file renamed into place,
 * so a build that stops halfway leaves no half-written entry.
 *
 * `ESCRUTINIO_BUILD_CACHE` overrides the folder; `ESCRUTINIO_BUILD_CACHE=off` (or `0`) turns the
 * cache off: every product is made anew and nothing is written.
 */
export function buildCacheDir(
	env: Record<string, string | undefined> = process.env
): string | null {
	const v = env.ESCRUTINIO_BUILD_CACHE;
	if (v === 'off' || v === '0') return null;
	return resolve(v || '.svelte-kit/escrutinio-cache');
}

/**
 * The key of a product: SHA-256 over its inputs, each one length-prefixed so that no two different
 * lists of inputs give the same byte stream ("ab","c" ≠ "a","bc").
 */
export function cacheKey(...parts: (string | Uint8Array)[]): string {
	const h = createHash('sha256');
	for (const p of parts) {
		const bytes = typeof p === 'string' ? Buffer.from(p, 'utf8') : p;
		h.update(`${bytes.length}:`);
		h.update(bytes);
	}
	return h.digest('hex');
}

const entryPath = (dir: string, kind: string, key: string) => join(dir, kind, key);

/** The stored bytes of an entry, or undefined (no entry, or the cache is off). */
export function cacheRead(kind: string, key: string, dir = buildCacheDir()): Buffer | undefined {
	if (!dir) return undefined;
	try {
		return readFileSync(entryPath(dir, kind, key));
	} catch {
		return undefined;
	}
}

/** Store an entry (atomically). A failure to write only loses the entry; the build goes on. */
export function cacheWrite(
	kind: string,
	key: string,
	data: string | Uint8Array,
	dir = buildCacheDir()
): void {
	if (!dir) return;
	const path = entryPath(dir, kind, key);
	const tmp = `${path}.${process.pid}.${Math.random().toString(36).slice(2)}.tmp`;
	try {
		mkdirSync(join(dir, kind), { recursive: true });
		writeFileSync(tmp, data);
		renameSync(tmp, path);
	} catch {
		rmSync(tmp, { force: true });
	}
}

/** The entry for `key`, or `make()` stored under it. `hit` says which. */
export async function cached(
	kind: string,
	key: string,
	make: () => Promise<Uint8Array | string>,
	dir = buildCacheDir()
): Promise<{ data: Buffer; hit: boolean }> {
	const stored = cacheRead(kind, key, dir);
	if (stored) return { data: stored, hit: true };
	const made = await make();
	const data = typeof made === 'string' ? Buffer.from(made, 'utf8') : Buffer.from(made);
	cacheWrite(kind, key, data, dir);
	return { data, hit: false };
}

const versions = new Map<string, string>();

/** The installed version of a package (part of the key of what it produces). */
export function packageVersion(name: string): string {
	let v = versions.get(name);
	if (v === undefined) {
		const require = createRequire(import.meta.url);
		v = (require(`${name}/package.json`) as { version: string }).version;
		versions.set(name, v);
	}
	return v;
}

const codeHashes = new Map<string, string | null>();

/**
 * The hash of the built server code a module belongs to: every file under `chunks/` and
 * `entries/` of the SvelteKit server output (.svelte-kit/output/server: the folder with `index.js`
 * and `chunks/`) that holds the module at
 * `url` (its `import.meta.url`). Any change to the site's server code, the message catalogue
 * included, is a new hash, so a product keyed on it is never stale. Null when the module does not
 * run from a server build (vite dev, unit tests): then nothing is cached, since an imported
 * module's change could not be seen.
 */
export function serverCodeHash(url: string): string | null {
	let dir = url.startsWith('file:') ? dirname(fileURLToPath(url)) : '';
	while (dir && !(existsSync(join(dir, 'index.js')) && existsSync(join(dir, 'chunks')))) {
		const up = dirname(dir);
		dir = up === dir ? '' : up;
	}
	if (!dir) return null;
	let hash = codeHashes.get(dir);
	if (hash === undefined) {
		const files: string[] = [];
		const walk = (d: string) => {
			for (const e of readdirSync(d, { withFileTypes: true }).sort((a, b) =>
				a.name < b.name ? -1 : 1
			)) {
				const p = join(d, e.name);
				if (e.isDirectory()) walk(p);
				else if (e.name.endsWith('.js')) files.push(p);
			}
		};
		for (const sub of ['chunks', 'entries']) if (existsSync(join(dir, sub))) walk(join(dir, sub));
		// SvelteKit writes the build's version (a timestamp unless kit.version.name is set) into its
		// runtime as `version_hash`; it changes with every build and makes no product differ.
		const text = (f: string) =>
			readFileSync(f, 'utf8').replace(/\bversion_hash: "[^"]*"/g, 'version_hash: ""');
		hash = cacheKey(...files.flatMap((f) => [f.slice(dir.length), text(f)]));
		codeHashes.set(dir, hash);
	}
	return hash;
}
