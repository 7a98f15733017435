// The poller as the browser runs it, with fake timers, a fake fetch and a fake document: every
// fault of issue 12 in turn, the back-off sequence, conditional requests, the version check, the
// stale notice and the pause while hidden. Live files are built from the real data (and from it
// plus one test release) with the build's own code.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { getElection } from '../server/load-dataset';
import { buildLiveFile, buildResultsJson } from './build-live-file';
import type { LiveFile } from './live-file';
import { loadResults, validateLiveJson } from './live-load';
import type { LiveState } from './poller';
import { readLimited, startPoller } from './start-poller';
import { withTestRelease } from './test-release';

const ELECTION = 'venezuela-2024';
const BASE = 'http://site.test/escrutinio';
const bundle = getElection(ELECTION)!;
const B0 = '2026-11-30T18:00:00.000Z';
const live0 = buildLiveFile(bundle, B0);
const next1 = withTestRelease(bundle, 1000);
const live1 = buildLiveFile(next1, '2026-11-30T19:00:00.000Z');
const results1 = buildResultsJson(next1);
const next2 = withTestRelease(bundle, 2000);
const live2 = buildLiveFile(next2, '2026-11-30T20:00:00.000Z');

type Data = { file: LiveFile; first: number };
type Answer = () => Response | Promise<Response>;
const json =
	(v: unknown, headers: Record<string, string> = {}) =>
	() =>
		new Response(JSON.stringify(v), { status: 200, headers });
const text =
	(body: string, status = 200) =>
	() =>
		new Response(body, { status });
const fail = () => () => Promise.reject(new TypeError('Failed to fetch'));

let liveAnswer: Answer;
let resultsAnswer: Answer;
let calls: { at: number; url: string; headers: Record<string, string> }[];
let states: LiveState<Data>[];
let stop: () => void;
const doc = Object.assign(new EventTarget(), { hidden: false });

/** Let the fetch, the body stream and the validation (real promises) finish. */
async function settle() {
	for (let i = 0; i < 40; i++) await new Promise((r) => setImmediate(r));
}
async function run(ms: number) {
	await vi.advanceTimersByTimeAsync(ms);
	await settle();
}
const last = () => states[states.length - 1]!;
/** The first result of the official tabulation's latest release, as the page would show it. */
const shown = () => last().good.data?.first ?? live0.tabulations[0]!.latest.results[0]!.votes;

beforeEach(() => {
	vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'], now: Date.parse(B0) });
	vi.stubGlobal('document', doc);
	doc.hidden = false;
	calls = [];
	states = [];
	liveAnswer = json(live0);
	resultsAnswer = text(results1);
	vi.stubGlobal('fetch', async (url: string, init: RequestInit) => {
		calls.push({ at: Date.now(), url, headers: (init.headers ?? {}) as Record<string, string> });
		return (url.includes('live.json') ? liveAnswer : resultsAnswer)();
	});
	stop = startPoller<Data, LiveFile>({
		url: `${BASE}/data/${ELECTION}/live.json`,
		built: { version: live0.version, builtAt: live0.builtAt },
		timing: { intervalMs: 1000, maxBackoffMs: 10_000 },
		staleMs: 15_000,
		maxBytes: 64 * 1024,
		validate: async (j) => validateLiveJson(j, ELECTION),
		load: async (file) => {
			const r = await loadResults(file, BASE, ELECTION);
			if (!r.ok) return r;
			const tab = r.bundle.tabulations.find((t) => t.official)!;
			return {
				ok: true,
				data: { file, first: tab.snapshots.at(-1)!.results[0]!.votes },
				changed: true
			};
		},
		onState: (s) => states.push(s),
		random: () => 1
	});
});
afterEach(() => {
	stop();
	vi.useRealTimers();
	vi.unstubAllGlobals();
});

