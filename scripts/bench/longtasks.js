#!/usr/bin/env node
// Long tasks of a page's load with a 4× CPU throttle, in Playwright's Chromium: less sensitive to
// a busy machine than Lighthouse's simulated throttling. Serves a build with the bench's gzip
// server, opens each page at 360 × 740 px with CDP's Emulation.setCPUThrottlingRate, collects the
// PerformanceObserver 'longtask' entries until 6 s after load, and prints per page the median over
// the runs of: the long tasks' count, their total, and a blocking time (the sum of each task's
// time over 50 ms, as TBT counts it, here until 6 s after load, not only until interactive).
//
//   node scripts/bench/longtasks.js <build dir> <port> <page path>… (RUNS=3, THROTTLE=4)
//   e.g. node scripts/bench/longtasks.js build 4311 es/venezuela-2024/
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

const [dir = 'build', port = '4311', ...paths] = process.argv.slice(2);
const RUNS = Number(process.env.RUNS ?? 3);
const THROTTLE = Number(process.env.THROTTLE ?? 4);
const base = `http://127.0.0.1:${port}/escrutinio/`;

const server = spawn('node', ['scripts/bench/serve-gzip.js', dir, '/escrutinio', port], {
	stdio: 'ignore'
});
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
try {
	for (let i = 0; i < 50; i++) {
		try {
			if ((await fetch(base)).ok) break;
		} catch {
			/* not up yet */
		}
		await new Promise((r) => setTimeout(r, 200));
	}
	const browser = await chromium.launch({
		executablePath: '/usr/bin/chromium',
		args: ['--disable-gpu']
	});
	for (const path of paths.length ? paths : ['es/venezuela-2024/']) {
		const runs = [];
		for (let r = 0; r < RUNS; r++) {
			const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
			const page = await context.newPage();
			const cdp = await context.newCDPSession(page);
			await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLE });
			await page.addInitScript(() => {
				const w = /** @type {any} */ (window);
				w.__long = [];
				new PerformanceObserver((l) => {
					for (const e of l.getEntries()) w.__long.push(e.duration);
				}).observe({ type: 'longtask', buffered: true });
			});
			await page.goto(base + path, { waitUntil: 'load' });
			await page.waitForTimeout(6000);
			const long = await page.evaluate(() => /** @type {any} */ (window).__long);
			runs.push({
				count: long.length,
				total: long.reduce((a, b) => a + b, 0),
				blocking: long.reduce((a, b) => a + Math.max(0, b - 50), 0)
			});
			await context.close();
		}
		console.log(
			`${path}  (${RUNS} runs, ${THROTTLE}× CPU)  long tasks: ${median(runs.map((x) => x.count))}, ` +
				`total ${Math.round(median(runs.map((x) => x.total)))} ms, blocking ${Math.round(median(runs.map((x) => x.blocking)))} ms` +
				`  [blocking per run: ${runs.map((x) => Math.round(x.blocking)).join(', ')} ms]`
		);
	}
	await browser.close();
} finally {
	server.kill();
}
