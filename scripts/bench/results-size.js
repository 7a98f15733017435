#!/usr/bin/env node
// Gzip bytes of the JavaScript and CSS a reader's browser loads first for the election page
// (what the prerendered HTML preloads, imports and links), from build/. Not a test: it prints.
//   npm run build && node scripts/bench/results-size.js [page] [budget-kB]
// Default page: build/es/<first election>/index.html. Budget for first-load JS: 90 kB gzip.
// chart.js is loaded on first draw (dynamic import), so it is listed apart, not in first load.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

const build = 'build';
let [page, budgetKb = '90'] = process.argv.slice(2);
if (!page) {
	const election = readdirSync(join(build, 'es'), { withFileTypes: true }).find(
		(d) => d.isDirectory() && existsSync(join(build, 'es', d.name, 'index.html'))
	);
	if (!election) throw new Error('no election page in build/es: run npm run build first');
	page = join(build, 'es', election.name, 'index.html');
}
const html = readFileSync(page, 'utf8');
// Asset URLs carry the base path; find each under build/ by its /_app/ suffix.
const file = (url) => join(build, url.slice(url.indexOf('/_app/')));
const unique = (xs) => [...new Set(xs)];
const js = unique([
	...[...html.matchAll(/<link href="([^"]+\.js)" rel="modulepreload"/g)].map((m) => m[1]),
	...[...html.matchAll(/import\("([^"]+\.js)"\)/g)].map((m) => m[1])
]);
const css = unique(
	[...html.matchAll(/<link href="([^"]+\.css)" rel="stylesheet"/g)].map((m) => m[1])
);
const gz = (url) => gzipSync(readFileSync(file(url)), { level: 9 }).length;
const sum = (urls) => urls.reduce((a, u) => a + gz(u), 0);

// Chunks imported lazily by the first-load ones (e.g. chart.js), for information.
const lazy = unique(
	js.flatMap((u) =>
		[
			...readFileSync(file(u), 'utf8').matchAll(/import\(\s*["'`]\.{0,2}\/?([^"'`]+\.js)["'`]/g)
		].map((m) => m[1])
	)
);
const lazyFiles = readdirSync(join(build, '_app/immutable/chunks'))
	.filter((f) => lazy.some((l) => l.endsWith(f)))
	.map((f) => `/_app/immutable/chunks/${f}`)
	.filter((u) => !js.some((j) => j.endsWith(u)));

const jsBytes = sum(js);
const cssBytes = sum(css);
const kb = (b) => (b / 1000).toFixed(1);
console.log(`page: ${page}`);
console.log(`first-load JS:  ${jsBytes} bytes gzip (${kb(jsBytes)} kB) in ${js.length} files`);
console.log(`first-load CSS: ${cssBytes} bytes gzip (${kb(cssBytes)} kB) in ${css.length} files`);
if (lazyFiles.length)
	console.log(
		`loaded on first chart draw: ${sum(lazyFiles)} bytes gzip in ${lazyFiles.length} files`
	);
const budget = Number(budgetKb) * 1000;
console.log(
	`budget: ${kb(budget)} kB gzip JS: ${jsBytes <= budget ? 'within' : 'OVER'} (${kb(budget - jsBytes)} kB left)`
);
