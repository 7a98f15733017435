// SvelteKit writes a `__data.json` beside every prerendered page that has a server load, for its
// client router to fetch on navigation, even when the page is sent without that client
// (`csr = false`). No Escrutinio page hydrates (docs/hydration.md), so those files are never
// asked for: 255 files, 6 MB that a newsroom would upload for nothing. After the adapter has
// written the build, each one is removed when the page beside it carries no SvelteKit client
// (no `__sveltekit_` bootstrap); a page that hydrates again keeps its file.
import { readdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Removes the unused `__data.json` files under `dir`.
 * @param {string} dir the build folder
 * @returns {{ removed: number, kept: number }}
 */
export function prunePageData(dir) {
	let removed = 0;
	let kept = 0;
	for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile() || entry.name !== '__data.json') continue;
		const folder = entry.parentPath;
		let html;
		try {
			html = readFileSync(join(folder, 'index.html'), 'utf8');
		} catch {
			// No page beside it: not ours to judge.
			kept++;
			continue;
		}
		if (html.includes('__sveltekit_')) kept++;
		else {
			rmSync(join(folder, '__data.json'));
			removed++;
		}
	}
	return { removed, kept };
}
