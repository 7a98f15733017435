// What scripts/bench/longtasks.js and fonts.js share: the arguments ([build dir] [runs]), the gzip
// static server of the build under /escrutinio (BENCH_PORT), Chromium (CHROME_PATH), the pages
// to load (a comma-separated list in the variable `pagesVar`, else `defaults`) and the median.
import { spawn } from 'node:child_process';
import { chromium } from '@playwright/test';

/** @param {string} pagesVar @param {string[]} defaults */
export async function startPageBench(pagesVar, defaults) {
	const [dir = 'build', runsArg = '3'] = process.argv.slice(2);
	const port = process.env.BENCH_PORT ?? '4215';
	const server = spawn(
		process.execPath,
		['scripts/bench/serve-gzip.js', dir, '/escrutinio', port],
		{ stdio: 'ignore' }
	);
	await new Promise((r) => setTimeout(r, 500));
	const browser = await chromium.launch({
		executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium'
	});
	return {
		runs: Number(runsArg) || 3,
		base: `http://127.0.0.1:${port}/escrutinio`,
		pages: (process.env[pagesVar] ?? defaults.join(',')).split(','),
		browser,
		async close() {
			await browser.close();
			server.kill();
		}
	};
}

/** @param {number[]} xs */
export const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
