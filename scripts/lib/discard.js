// Deleting a build's ~1,000–2,000 old files waits on the disk for seconds (2–3 s on the bench
// machine), with the build standing still. `discard` moves a folder out of the way with one
// rename into .svelte-kit/ (ignored by git) and deletes it from a detached process, so the build
// goes on at once (docs/build-time.md). A folder that cannot be moved (missing, a symbolic link, or
// on another file system) is left where it is, and the caller's own deletion applies as before.
import { spawn } from 'node:child_process';
import { lstatSync, mkdirSync, readdirSync, renameSync } from 'node:fs';
import { basename, join } from 'node:path';

const KIT = '.svelte-kit';
const PREFIX = 'trash-';
let n = 0;

/**
 * Delete these paths from a detached process that outlives this one.
 * @param {string[]} paths
 */
function deleteDetached(paths) {
	if (paths.length === 0) return;
	const code = `for (const p of ${JSON.stringify(paths)}) { try { require('fs').rmSync(p, { recursive: true, force: true }); } catch {} }`;
	spawn(process.execPath, ['-e', code], { detached: true, stdio: 'ignore' }).unref();
}

/**
 * Move `path` aside and delete it in the background; false when it was not moved. Only a real
 * folder is moved: a symbolic link (say build/ → a web server's folder) is left to the caller,
 * which writes through it as before.
 * @param {string} path
 * @returns {boolean}
 */
export function discard(path) {
	const to = join(KIT, `${PREFIX}${process.pid}-${n++}-${basename(path)}`);
	try {
		if (!lstatSync(path).isDirectory()) return false;
		mkdirSync(KIT, { recursive: true });
		renameSync(path, to);
	} catch {
		return false;
	}
	deleteDetached([to]);
	return true;
}

/** Delete in the background whatever an earlier, stopped build left in .svelte-kit/trash-*. */
export function sweepTrash() {
	/** @type {string[]} */
	let names = [];
	try {
		names = readdirSync(KIT).filter((name) => name.startsWith(PREFIX));
	} catch {
		// no .svelte-kit yet
	}
	deleteDetached(names.map((name) => join(KIT, name)));
}
