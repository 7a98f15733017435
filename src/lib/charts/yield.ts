/**
 * Let the browser run anything waiting (input, rendering) before going on: `scheduler.yield()`
 * where there is one (it resumes ahead of other tasks), a new task otherwise. The chart scripts
 * yield between evaluating chart.js, building a chart's configuration and drawing it, so none of
 * these holds the main thread with the others (docs/performance.md, "Chart scripts").
 */
export function yieldToBrowser(): Promise<void> {
	const s = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
	if (typeof s?.yield === 'function') return s.yield();
	return new Promise((resolve) => setTimeout(resolve, 0));
}
