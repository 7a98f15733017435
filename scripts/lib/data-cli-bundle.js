// The data CLI as one plain-Node ES module. `npm run data` used to load the TypeScript through
// Vite's module runner: ~1.5 s and ~200 MB before the command did anything. Now the first run (and
// any run after a source of the CLI changed) bundles src/lib/server/data-cli/cli.ts with rolldown
// (Vite's own bundler, installed with it) into node_modules/.cache/escrutinio-data/, with the list
// of the files that went into it; every run stats those files (a few dozen `stat` calls) and loads
// the bundle when none is newer than it (nor package-lock.json and node_modules/.package-lock.json,
// which npm rewrites on every install). Nothing to run after `npm ci` or a checkout: a changed
// source is seen by its modification time. If the bundle cannot be made (no rolldown, a read-only
// folder), the CLI is loaded through Vite's module runner as before. `ESCRUTINIO_DATA_RUNNER=vite`
// forces that path (to debug with the sources themselves).
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ENTRY = join(ROOT, 'src/lib/server/data-cli/cli.ts');
/** The worker thread of import-csv (read-tally.ts), bundled on its own beside the CLI. */
const WORKER_ENTRY = join(ROOT, 'src/lib/server/data-cli/tally-worker.ts');
/** One cache per checkout (worktrees may share node_modules). */
const CACHE = join(
	ROOT,
	'node_modules/.cache/escrutinio-data',
	createHash('sha256').update(ROOT).digest('hex').slice(0, 12)
);
const BUNDLE = join(CACHE, 'cli.mjs');
const WORKER = join(CACHE, 'tally-worker.mjs');
const MANIFEST = join(CACHE, 'manifest.json');

/** Whether the bundle was made after every file in it (and after this script) last changed. */
function fresh() {
	let manifest;
	try {
		manifest = JSON.parse(readFileSync(MANIFEST, 'utf8'));
		statSync(BUNDLE);
		statSync(WORKER);
	} catch {
		return false;
	}
	if (manifest.root !== ROOT || !Array.isArray(manifest.files)) return false;
	// npm gives installed files a fixed old date: a changed dependency shows in the lock files.
	for (const f of ['package-lock.json', 'node_modules/.package-lock.json']) {
		try {
			if (statSync(join(ROOT, f)).mtimeMs > manifest.started) return false;
		} catch {
			// not there: nothing to compare
		}
	}
	for (const f of [fileURLToPath(import.meta.url), ...manifest.files]) {
		try {
			if (statSync(f).mtimeMs > manifest.started) return false;
		} catch {
			return false; // a file that went into the bundle is gone
		}
	}
	return true;
}

/** One entry as one ES module (TypeScript and its dependencies, Node's built-ins left out). */
async function bundleOne(rolldown, input) {
	const build = await rolldown({ input, platform: 'node', cwd: ROOT, logLevel: 'silent' });
	const { output } = await build.generate({ format: 'esm' });
	await build.close();
	const chunk = output.find((o) => o.type === 'chunk' && o.isEntry);
	if (!chunk || output.some((o) => o.type === 'chunk' && o !== chunk))
		throw new Error('expected one chunk');
	return chunk;
}

/** Bundle the CLI, and the worker it starts (beside it: the CLI finds it there). */
async function bundle() {
	const { rolldown } = await import('rolldown');
	// Sources changed while bundling are newer than this and make the next run bundle again.
	const started = Date.now() - 1;
	const chunks = [await bundleOne(rolldown, ENTRY), await bundleOne(rolldown, WORKER_ENTRY)];
	const files = [
		...new Set(
			chunks.flatMap((c) =>
				c.moduleIds.filter((id) => !id.startsWith('\0') && !id.startsWith('node:'))
			)
		)
	];
	mkdirSync(CACHE, { recursive: true });
	// Written beside, then renamed: two runs at once never load half a file (the worker first: a
	// CLI loaded meanwhile finds the new worker beside it, or the old one with the old sources).
	const tmp = (f) => `${f}.${process.pid}.tmp`;
	writeFileSync(tmp(WORKER), chunks[1].code);
	writeFileSync(tmp(BUNDLE), chunks[0].code);
	writeFileSync(tmp(MANIFEST), JSON.stringify({ root: ROOT, started, files }));
	renameSync(tmp(WORKER), WORKER);
	renameSync(tmp(BUNDLE), BUNDLE);
	renameSync(tmp(MANIFEST), MANIFEST);
}

/** The CLI module (`main`, `COMMANDS`): the bundle, made first when it is missing or stale. */
export async function loadDataCli() {
	if (process.env.ESCRUTINIO_DATA_RUNNER !== 'vite') {
		let ok = fresh();
		if (!ok)
			try {
				await bundle();
				ok = true;
			} catch (e) {
				rmSync(MANIFEST, { force: true });
				if (process.env.ESCRUTINIO_DATA_TIMING)
					console.error(`data CLI: no bundle (${e.message}); using Vite's module runner`);
			}
		if (ok) return import(pathToFileURL(BUNDLE).href);
	}
	const { runnerImport } = await import('vite');
	const { module } = await runnerImport(ENTRY, {
		configFile: false,
		logLevel: 'silent',
		root: ROOT
	});
	return module;
}
