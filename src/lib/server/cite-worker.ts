// The citation renderer of a build, on a worker thread of its own (docs/build-time.md): citeproc-js
// costs about 15 ms a citation, which on the prerender's thread held up every page after it. This
// module is imported twice: by `cite.ts` on the prerender's thread, lazily, to learn its own
// built file's URL; and by the worker, which imports that same file and so runs the same built
// code (citation code, message catalogue, citation-js and citeproc), started by the guard below.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { CSL_LOCALE, citeFormats, type CiteOptions } from '$lib/cite/citation';
import type { Locale } from '$lib/i18n';
import type { CiteWork } from '$lib/cite/work';

/** The URL of this module as built: what the worker imports. */
export const CITE_WORKER_URL = import.meta.url;

/** A request to the worker and its answer. */
export interface CiteRequest {
	id: number;
	work: CiteWork;
	opts: CiteOptions;
}
export type CiteAnswer =
	| { id: number; ms: number; citation: ReturnType<typeof citeFormats> }
	| { id: number; ms: number; error: string };

/** Render one request (here, or in the worker). */
export function renderRequest(r: CiteRequest): CiteAnswer {
	const t0 = performance.now();
	try {
		const citation = citeFormats(r.work, r.opts);
		return { id: r.id, ms: performance.now() - t0, citation };
	} catch (e) {
		return {
			id: r.id,
			ms: performance.now() - t0,
			error: e instanceof Error ? (e.stack ?? e.message) : String(e)
		};
	}
}

/**
 * Render one throw-away citation per language, so that citeproc-js's engines (one per style and
 * locale, about 1.5 s to build in all) and the styles exist before the first page asks: the
 * worker starts when the prerender does (`prewarmCitations` in cite.ts) and builds them while
 * the prerender writes its first files. citation-js empties an engine's items before every
 * bibliography, so this changes no later citation (`scripts/compare-builds.js`). A failure here is
 * ignored: the first real citation meets it again and fails the build as before.
 */
export function warmUp(): void {
	for (const lang of Object.keys(CSL_LOCALE) as Locale[]) {
		try {
			citeFormats(
				{ id: 'warm-up', lang, title: 'Warm-up', path: '/warm-up', asOf: '2024-01-01T00:00:00Z' },
				{ buildDate: '2024-01-01', origin: '' }
			);
		} catch {
			// see above
		}
	}
}

// In the worker: build the engines, then answer every request, one at a time, in order (requests
// sent meanwhile wait in the port's queue).
if (!isMainThread && parentPort && (workerData as { escrutinioCite?: boolean })?.escrutinioCite) {
	const port = parentPort;
	warmUp();
	port.on('message', (r: CiteRequest) => port.postMessage(renderRequest(r)));
	port.postMessage({ ready: true });
}
