/**
 * The decisions of the live poller, as a pure state machine (no fetch, no timers, no clock: `now`
 * is passed in). The DOM/timer part in `start-poller.ts` only feeds it outcomes.
 *
 *   idle ──begin──► fetching ──inspect──► unchanged            (same bytes as the last good data)
 *                                    ├──► failed               (network, HTTP, not JSON)
 *                                    └──► (validate) ──apply──► updated | unchanged | failed
 *
 * Invariant: a failure never touches `good` — the page keeps showing the last good data, and the
 * status says since when (pattern: nprapps elections24-general, src/js/components/gopher.js).
 */

export type LivePhase = 'idle' | 'fetching' | 'updated' | 'unchanged' | 'failed';

export type FailureReason = 'network' | 'http' | 'json' | 'invalid';

export interface LiveFailure {
	reason: FailureReason;
	/** HTTP status, or the network error's message. */
	detail: string;
	/** Validation problems, one line each (reason 'invalid'). */
	errors: string[];
}

export interface LiveState<B> {
	phase: LivePhase;
	/** The last good data: `bundle` undefined means the data the page was built with. */
	good: { bundle: B | undefined; at: number; fingerprint: string | undefined };
	/** When the last check finished. */
	checkedAt: number | undefined;
	failure: LiveFailure | undefined;
	/** Fingerprint of the last body that failed validation, so it is not validated again. */
	rejected: { fingerprint: string; failure: LiveFailure } | undefined;
}

/** What one fetch produced, as the DOM layer saw it. */
export type FetchOutcome =
	{ kind: 'response'; status: number; body: string } | { kind: 'network-error'; message: string };

/** What validating a changed body produced. */
export type ValidationResult<B> =
	{ ok: true; bundle: B; changed: boolean } | { ok: false; errors: string[] };

/**
 * The state when the page starts: showing the prerendered data, loaded at `now`.
 * @example initialLiveState(1000).good // { bundle: undefined, at: 1000, fingerprint: undefined }
 */
export function initialLiveState<B>(now: number): LiveState<B> {
	return {
		phase: 'idle',
		good: { bundle: undefined, at: now, fingerprint: undefined },
		checkedAt: undefined,
		failure: undefined,
		rejected: undefined
	};
}

/**
 * A check starts. Everything else is kept (the last failure stays visible until a check ends).
 * @example beginFetch(initialLiveState(0)).phase // 'fetching'
 */
export function beginFetch<B>(state: LiveState<B>): LiveState<B> {
	return { ...state, phase: 'fetching' };
}

/**
 * A short, stable fingerprint of a body (FNV-1a, 32 bit, plus the length) to tell "same file"
 * without validating it again. Not a security measure: a changed file that collided would only
 * be picked up one poll later.
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
 * End a check with a failure, keeping the last good data.
 * @example failCheck(s, { reason: 'network', detail: 'offline', errors: [] }, 9).good === s.good // true
 */
export function failCheck<B>(state: LiveState<B>, failure: LiveFailure, now: number): LiveState<B> {
	return { ...state, phase: 'failed', failure, checkedAt: now };
}

/**
 * Look at a fetch outcome. Either the check ends here (`next` is final), or the body changed and
 * parses as JSON, and must be validated: `validate` carries the parsed JSON and its fingerprint,
 * to be handed back to `applyValidation`.
 * @example inspectResponse(s, { kind: 'response', status: 500, body: '' }, 5).next.failure
 * // { reason: 'http', detail: '500', errors: [] }
 */
export function inspectResponse<B>(
	state: LiveState<B>,
	outcome: FetchOutcome,
	now: number
): { next: LiveState<B>; validate?: { json: unknown; fingerprint: string } } {
	if (outcome.kind === 'network-error')
		return {
			next: failCheck(state, { reason: 'network', detail: outcome.message, errors: [] }, now)
		};
	// 304 only reaches code that asked for it explicitly; the body is then the one we have.
	if (outcome.status === 304 && state.good.fingerprint !== undefined)
		return { next: { ...state, phase: 'unchanged', failure: undefined, checkedAt: now } };
	if (outcome.status < 200 || outcome.status > 299)
		return {
			next: failCheck(state, { reason: 'http', detail: String(outcome.status), errors: [] }, now)
		};
	const fp = fingerprint(outcome.body);
	if (fp === state.good.fingerprint)
		return { next: { ...state, phase: 'unchanged', failure: undefined, checkedAt: now } };
	if (fp === state.rejected?.fingerprint)
		return { next: failCheck(state, state.rejected.failure, now) };
	let json: unknown;
	try {
		json = JSON.parse(outcome.body);
	} catch (e) {
		return {
			next: failCheck(state, { reason: 'json', detail: (e as Error).message, errors: [] }, now)
		};
	}
	return { next: state, validate: { json, fingerprint: fp } };
}

/**
 * The end of a check whose body had to be validated. Valid data becomes the new good data
 * ('updated' when what the page shows changed, else 'unchanged'); invalid data is remembered as
 * rejected and the last good data stays.
 * @example applyValidation(s, { ok: false, errors: ['…votes: expected …, got -5'] }, '9:ab', 7).good === s.good // true
 */
export function applyValidation<B>(
	state: LiveState<B>,
	result: ValidationResult<B>,
	fp: string,
	now: number
): LiveState<B> {
	if (!result.ok) {
		const failure: LiveFailure = {
			reason: 'invalid',
			detail: String(result.errors.length),
			errors: result.errors
		};
		return { ...failCheck(state, failure, now), rejected: { fingerprint: fp, failure } };
	}
	return {
		phase: result.changed ? 'updated' : 'unchanged',
		good: { bundle: result.bundle, at: now, fingerprint: fp },
		checkedAt: now,
		failure: undefined,
		rejected: undefined
	};
}

/**
 * When the next check is due: `interval` after the last one, or now when the tab comes back
 * after being hidden longer than that. Never in the past.
 * @example nextDelay(60_000, 10_000, 30_000) // 40000
 */
export function nextDelay(intervalMs: number, lastCheck: number | undefined, now: number): number {
	if (lastCheck === undefined) return intervalMs;
	return Math.max(0, lastCheck + intervalMs - now);
}
