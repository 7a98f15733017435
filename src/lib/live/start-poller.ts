import {
	afterLoad,
	afterValidation,
	beginFetch,
	conditionalHeaders,
	failCheck,
	initialLiveState,
	inspectResponse,
	markStale,
	nextDelay,
	type FetchOutcome,
	type LiveState,
	type LoadResult,
	type Timing,
	type ValidationResult,
	type Version
} from './poller';

export interface PollerOptions<D, F> {
	url: string;
	/** The version of the live file the page was built with. */
	built: Version;
	timing: Timing;
	/** After this long without a good check, the state says `stale`. */
	staleMs: number;
	/** Largest body accepted, in bytes (decoded); a bigger one is a failed check. */
	maxBytes: number;
	/** Validate parsed JSON with the build's schema (loaded lazily: zod is not in the first load). */
	validate: (json: unknown) => Promise<ValidationResult<F>>;
	/** Load what a newer file says changed, given the last good data (undefined: as built). */
	load: (file: F, good: D | undefined) => Promise<LoadResult<D>>;
	/** Every state change, with when the next check is due (for tests and for the status line). */
	onState: (state: LiveState<D>, nextAt: number | undefined) => void;
	random?: () => number;
	/** When the page started showing its figures, if before now (the first check is one interval after). */
	since?: number;
}

/**
 * Read a response's body, refusing one larger than `maxBytes` (announced by Content-Length or
 * found while streaming, so a huge body is never held in memory).
 * @example await readLimited(new Response('x'.repeat(10)), 5) // { kind: 'too-large', limit: 5 }
 */
export async function readLimited(
	res: Response,
	maxBytes: number
): Promise<{ kind: 'body'; text: string } | { kind: 'too-large'; limit: number }> {
	const declared = Number(res.headers.get('content-length') ?? NaN);
	if (declared > maxBytes) {
		await res.body?.cancel().catch(() => {});
		return { kind: 'too-large', limit: maxBytes };
	}
	if (!res.body) return { kind: 'body', text: await res.text() };
	const reader = res.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	for (;;) {
		const { done, value } = await reader.read();
		if (done) break;
		size += value.byteLength;
		if (size > maxBytes) {
			await reader.cancel().catch(() => {});
			return { kind: 'too-large', limit: maxBytes };
		}
		chunks.push(value);
	}
	const all = new Uint8Array(size);
	let at = 0;
	for (const c of chunks) {
		all.set(c, at);
		at += c.byteLength;
	}
	return { kind: 'body', text: new TextDecoder().decode(all) };
}

/**
 * One fetch as the state machine wants it. Same-origin pages send their own conditional headers
 * (`no-store`, so the browser hands us the 304). A page with an opaque origin (an embed in an
 * iframe sandboxed without same-origin) must not send them: they would need a CORS preflight per
 * poll; there the browser's cache revalidates (`no-cache`) and an unchanged file comes back as the
 * same bytes.
 */
export async function fetchOutcome(
	url: string,
	headers: Record<string, string>,
	maxBytes: number
): Promise<FetchOutcome> {
	const opaque = typeof location !== 'undefined' && location.origin === 'null';
	try {
		const res = await fetch(url, {
			cache: opaque ? 'no-cache' : 'no-store',
			headers: opaque ? {} : headers
		});
		const validators = {
			etag: res.headers.get('etag') ?? undefined,
			lastModified: res.headers.get('last-modified') ?? undefined
		};
		if (!res.ok) {
			await res.body?.cancel().catch(() => {});
			return { kind: 'response', status: res.status, body: '', validators };
		}
		const read = await readLimited(res, maxBytes);
		return read.kind === 'too-large'
			? read
			: { kind: 'response', status: res.status, body: read.text, validators };
	} catch (e) {
		return { kind: 'network-error', message: (e as Error).message || String(e) };
	}
}

/**
 * The thin browser part of the live poller: timers, `fetch`, and the page's visibility. Every
 * decision is in `poller.ts`. Checks run while the tab is visible, pause while it is hidden, and
 * run at once when it is shown again if one was due. Returns a function that stops polling.
 */
export function startPoller<D, F>(o: PollerOptions<D, F>): () => void {
	const random = o.random ?? Math.random;
	const since = Math.min(o.since ?? Date.now(), Date.now());
	let state = initialLiveState<D>(since, o.built);
	let timer: ReturnType<typeof setTimeout> | undefined;
	let staleTimer: ReturnType<typeof setTimeout> | undefined;
	let nextAt = since + o.timing.intervalMs;
	let running = false;
	let stopped = false;

	const armStale = () => {
		clearTimeout(staleTimer);
		if (stopped || state.stale || document.hidden) return;
		staleTimer = setTimeout(() => set(state), Math.max(0, state.goodAt + o.staleMs - Date.now()));
	};
	function set(s: LiveState<D>) {
		state = markStale(s, Date.now(), o.staleMs);
		armStale();
		o.onState(state, running ? undefined : nextAt);
	}

	async function check() {
		if (running || stopped) return;
		running = true;
		set(beginFetch(state));
		const outcome = await fetchOutcome(o.url, conditionalHeaders(state), o.maxBytes);
		let next: LiveState<D>;
		try {
			const r = inspectResponse(state, outcome, Date.now());
			next = r.next;
			if (r.parsed) {
				const v = afterValidation(next, r.parsed, await o.validate(r.parsed.json), Date.now());
				next = v.next;
				if (v.load)
					next = afterLoad(
						next,
						r.parsed,
						v.load.version,
						await o.load(v.load.file, state.good.data),
						Date.now()
					);
			}
		} catch (e) {
			// The validation code itself could not load (offline since the page loaded).
			next = failCheck(state, { reason: 'network', detail: String(e), errors: [] }, Date.now());
		}
		running = false;
		if (stopped) return;
		nextAt = Date.now() + nextDelay(next, o.timing, random);
		set(next);
		schedule();
	}

	function schedule() {
		clearTimeout(timer);
		if (stopped || document.hidden) return;
		timer = setTimeout(check, Math.max(0, nextAt - Date.now()));
	}

	const onVisibility = () => {
		if (document.hidden) {
			clearTimeout(timer);
			clearTimeout(staleTimer);
		} else if (nextAt <= Date.now()) void check();
		else {
			armStale();
			schedule();
		}
	};
	document.addEventListener('visibilitychange', onVisibility);
	set(state);
	schedule();
	return () => {
		stopped = true;
		clearTimeout(timer);
		clearTimeout(staleTimer);
		document.removeEventListener('visibilitychange', onVisibility);
	};
}
