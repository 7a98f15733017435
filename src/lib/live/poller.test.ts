import { describe, expect, it } from 'vitest';
import {
	applyValidation,
	beginFetch,
	fingerprint,
	initialLiveState,
	inspectResponse,
	nextDelay,
	type LiveState
} from './poller';

type B = { v: number };
const ok = (body: string) => ({ kind: 'response' as const, status: 200, body });

/** A state that already holds good data `{ v: 1 }` fetched at t=100 from body '{"v":1}'. */
function withGood(): LiveState<B> {
	const s0 = beginFetch(initialLiveState<B>(0));
	const { validate } = inspectResponse(s0, ok('{"v":1}'), 100);
	return applyValidation(
		s0,
		{ ok: true, bundle: { v: 1 }, changed: false },
		validate!.fingerprint,
		100
	);
}

describe('the live poller state machine', () => {
	it('starts idle on the prerendered data and goes to fetching', () => {
		const s = initialLiveState<B>(5);
		expect(s).toMatchObject({ phase: 'idle', good: { bundle: undefined, at: 5 } });
		expect(beginFetch(s).phase).toBe('fetching');
	});

	it('asks to validate the first body it sees', () => {
		const r = inspectResponse(beginFetch(initialLiveState<B>(0)), ok('{"v":1}'), 10);
		expect(r.validate).toEqual({ json: { v: 1 }, fingerprint: fingerprint('{"v":1}') });
	});

	it('unchanged: the same bytes again end the check without validating', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('{"v":1}'), 200);
		expect(r.validate).toBeUndefined();
		expect(r.next).toMatchObject({ phase: 'unchanged', checkedAt: 200, good: s.good });
	});

	it('changed and valid: the new data becomes the good data, marked updated', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('{"v":2}'), 200);
		expect(r.validate?.json).toEqual({ v: 2 });
		const next = applyValidation(
			r.next,
			{ ok: true, bundle: { v: 2 }, changed: true },
			r.validate!.fingerprint,
			200
		);
		expect(next).toMatchObject({
			phase: 'updated',
			good: { bundle: { v: 2 }, at: 200 },
			failure: undefined
		});
	});

	it('changed but showing the same figures (e.g. re-formatted file) is unchanged', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('{ "v": 1 }'), 200);
		const next = applyValidation(
			r.next,
			{ ok: true, bundle: { v: 1 }, changed: false },
			r.validate!.fingerprint,
			200
		);
		expect(next.phase).toBe('unchanged');
	});

	it('changed and invalid: keeps the last good data and says why; does not validate it twice', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('{"v":-5}'), 200);
		const errors = [
			'tabulations[0].snapshots[1].results[0].votes: expected a whole number ≥ 0, got -5'
		];
		const next = applyValidation(r.next, { ok: false, errors }, r.validate!.fingerprint, 200);
		expect(next.phase).toBe('failed');
		expect(next.good).toBe(s.good);
		expect(next.failure).toEqual({ reason: 'invalid', detail: '1', errors });
		const again = inspectResponse(beginFetch(next), ok('{"v":-5}'), 300);
		expect(again.validate).toBeUndefined();
		expect(again.next).toMatchObject({
			phase: 'failed',
			failure: { reason: 'invalid' },
			checkedAt: 300
		});
		expect(again.next.good).toBe(s.good);
	});

	it('HTTP 500: keeps the last good data', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), { kind: 'response', status: 500, body: 'oops' }, 200);
		expect(r.validate).toBeUndefined();
		expect(r.next).toMatchObject({ phase: 'failed', failure: { reason: 'http', detail: '500' } });
		expect(r.next.good).toBe(s.good);
	});

	it('network error: keeps the last good data', () => {
		const s = withGood();
		const r = inspectResponse(
			beginFetch(s),
			{ kind: 'network-error', message: 'Failed to fetch' },
			200
		);
		expect(r.next).toMatchObject({
			phase: 'failed',
			failure: { reason: 'network', detail: 'Failed to fetch', errors: [] },
			checkedAt: 200
		});
		expect(r.next.good).toBe(s.good);
	});

	it('a body that is not JSON fails without validation and keeps the last good data', () => {
		const s = withGood();
		const r = inspectResponse(beginFetch(s), ok('<html>'), 200);
		expect(r.validate).toBeUndefined();
		expect(r.next.failure?.reason).toBe('json');
		expect(r.next.good).toBe(s.good);
	});

	it('recovers after a failure: the old good bytes again are unchanged and clear the failure', () => {
		const s = withGood();
		const failed = inspectResponse(
			beginFetch(s),
			{ kind: 'response', status: 503, body: '' },
			200
		).next;
		const back = inspectResponse(beginFetch(failed), ok('{"v":1}'), 300).next;
		expect(back).toMatchObject({ phase: 'unchanged', failure: undefined });
	});

	it('does not mutate the state it is given', () => {
		const s = withGood();
		const copy = JSON.stringify(s);
		inspectResponse(beginFetch(s), ok('{"v":2}'), 200);
		inspectResponse(s, { kind: 'network-error', message: 'x' }, 200);
		applyValidation(s, { ok: false, errors: ['e'] }, 'f', 200);
		expect(JSON.stringify(s)).toBe(copy);
	});
});

describe('fingerprint', () => {
	it('is stable and tells different bodies apart', () => {
		expect(fingerprint('abc')).toBe(fingerprint('abc'));
		expect(fingerprint('abc')).not.toBe(fingerprint('abd'));
		expect(fingerprint('abc')).toMatch(/^3:[0-9a-f]{8}$/);
	});
});

describe('nextDelay', () => {
	it('waits a full interval before the first check and the rest of it afterwards', () => {
		expect(nextDelay(60_000, undefined, 5)).toBe(60_000);
		expect(nextDelay(60_000, 10_000, 30_000)).toBe(40_000);
	});
	it('is zero when a hidden tab comes back after more than an interval', () => {
		expect(nextDelay(60_000, 10_000, 500_000)).toBe(0);
	});
});
