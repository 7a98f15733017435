#!/usr/bin/env node
// After `vite build`: write sitemap.xml (every reader page with its language alternates, by the
// `sitemap` library) and robots.txt into the build folder. The pages are read from the build itself
// (every index.html), so a new page type is listed as soon as it is built.
//
// A sitemap needs absolute URLs, and so does robots.txt's Sitemap line: they come from SITE_ORIGIN
// (origin only) and BASE_PATH, the same settings as the canonical and oEmbed links. Without
// SITE_ORIGIN the script writes robots.txt without a Sitemap line and no sitemap.xml, and says so:
// a sitemap of relative URLs would be invalid.
//   node scripts/write-sitemap.js [build-dir] [--origin https://example.org] [--out dir]
// (--out writes the two files elsewhere, e.g. for a test that must not change build/).
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { SitemapStream, streamToPromise } from 'sitemap';
import { LOCALES, listPages } from './lib/site-pages.js';
import { robotsTxt, sitemapPages } from './lib/sitemap.js';

const args = process.argv.slice(2);
const originAt = args.indexOf('--origin');
const originArg = originAt >= 0 ? args.splice(originAt, 2)[1] : undefined;
const outAt = args.indexOf('--out');
const outArg = outAt >= 0 ? args.splice(outAt, 2)[1] : undefined;
const dir = args[0] ?? process.env.BUILD_DIR ?? 'build';
const origin = (originArg ?? process.env.SITE_ORIGIN ?? '').replace(/\/+$/, '');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
const out = outArg ?? dir;

if (!existsSync(dir)) {
	console.error(`✗ ${dir}/ does not exist: build it first`);
	process.exit(2);
}
if (origin && !/^https?:\/\/[^/]+$/.test(origin)) {
	console.error(`✗ SITE_ORIGIN must be an http(s) origin without a path, got "${origin}"`);
	process.exit(1);
}

if (!origin) {
	writeFileSync(join(out, 'robots.txt'), robotsTxt(undefined));
	console.log('robots.txt written; sitemap.xml skipped: set SITE_ORIGIN for absolute URLs');
	process.exit(0);
}

const url = (/** @type {string} */ path) => `${origin}${base}/${path}`;
const pages = sitemapPages(listPages(dir), LOCALES);
const stream = new SitemapStream({
	xmlns: { xhtml: true, news: false, image: false, video: false }
});
for (const p of pages)
	stream.write({
		url: url(p.url),
		links: p.links.map((l) => ({ lang: l.lang, hreflang: l.lang, url: url(l.url) }))
	});
stream.end();
const xml = (await streamToPromise(stream)).toString();
writeFileSync(join(out, 'sitemap.xml'), xml);
writeFileSync(join(out, 'robots.txt'), robotsTxt(url('sitemap.xml')));
console.log(`sitemap.xml: ${pages.length} pages; robots.txt names it`);