describe('startPoller', () => {
	it('checks once per interval; the built version is no change and loads nothing else', async () => {
		await run(999);
		expect(calls).toHaveLength(0);
		await run(1);
		expect(calls.map((c) => c.url)).toEqual([`${BASE}/data/${ELECTION}/live.json`]);
		expect(last()).toMatchObject({ phase: 'unchanged', checks: 1, failures: 0 });
		await run(1000);
		expect(calls).toHaveLength(2);
	});

	it('a newer valid release: loads the results file of that version and shows it', async () => {
		liveAnswer = json(live1);
		await run(1000);
		expect(calls.map((c) => c.url)).toEqual([
			`${BASE}/data/${ELECTION}/live.json`,
			`${BASE}/data/${ELECTION}/results.json?v=${live1.results.version}`
		]);
		expect(last()).toMatchObject({ phase: 'updated', good: { version: live1.version } });
		expect(shown()).toBe(6409844);
	});

	describe('every fault keeps the last good figures', () => {
		const big = 'x'.repeat(70_000);
		const broken = { ...live1, tabulations: undefined };
		const faults: [string, () => Answer, string][] = [
			['network error', fail, 'network'],
			['404', () => text('Not Found', 404), 'http'],
			['500', () => text('Internal Server Error', 500), 'http'],
			['truncated JSON', () => text(JSON.stringify(live2).slice(0, 900)), 'json'],
			['invalid JSON', () => text('<html>oops</html>'), 'json'],
			['valid JSON that breaks the contract', () => json(broken), 'invalid'],
			['an older version', () => json(live0), 'older'],
			['a body over the limit (Content-Length)', () => text(big), 'too-large'],
			[
				'a body over the limit (streamed, no length)',
				() => () =>
					new Response(
						new ReadableStream({
							start(c) {
								for (let i = 0; i < 10; i++)
									c.enqueue(new TextEncoder().encode(big.slice(0, 8000)));
								c.close();
							}
						})
					),
				'too-large'
			],
			['a newer file whose results are not uploaded yet', () => json(live2), 'mismatch']
		];
		for (const [name, answer, reason] of faults)
			it(name, async () => {
				liveAnswer = json(live1);
				await run(1000);
				expect(shown()).toBe(6409844);
				liveAnswer = answer();
				await run(1000);
				expect(last()).toMatchObject({ phase: 'failed', failures: 1 });
				expect(last().failure?.reason).toBe(reason);
				expect(last().good.version).toBe(live1.version);
				expect(shown()).toBe(6409844);
			});
	});

	it('backs off exponentially after failures (capped) and resets after a good check', async () => {
		liveAnswer = text('', 503);
		await run(1000 + 2000 + 4000 + 8000 + 10_000 + 10_000);
		const gaps = calls.map((c, i) => c.at - (calls[i - 1]?.at ?? Date.parse(B0)));
		// random() = 1: the top of each window, 1 s · 2ⁿ, capped at 10 s.
		expect(gaps).toEqual([1000, 2000, 4000, 8000, 10_000, 10_000]);
		liveAnswer = json(live1);
		await run(10_000 + 1000 + 1000);
		const polls = calls.filter((c) => c.url.includes('live.json'));
		const after = polls.slice(6).map((c, i) => c.at - polls[5 + i]!.at);
		expect(after).toEqual([10_000, 1000, 1000]);
		expect(last().failures).toBe(0);
	});

	it('sends If-None-Match / If-Modified-Since of the good file; a 304 is a good check', async () => {
		const lm = 'Mon, 30 Nov 2026 19:00:00 GMT';
		liveAnswer = json(live1, { etag: '"v1"', 'last-modified': lm });
		await run(1000);
		liveAnswer = () => new Response(null, { status: 304 });
		await run(1000);
		expect(calls.at(-1)!.headers).toEqual({ 'If-None-Match': '"v1"', 'If-Modified-Since': lm });
		expect(last()).toMatchObject({
			phase: 'unchanged',
			failures: 0,
			good: { version: live1.version }
		});
		expect(shown()).toBe(6409844);
	});

	it('says the figures may be stale after the stale time without a good check, until the next good one', async () => {
		liveAnswer = text('', 500);
		await run(14_000);
		expect(last().stale).toBe(false);
		await run(1000);
		expect(last()).toMatchObject({ stale: true, goodAt: Date.parse(B0) });
		liveAnswer = json(live1);
		await run(10_000);
		expect(last()).toMatchObject({ stale: false, phase: 'updated' });
		expect(shown()).toBe(6409844);
	});

	it('pauses while the page is hidden and checks at once when it is shown again', async () => {
		doc.hidden = true;
		doc.dispatchEvent(new Event('visibilitychange'));
		await run(30_000);
		expect(calls).toHaveLength(0);
		doc.hidden = false;
		doc.dispatchEvent(new Event('visibilitychange'));
		await settle();
		expect(calls).toHaveLength(1);
	});
});

describe('readLimited', () => {
	it('reads a body within the limit, refuses one over it', async () => {
		expect(await readLimited(new Response('héllo'), 6)).toEqual({ kind: 'body', text: 'héllo' });
		expect(await readLimited(new Response('héllo!'), 6)).toEqual({ kind: 'too-large', limit: 6 });
	});
});
