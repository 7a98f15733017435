// The citation renderer of a build, on a worker thread of its own (docs/build-time.md): citeproc-js
// costs about 15 ms a citation, which on the prerender's thread held up every page after it. This
// module is imported twice: by `cite.ts` on the prerender's thread, lazily, to learn its own
// built file's URL; and by the worker, which imports that same file and so runs the same built
// code (citation code, message catalogue, citation-js and citeproc), started by the guard below.
import { isMainThread, parentPort, workerData } from 'node:worker_threads';
import { citeFormats, type CiteOptions } from '$lib/cite/citation';
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

// In the worker: answer every request, one at a time, in order.
if (!isMainThread && parentPort && (workerData as { escrutinioCite?: boolean })?.escrutinioCite) {
	const port = parentPort;
	port.on('message', (r: CiteRequest) => port.postMessage(renderRequest(r)));
	port.postMessage({ ready: true });
}
