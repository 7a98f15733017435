/**
 * The decisions of the live poller, as a pure state machine (no fetch, no timers, no clock: `now`
 * and `random` are passed in). The browser part in `start-poller.ts` only feeds it outcomes.
 *
 *   begin ─► fetch live.json ─► inspectResponse ─► done: unchanged (304, same bytes) | failed
 *                                      │ parsed
 *                                      ▼ (validate with the build's schema, lazily loaded)
 *                               afterValidation ─► done: unchanged (same version) | failed
 *                                      │ newer version      (invalid, older version)
 *                                      ▼ (load only what changed, e.g. results.json)
 *                                 afterLoad ─► updated | unchanged | failed
 *
 * Invariants: a failure never touches `good` (the page keeps showing the last good figures); a
 * file whose build time is older than the good one's never replaces it; after `failures` failed
 * checks in a row the next check waits longer (nextDelay), and one good check resets that; the
 * page says its figures may be out of date once `staleMs` passed without a good check (isStale).
 * Pattern: nprapps elections24-general, src/js/components/gopher.js.
 */

export type LivePhase = 'idle' | 'fetching' | 'updated' | 'unchanged' | 'failed';

export type FailureReason =
	| 'network'
	| 'http'
	| 'too-large'
	| 'json'
	| 'invalid'
	| 'older'
	| 'mismatch'
	/** The election page fetched itself and is not yet the version the live file announced. */
	| 'pending';

export interface LiveFailure {
	reason: FailureReason;
	/** HTTP status, the network error's message, the byte limit, the older build time… */
	detail: string;
	/** Validation problems, one line each (reason 'invalid' or 'mismatch'). */
	errors: string[];
}

/** What identifies a live file: its content hash, and its build time to order two of them. */
export interface Version {
	version: string;
	builtAt: string;
}

/** HTTP validators of the last good response, sent back as If-None-Match / If-Modified-Since. */
export interface Validators {
	etag?: string;
	lastModified?: string;
}

export interface LiveState<D> {
	phase: LivePhase;
	/** The last good file: `data` undefined means what the page was built with. */
	good: Version & {
		data: D | undefined;
		/** Fingerprint of its bytes, so the same bytes are not validated again. */
		fingerprint: string | undefined;
		validators: Validators;
	};
	/** When the last good check ended (the page's load time until then). */
	goodAt: number;
	/** When the last check ended, good or not. */
	checkedAt: number | undefined;
	/** Checks ended so far. */
	checks: number;
	/** Failed checks in a row (0 after a good one). */
	failures: number;
	failure: LiveFailure | undefined;
	/** A body refused before (invalid, older), so the same bytes are refused without work. */
	rejected: { fingerprint: string; failure: LiveFailure } | undefined;
	/** True once `staleMs` passed without a good check; set by `markStale`. */
	stale: boolean;
}

/** What one fetch produced, as the browser layer saw it. */
export type FetchOutcome =
	| { kind: 'response'; status: number; body: string; validators: Validators }
	| { kind: 'too-large'; limit: number }
	| { kind: 'network-error'; message: string };

/** A body that parsed as JSON and now needs validating (handed back to `afterValidation`). */
export interface Parsed {
	json: unknown;
	fingerprint: string;
	validators: Validators;
}

export type ValidationResult<F> =
	{ ok: true; version: Version; file: F } | { ok: false; errors: string[] };

export type LoadResult<D> =
	{ ok: true; data: D; changed: boolean } | { ok: false; failure: LiveFailure };

/**
 * The state when the page starts: showing the figures it was built with, from `built`, at `now`.
 * @example initialLiveState(1000, { version: 'v0', builtAt: '…' }).good.data // undefined
 */
export function initialLiveState<D>(now: number, built: Version): LiveState<D> {
	return {
		phase: 'idle',
		good: { ...built, data: undefined, fingerprint: undefined, validators: {} },
		goodAt: now,
		checkedAt: undefined,
		checks: 0,
		failures: 0,
		failure: undefined,
		rejected: undefined,
		stale: false
	};
}

/**
 * A check starts. Everything else is kept (the last failure stays visible until a check ends).
 * @example beginFetch(s).phase // 'fetching'
 */
export function beginFetch<D>(state: LiveState<D>): LiveState<D> {
	return { ...state, phase: 'fetching' };
}

