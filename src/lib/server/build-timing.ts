import { appendFileSync } from 'node:fs';

/**
 * Build-time measurements (docs/build-time.md). With `ESCRUTINIO_BUILD_TIMING=<file>` every timed
 * step of the prerender appends one JSON line `{"what", "ms", "at"}` to that file (wall
 * milliseconds; `at` is the epoch millisecond it ended); `scripts/build-timing.js <file>` sums
 * them. Without the variable nothing is measured or written. The prerender runs in a worker
 * thread of the Vite build, so a file (not memory) carries the figures out to the bench.
 */
const file = () => process.env.ESCRUTINIO_BUILD_TIMING;

/** True when timings are being recorded. */
export function buildTimingOn(): boolean {
	return !!file();
}

/** Record one measurement (no-op unless ESCRUTINIO_BUILD_TIMING is set). */
export function recordTiming(what: string, ms: number): void {
	const f = file();
	if (!f) return;
	appendFileSync(
		f,
		JSON.stringify({ what, ms: Math.round(ms * 100) / 100, at: Date.now() }) + '\n'
	);
}

/** Run `fn` and record its wall time under `what`. */
export function timed<T>(what: string, fn: () => T): T {
	if (!file()) return fn();
	const t0 = performance.now();
	try {
		return fn();
	} finally {
		recordTiming(what, performance.now() - t0);
	}
}

/** Await `fn` and record its wall time (including any wait) under `what`. */
export async function timedAsync<T>(what: string, fn: () => T | Promise<T>): Promise<T> {
	if (!file()) return fn();
	const t0 = performance.now();
	try {
		return await fn();
	} finally {
		recordTiming(what, performance.now() - t0);
	}
}
