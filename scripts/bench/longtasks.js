#!/usr/bin/env node
// Long tasks of the pages at 4× CPU throttling (the evidence behind TBT that a loaded machine does
// not blur as much as Lighthouse's simulated figures): each page is loaded in Chromium at 412×823
// (Lighthouse's mobile viewport) over the gzip static server, without scrolling, and after the
// network is idle and 4 s more the script prints the long tasks (count, sum, sum of the part over
// 50 ms ≈ TBT) and the main thread's script / layout / style time (CDP Performance.getMetrics);
// with LONGTASK_TRACE=1 (which slows the page itself) also the same from a trace, by each task's CPU time (thread time ×4), which a machine busy with
// other work does not inflate as it does wall time.
//   node scripts/bench/longtasks.js [build dir] [runs]   (BENCH_PORT, CHROME_PATH, LONGTASK_PAGES)
import { median, startPageBench } from './page-bench.js';

const {
	runs: RUNS,
	base: BASE,
	pages: PAGES,
	browser,
	close
} = await startPageBench('LONGTASK_PAGES', [
	// The pages `npm run bench` measures where a type has several: each type's heaviest.
	'/es/venezuela-2024/',
	'/es/venezuela-2024/claims/',
	'/es/venezuela-2024/claims/opposition-67-percent/',
	'/es/venezuela-2024/snapshots/cne-bulletin-2/',
	'/es/venezuela-2024/snapshots/cne-bulletin-2/findings/',
	'/es/venezuela-2024/states/',
	'/es/venezuela-2024/states/zulia/',
	'/es/venezuela-2024/states/levels/opposition-81-7/state/',
	'/es/venezuela-2024/statements/',
	'/es/venezuela-2024/snapshots/opposition-81-7/sheet-checks/',
	'/es/venezuela-2024/lookup/',
	'/embed/es/venezuela-2024/',
	'/embed/es/venezuela-2024/claims/opposition-67-percent/',
	'/embed/es/venezuela-2024/statements/',
	'/embed/es/venezuela-2024/snapshots/opposition-83-5/statements/',
	'/embed/es/venezuela-2024/snapshots/opposition-83-5/claims/opposition-67-percent/',
	'/embed/es/venezuela-2024/coverage/',
	'/embed/es/venezuela-2024/snapshots/opposition-83-5/coverage/'
]);
try {
	console.log(
		'| page | long tasks | sum | over 50 ms (TBT-like) | longest | script | layout | style | CPU×4: long tasks | CPU×4: over 50 ms | CPU×4: longest |'
	);
	console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
	for (const path of PAGES) {
		const rows = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const w = /** @type {any} */ (window);
				w.__long = [];
				new PerformanceObserver((l) => {
					for (const e of l.getEntries()) w.__long.push(e.duration);
				}).observe({ type: 'longtask', buffered: true });
			});
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
			await cdp.send('Performance.enable');
			const tracing = process.env.LONGTASK_TRACE === '1';
			if (tracing)
				await browser.startTracing(page, {
					categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline']
				});
			const res = await page.goto(BASE + path, { waitUntil: 'networkidle' });
			if (!res || !res.ok()) throw new Error(`${path}: ${res?.status()}`);
			await page.waitForTimeout(4000);
			const trace = tracing ? JSON.parse((await browser.stopTracing()).toString('utf8')) : [];
			const events = trace.traceEvents ?? trace;
			const main = events.find(
				(e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain'
			);
			// The main thread's tasks by CPU time (thread time, which neither the throttling's pauses
			// nor other processes on the machine inflate), ×4 as the throttled phone would take.
			const cpu = events
				.filter(
					(e) => e.name === 'RunTask' && e.ph === 'X' && e.pid === main?.pid && e.tid === main?.tid
				)
				.map((e) => ((e.tdur ?? e.dur) / 1000) * 4);
			const long = /** @type {number[]} */ (await page.evaluate(() => window.__long));
			const m = Object.fromEntries(
				(await cdp.send('Performance.getMetrics')).metrics.map((x) => [x.name, x.value])
			);
			rows.push({
				n: long.length,
				sum: long.reduce((a, b) => a + b, 0),
				tbt: long.reduce((a, b) => a + Math.max(0, b - 50), 0),
				max: Math.max(0, ...long),
				cpuLong: cpu.filter((d) => d > 50).length,
				cpuTbt: cpu.reduce((a, b) => a + Math.max(0, b - 50), 0),
				cpuMax: Math.max(0, ...cpu),
				script: m.ScriptDuration * 1000,
				layout: m.LayoutDuration * 1000,
				style: m.RecalcStyleDuration * 1000
			});
			await context.close();
		}
		const f = (k) => Math.round(median(rows.map((r) => r[k])));
		console.log(
			`| ${path} | ${f('n')} | ${f('sum')} ms | ${f('tbt')} ms | ${f('max')} ms | ${f('script')} ms | ${f('layout')} ms | ${f('style')} ms | ${f('cpuLong')} | ${f('cpuTbt')} ms | ${f('cpuMax')} ms |`
		);
	}
} finally {
	await close();
}