/**
 * The conditional-request headers for the next check: the validators of the last good response.
 * @example conditionalHeaders(s) // { 'If-None-Match': '"abc"', 'If-Modified-Since': 'Mon, 30 Nov 2026 18:00:00 GMT' }
 */
export function conditionalHeaders<D>(state: LiveState<D>): Record<string, string> {
	const h: Record<string, string> = {};
	if (state.good.validators.etag) h['If-None-Match'] = state.good.validators.etag;
	if (state.good.validators.lastModified)
		h['If-Modified-Since'] = state.good.validators.lastModified;
	return h;
}

/**
 * A short, stable fingerprint of a body (FNV-1a, 32 bit, plus the length) to tell "same bytes"
 * without validating again. A changed file that collided would only be seen one change later.
 * @example fingerprint('{"a":1}') // '7:…' (length, then 8 hex digits)
 */
export function fingerprint(text: string): string {
	let h = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) {
		h ^= text.charCodeAt(i);
		h = Math.imul(h, 0x01000193);
	}
	return `${text.length}:${(h >>> 0).toString(16).padStart(8, '0')}`;
}

/**
 * End a check with a failure: the good data stays, the failure count grows.
 * @example failCheck(s, { reason: 'network', detail: 'offline', errors: [] }, 9).good === s.good // true
 */
export function failCheck<D>(state: LiveState<D>, failure: LiveFailure, now: number): LiveState<D> {
	return {
		...state,
		phase: 'failed',
		failure,
		checkedAt: now,
		checks: state.checks + 1,
		failures: state.failures + 1
	};
}

/** End a check that found the good data unchanged (304, same bytes, same version). */
function goodUnchanged<D>(
	state: LiveState<D>,
	now: number,
	seen?: { fingerprint: string; validators: Validators }
): LiveState<D> {
	return {
		...state,
		phase: 'unchanged',
		good: seen ? { ...state.good, ...seen } : state.good,
		goodAt: now,
		checkedAt: now,
		checks: state.checks + 1,
		failures: 0,
		failure: undefined,
		stale: false
	};
}

/**
 * Look at a fetch outcome. Either the check ends here (`parsed` undefined), or the body is new JSON
 * and must be validated: hand `parsed` to `afterValidation`.
 * @example inspectResponse(s, { kind: 'response', status: 500, body: '', validators: {} }, 5).next.failure
 * // { reason: 'http', detail: '500', errors: [] }
 */
export function inspectResponse<D>(
	state: LiveState<D>,
	outcome: FetchOutcome,
	now: number
): { next: LiveState<D>; parsed?: Parsed } {
	if (outcome.kind === 'network-error')
		return {
			next: failCheck(state, { reason: 'network', detail: outcome.message, errors: [] }, now)
		};
	if (outcome.kind === 'too-large')
		return {
			next: failCheck(
				state,
				{ reason: 'too-large', detail: String(outcome.limit), errors: [] },
				now
			)
		};
	// A 304 answers our own If-None-Match / If-Modified-Since: the server still has the good file.
	if (outcome.status === 304 && (state.good.validators.etag || state.good.validators.lastModified))
		return { next: goodUnchanged(state, now) };
	if (outcome.status < 200 || outcome.status > 299)
		return {
			next: failCheck(state, { reason: 'http', detail: String(outcome.status), errors: [] }, now)
		};
	const fp = fingerprint(outcome.body);
	if (fp === state.good.fingerprint)
		return {
			next: goodUnchanged(state, now, { fingerprint: fp, validators: outcome.validators })
		};
	if (fp === state.rejected?.fingerprint)
		return { next: failCheck(state, state.rejected.failure, now) };
	let json: unknown;
	try {
		json = JSON.parse(outcome.body);
	} catch (e) {
		const failure: LiveFailure = { reason: 'json', detail: (e as Error).message, errors: [] };
		return { next: { ...failCheck(state, failure, now), rejected: { fingerprint: fp, failure } } };
	}
	return { next: state, parsed: { json, fingerprint: fp, validators: outcome.validators } };
}

/**
 * How a fetched file's version compares with the good one: the same content, a newer build, or
 * an older one (a stale cache, a half-finished upload). Two different contents built at the same
 * instant cannot be ordered and count as older: the page keeps what it has.
 * @example compareVersions({ version: 'a', builtAt: '2026-11-30T18:00:00Z' }, { version: 'b', builtAt: '2026-11-30T17:00:00Z' }) // 'older'
 */
