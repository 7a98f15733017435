import { describe, expect, it } from 'vitest';
import {
	afterLoad,
	afterValidation,
	beginFetch,
	compareVersions,
	conditionalHeaders,
	fingerprint,
	initialLiveState,
	inspectResponse,
	markStale,
	nextDelay,
	type FetchOutcome,
	type LiveState,
	type Version
} from './poller';

type D = { v: number };
const V0: Version = { version: 'aaaaaaaaaaaaaa', builtAt: '2026-11-30T18:00:00.000Z' };
const V1: Version = { version: 'bbbbbbbbbbbbbb', builtAt: '2026-11-30T19:00:00.000Z' };
const ok = (body: string, validators = {}): FetchOutcome => ({
	kind: 'response',
	status: 200,
	body,
	validators
});
const status = (n: number): FetchOutcome => ({
	kind: 'response',
	status: n,
	body: '',
	validators: {}
});

/** One whole check of a body that validates as `version`, loading data `{ v }`. */
function checkTo(s: LiveState<D>, body: string, version: Version, v: number, now: number) {
	const r = inspectResponse(beginFetch(s), ok(body, { etag: `"${v}"` }), now);
	const a = afterValidation(r.next, r.parsed!, { ok: true, version, file: { v } }, now);
	return a.load
		? afterLoad(a.next, r.parsed!, version, { ok: true, data: { v }, changed: true }, now)
		: a.next;
}
/** The page has applied V1 (`{ v: 1 }`, body '{"v":1}') at t=100. */
const withGood = () => checkTo(initialLiveState<D>(0, V0), '{"v":1}', V1, 1, 100);

describe('the live poller state machine', () => {
	it('starts on the built version with nothing fetched', () => {
		const s = initialLiveState<D>(5, V0);
		expect(s).toMatchObject({ phase: 'idle', goodAt: 5, failures: 0, stale: false });
		expect(s.good).toMatchObject({ ...V0, data: undefined });
		expect(conditionalHeaders(s)).toEqual({});
	});

	it('the built version again is a good check: nothing to load, nothing changes', () => {
		const s = initialLiveState<D>(0, V0);
		const r = inspectResponse(beginFetch(s), ok('{"v":0}'), 10);
		const a = afterValidation(r.next, r.parsed!, { ok: true, version: V0, file: { v: 0 } }, 10);
		expect(a.load).toBeUndefined();
		expect(a.next).toMatchObject({ phase: 'unchanged', goodAt: 10, checks: 1 });
		expect(a.next.good.data).toBeUndefined();
	});

	it('a newer version is loaded and becomes the good data', () => {
		const s = withGood();
		expect(s).toMatchObject({ phase: 'updated', goodAt: 100, checks: 1, failures: 0 });
		expect(s.good).toMatchObject({ ...V1, data: { v: 1 } });
	});

	it('sends the last good validators and takes a 304 as a good check', () => {
		const s = checkTo(initialLiveState<D>(0, V0), '{"v":1}', V1, 1, 100);
		const s2 = {
			...s,
			good: {
				...s.good,
				validators: { etag: '"1"', lastModified: 'Mon, 30 Nov 2026 19:00:00 GMT' }
			}
		};
		expect(conditionalHeaders(s2)).toEqual({
			'If-None-Match': '"1"',
			'If-Modified-Since': 'Mon, 30 Nov 2026 19:00:00 GMT'
		});
		const failed = inspectResponse(beginFetch(s2), status(500), 150).next;
		const r = inspectResponse(beginFetch(failed), status(304), 200);
		expect(r.parsed).toBeUndefined();
		expect(r.next).toMatchObject({
			phase: 'unchanged',
			goodAt: 200,
			failures: 0,
			failure: undefined
		});
		expect(r.next.good).toBe(s2.good);
	});

	it('a 304 without having asked for one is a failure', () => {
		const r = inspectResponse(beginFetch(initialLiveState<D>(0, V0)), status(304), 5);
		expect(r.next.failure).toMatchObject({ reason: 'http', detail: '304' });
	});

	it('the same bytes again end the check without validating', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('{"v":1}'), 200);
		expect(r.parsed).toBeUndefined();
		expect(r.next).toMatchObject({ phase: 'unchanged', goodAt: 200 });
	});

	describe('every fault keeps the last good data and counts a failure', () => {
		const faults: [string, FetchOutcome, string][] = [
			['network error', { kind: 'network-error', message: 'Failed to fetch' }, 'network'],
			['404', status(404), 'http'],
			['500', status(500), 'http'],
			['body over the limit', { kind: 'too-large', limit: 65536 }, 'too-large'],
			['truncated JSON', ok('{"v":1, "tabul'), 'json'],
			['not JSON', ok('<html>'), 'json']
		];
		for (const [name, outcome, reason] of faults)
			it(name, () => {
				const s = withGood();
				const r = inspectResponse(beginFetch(s), outcome, 200);
				expect(r.parsed).toBeUndefined();
				expect(r.next).toMatchObject({ phase: 'failed', failures: 1, checks: 2, goodAt: 100 });
				expect(r.next.failure?.reason).toBe(reason);
				expect(r.next.good).toBe(s.good);
			});

		it('valid JSON that breaks the contract, remembered so it is not validated twice', () => {
			const s = withGood();
			const r = inspectResponse(beginFetch(s), ok('{"v":-5}'), 200);
			const errors = ['live.json › tabulations: expected an array, got nothing'];
			const a = afterValidation(r.next, r.parsed!, { ok: false, errors }, 200);
			expect(a.load).toBeUndefined();
			expect(a.next.failure).toEqual({ reason: 'invalid', detail: '1', errors });
			expect(a.next.good).toBe(s.good);
			const again = inspectResponse(beginFetch(a.next), ok('{"v":-5}'), 300);
			expect(again.parsed).toBeUndefined();
			expect(again.next).toMatchObject({ failures: 2, failure: { reason: 'invalid' } });
		});

		it('an older version never replaces a newer one', () => {
			const s = withGood();
			const r = inspectResponse(beginFetch(s), ok('{"v":0}'), 200);
			const a = afterValidation(r.next, r.parsed!, { ok: true, version: V0, file: { v: 0 } }, 200);
			expect(a.load).toBeUndefined();
			expect(a.next.failure).toMatchObject({ reason: 'older', detail: V0.builtAt });
			expect(a.next.good).toBe(s.good);
		});

		it('a newer file whose results cannot be loaded yet is tried again next time', () => {
			const s = withGood();
			const V2 = { version: 'cccccccccccccc', builtAt: '2026-11-30T20:00:00.000Z' };
			const r = inspectResponse(beginFetch(s), ok('{"v":2}'), 200);
			const a = afterValidation(r.next, r.parsed!, { ok: true, version: V2, file: { v: 2 } }, 200);
			const failure = { reason: 'mismatch' as const, detail: 'results.json', errors: ['…'] };
			const l = afterLoad(a.next, r.parsed!, V2, { ok: false, failure }, 200);
			expect(l).toMatchObject({ phase: 'failed', failure, failures: 1, rejected: undefined });
			expect(l.good).toBe(s.good);
			expect(inspectResponse(beginFetch(l), ok('{"v":2}'), 300).parsed).toBeDefined();
		});
	});

	it('recovers: one good check clears the failure and the failure count', () => {
		let s = withGood();
		for (let i = 0; i < 3; i++) s = inspectResponse(beginFetch(s), status(503), 200 + i).next;
		expect(s.failures).toBe(3);
		const back = inspectResponse(beginFetch(s), ok('{"v":1}'), 300).next;
		expect(back).toMatchObject({
			phase: 'unchanged',
			failure: undefined,
			failures: 0,
			goodAt: 300
		});
	});

	it('does not mutate the state it is given', () => {
		const s = withGood();
		const copy = JSON.stringify(s);
		const r = inspectResponse(beginFetch(s), ok('{"v":2}'), 200);
		inspectResponse(s, { kind: 'network-error', message: 'x' }, 200);
		afterValidation(s, r.parsed!, { ok: false, errors: ['e'] }, 200);
		afterLoad(s, r.parsed!, V1, { ok: true, data: { v: 9 }, changed: true }, 200);
		markStale(s, 10 ** 9, 1);
		expect(JSON.stringify(s)).toBe(copy);
	});
});

