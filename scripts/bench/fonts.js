#!/usr/bin/env node
// Font instances a page asks the system for (docs/performance.md, "Fonts and the layout after the
// first paint"): for each page, loaded at 412×823 over the gzip static server, the distinct
// computed (size, weight, style, family) of its text, and from a trace the font lookups
// (`FontCache::GetFontPlatformData` not nested in another) and the sandbox IPCs to the browser
// process they cost on Linux, with their wall and CPU time; median of the runs.
//   node scripts/bench/fonts.js [build dir] [runs]   (BENCH_PORT, CHROME_PATH, FONT_PAGES)
import { median, startPageBench } from './page-bench.js';

const {
	runs: RUNS,
	base: BASE,
	pages: PAGES,
	browser,
	close
} = await startPageBench('FONT_PAGES', [
	'/es/venezuela-2024/',
	'/es/venezuela-2024/snapshots/cne-bulletin-1/',
	'/es/venezuela-2024/snapshots/cne-bulletin-2/findings/',
	'/es/venezuela-2024/claims/',
	'/es/venezuela-2024/states/',
	'/es/venezuela-2024/statements/',
	'/embed/es/venezuela-2024/snapshots/cne-bulletin-1/claims/cne-bulletin-1-irreversible/'
]);
try {
	console.log('| page | font instances | lookups | sandbox IPCs | lookups wall | lookups CPU |');
	console.log('| --- | ---: | ---: | ---: | ---: | ---: |');
	for (const path of PAGES) {
		const rows = [];
		for (let i = 0; i < RUNS; i++) {
			const context = await browser.newContext({ viewport: { width: 412, height: 823 } });
			const page = await context.newPage();
			await browser.startTracing(page, {
				categories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'blink', 'fonts']
			});
			await page.goto(BASE + path, { waitUntil: 'networkidle' });
			await page.waitForTimeout(1000);
			const instances = await page.evaluate(() => {
				const seen = new Set();
				const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
				for (let n = walk.nextNode(); n; n = walk.nextNode()) {
					if (!n.textContent?.trim() || !n.parentElement) continue;
					const cs = getComputedStyle(n.parentElement);
					seen.add(`${cs.fontSize} ${cs.fontWeight} ${cs.fontStyle} ${cs.fontFamily}`);
				}
				return seen.size;
			});
			const events = JSON.parse((await browser.stopTracing()).toString('utf8')).traceEvents;
			const main = events.find(
				(e) =>
					e.name === 'thread_name' &&
					e.args?.name === 'CrRendererMain' &&
					events.some((x) => x.pid === e.pid && x.tid === e.tid && x.name === 'ParseHTML')
			);
			const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
			const lookups = mine
				.filter((e) => e.name === 'FontCache::GetFontPlatformData')
				.sort((a, b) => a.ts - b.ts);
			let end = 0;
			const top = { n: 0, wall: 0, cpu: 0 };
			for (const e of lookups)
				if (e.ts >= end) {
					top.n++;
					top.wall += e.dur / 1000;
					top.cpu += (e.tdur ?? 0) / 1000;
					end = e.ts + e.dur;
				}
			const ipc = mine.filter((e) => e.name.startsWith('WebSandboxSupportLinux')).length;
			rows.push({ instances, lookups: top.n, ipc, wall: top.wall, cpu: top.cpu });
			await context.close();
		}
		const m = (k) => median(rows.map((r) => r[k]));
		console.log(
			`| ${path} | ${m('instances')} | ${m('lookups')} | ${m('ipc')} | ${m('wall').toFixed(1)} ms | ${m('cpu').toFixed(1)} ms |`
		);
	}
} finally {
	await close();
}