export function compareVersions(good: Version, fetched: Version): 'same' | 'newer' | 'older' {
	if (good.version === fetched.version) return 'same';
	return Date.parse(fetched.builtAt) > Date.parse(good.builtAt) ? 'newer' : 'older';
}

/**
 * After validation: an invalid file or an older version fails the check (and is remembered, so
 * its bytes are refused without work); the same version is a good check; a newer version must be
 * loaded (`load` holds the validated file; hand the result to `afterLoad`).
 * @example afterValidation(s, parsed, { ok: false, errors: ['live.json › version: …'] }, 7).next.phase // 'failed'
 */
export function afterValidation<D, F>(
	state: LiveState<D>,
	parsed: Parsed,
	result: ValidationResult<F>,
	now: number
): { next: LiveState<D>; load?: { version: Version; file: F } } {
	const reject = (failure: LiveFailure) => ({
		next: {
			...failCheck(state, failure, now),
			rejected: { fingerprint: parsed.fingerprint, failure }
		}
	});
	if (!result.ok)
		return reject({
			reason: 'invalid',
			detail: String(result.errors.length),
			errors: result.errors
		});
	switch (compareVersions(state.good, result.version)) {
		case 'same':
			return {
				next: goodUnchanged(state, now, {
					fingerprint: parsed.fingerprint,
					validators: parsed.validators
				})
			};
		case 'older':
			return reject({ reason: 'older', detail: result.version.builtAt, errors: [] });
		case 'newer':
			return { next: state, load: { version: result.version, file: result.file } };
	}
}

/**
 * The end of a check that loaded a newer version. A failed load (a file it points to missing,
 * not matching its version, invalid) keeps the last good data and is not remembered: the same
 * live file is tried again at the next check, when the upload may have finished.
 * @example afterLoad(s, parsed, v, { ok: true, data: d, changed: true }, 9).phase // 'updated'
 */
export function afterLoad<D>(
	state: LiveState<D>,
	parsed: Parsed,
	version: Version,
	result: LoadResult<D>,
	now: number
): LiveState<D> {
	if (!result.ok) return failCheck(state, result.failure, now);
	return {
		...state,
		phase: result.changed ? 'updated' : 'unchanged',
		good: {
			...version,
			data: result.data,
			fingerprint: parsed.fingerprint,
			validators: parsed.validators
		},
		goodAt: now,
		checkedAt: now,
		checks: state.checks + 1,
		failures: 0,
		failure: undefined,
		rejected: undefined,
		stale: false
	};
}

export interface Timing {
	/** The normal time between checks (LIVE_POLL_SECONDS). */
	intervalMs: number;
	/** The longest wait after failures. */
	maxBackoffMs: number;
}

/**
 * How long to wait before the next check. After a good check, one interval. After n failed checks
 * in a row, exponential back-off with full jitter over the window between one interval and
 * min(cap, interval · 2ⁿ): `random` (0 ≤ r < 1) spreads a million pages that failed together
 * over the whole window, and none polls faster than normal while the host struggles.
 * @example nextDelay({ failures: 0 }, { intervalMs: 60_000, maxBackoffMs: 600_000 }, () => 0.5) // 60000
 * @example nextDelay({ failures: 2 }, { intervalMs: 60_000, maxBackoffMs: 600_000 }, () => 0.5) // 150000 (60 + 0.5 × (240 − 60) s)
 */
export function nextDelay(
	state: Pick<LiveState<unknown>, 'failures'>,
	timing: Timing,
	random: () => number
): number {
	const { intervalMs, maxBackoffMs } = timing;
	if (state.failures === 0) return intervalMs;
	const ceiling = Math.max(
		intervalMs,
		Math.min(maxBackoffMs, intervalMs * 2 ** Math.min(state.failures, 30))
	);
	return Math.round(intervalMs + random() * (ceiling - intervalMs));
}

/**
 * Whether the figures may be out of date: `staleMs` or more since the last good check.
 * @example markStale(s, s.goodAt + 600_000, 600_000).stale // true
 */
export function markStale<D>(state: LiveState<D>, now: number, staleMs: number): LiveState<D> {
	const stale = now - state.goodAt >= staleMs;
	return stale === state.stale ? state : { ...state, stale };
}