describe('compareVersions', () => {
	it('orders two different contents by build time; same content is the same', () => {
		expect(compareVersions(V0, { ...V0, builtAt: '2027-01-01T00:00:00Z' })).toBe('same');
		expect(compareVersions(V0, V1)).toBe('newer');
		expect(compareVersions(V1, V0)).toBe('older');
		expect(compareVersions(V0, { ...V1, builtAt: V0.builtAt })).toBe('older');
	});
});

describe('nextDelay: exponential back-off with full jitter, capped, reset on success', () => {
	const timing = { intervalMs: 60_000, maxBackoffMs: 600_000 };
	it('one interval after a good check', () => {
		expect(nextDelay({ failures: 0 }, timing, () => 0.99)).toBe(60_000);
	});
	it('the window doubles with each failure up to the cap; random spreads over all of it', () => {
		const top = [1, 2, 3, 4, 5, 6].map((n) => nextDelay({ failures: n }, timing, () => 1));
		expect(top).toEqual([120_000, 240_000, 480_000, 600_000, 600_000, 600_000]);
		const bottom = [1, 2, 3, 9].map((n) => nextDelay({ failures: n }, timing, () => 0));
		expect(bottom).toEqual([60_000, 60_000, 60_000, 60_000]);
		expect(nextDelay({ failures: 3 }, timing, () => 0.5)).toBe(270_000);
	});
	it('never overflows after very many failures', () => {
		expect(nextDelay({ failures: 5000 }, timing, () => 1)).toBe(600_000);
	});
});

describe('markStale', () => {
	it('is stale from staleMs after the last good check, and a good check clears it', () => {
		const s = withGood(); // goodAt 100
		expect(markStale(s, 100 + 599_999, 600_000).stale).toBe(false);
		const stale = markStale(s, 100 + 600_000, 600_000);
		expect(stale.stale).toBe(true);
		const back = inspectResponse(beginFetch(stale), ok('{"v":1}'), 700_000).next;
		expect(markStale(back, 700_000, 600_000).stale).toBe(false);
	});
	it('a failure does not clear it', () => {
		const stale = markStale(withGood(), 700_000, 600_000);
		const failed = inspectResponse(beginFetch(stale), status(500), 700_001).next;
		expect(markStale(failed, 700_001, 600_000).stale).toBe(true);
	});
});

describe('fingerprint', () => {
	it('is stable and tells different bodies apart', () => {
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
		expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
		expect(fingerprint('abc')).toMatch(/^3:[0-9a-f]{8}$/);
	});
});
