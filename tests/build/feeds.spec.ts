import { test, expect } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseFeed } from '@rowanmanning/feed-parser';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { listPages } from '../../scripts/lib/site-pages.js';

// Feeds, sitemap and robots.txt as a newsroom uploads them (built by `npm run build:e2e`, served
// under /escrutinio). A feed reader and a search engine read these files, not the pages.
const BASE = '/escrutinio';
const read = (p: string) => readFileSync(p, 'utf8');
const data = JSON.parse(read('build/data/venezuela-2024.json')) as {
	tabulations: { snapshots: { id: string }[] }[];
	claims: { id: string; madeAt?: string }[];
	statements: { id: string }[];
	remarks: { id: string }[];
	events: { id: string }[];
};
const snapshotIds = data.tabulations.flatMap((t) => t.snapshots.map((s) => s.id));

/** The built file behind a root-relative link, and the fragment it names. */
function target(link: string): { file: string; fragment: string | undefined } {
	const [path, fragment] = link.split('#') as [string, string | undefined];
	expect(path.startsWith(`${BASE}/`), link).toBe(true);
	return { file: `build${path.slice(BASE.length)}index.html`, fragment };
}

for (const lang of ['es', 'en'] as const) {
	test(`${lang}: the Atom feed is well-formed, newest first, and lists every release, claim, statement, remark and event`, () => {
		const xml = read(`build/feeds/${lang}/venezuela-2024.xml`);
		expect(XMLValidator.validate(xml)).toBe(true);
		const feed = parseFeed(xml);
		expect(feed.meta.type).toBe('atom');
		expect(feed.language).toBe(lang);
		const links = feed.items.map((i) => i.url ?? '');
		for (const id of snapshotIds)
			expect(links).toContain(`${BASE}/${lang}/venezuela-2024/snapshots/${id}/`);
		const dated = data.claims.filter((c) => c.madeAt).length;
		expect(feed.items.length).toBe(
			snapshotIds.length + dated + data.statements.length + data.remarks.length + data.events.length
		);
		// Newest first.
		const times = feed.items.map((i) => i.updated?.getTime() ?? NaN);
		expect(times.every((t, k) => k === 0 || t <= times[k - 1]!)).toBe(true);
		// Every entry links to a built page, and to an element that exists on it.
		for (const link of new Set(links)) {
			const { file, fragment } = target(link);
			expect(existsSync(file), file).toBe(true);
			if (fragment) expect(read(file), link).toContain(`id="${fragment}"`);
		}
		// Ids are permanent: name-based, so the same in every build and on every host.
		const ids = feed.items.map((i) => i.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const id of ids) expect(id).toMatch(/^urn:uuid:[0-9a-f-]{36}$/);
	});

	test(`${lang}: every election page announces the feed and its language alternates`, () => {
		for (const page of [`${lang}/venezuela-2024/`, `${lang}/venezuela-2024/claims/`]) {
			const html = read(`build/${page}index.html`);
			expect(html).toContain(
				`type="application/atom+xml" title="${lang === 'es' ? 'Novedades de esta elección (Atom)' : 'Updates on this election (Atom)'}" href="${BASE}/feeds/${lang}/venezuela-2024.xml"`
			);
			const other = lang === 'es' ? 'en' : 'es';
			expect(html).toContain(`hreflang="${other}" href="${BASE}/${page.replace(lang, other)}"`);
			expect(html).toContain(`hreflang="x-default" href="${BASE}/"`);
		}
	});
}

test('feeds stay well-formed XML when the data carries markup (untrusted-text fixture)', () => {
	const dir = '.svelte-kit/fixture-builds/untrusted-text/feeds/es';
	// `npm run test:e2e` builds the fixture before Playwright runs; a missing build is a failure.
	expect(existsSync(dir), 'fixture build missing: npm run build:untrusted').toBe(true);
	for (const lang of ['es', 'en']) {
		const [file] = listPages('.svelte-kit/fixture-builds/untrusted-text')
			.filter((p) => p.startsWith(`${lang}/`) && p.split('/').length === 3)
			.map((p) => `.svelte-kit/fixture-builds/untrusted-text/feeds/${lang}/${p.split('/')[1]}.xml`);
		const xml = read(file!);
		expect(XMLValidator.validate(xml)).toBe(true);
		// Markup from the data is text in the feed: no element the feed does not define.
		const parsed = new XMLParser({ ignoreAttributes: true }).parse(xml) as {
			feed: { entry: Record<string, unknown>[] };
		};
		for (const e of parsed.feed.entry)
			expect(Object.keys(e).sort()).toEqual(['category', 'id', 'link', 'summary', 'title', 'updated']);
	}
});

test('sitemap.xml lists every reader page with its alternates; robots.txt names it', () => {
	const out = mkdtempSync(join(tmpdir(), 'sitemap-'));
	execFileSync('node', ['scripts/write-sitemap.js', 'build', '--origin', 'https://example.org', '--out', out], {
		env: { ...process.env, BASE_PATH: BASE }
	});
	const xml = read(join(out, 'sitemap.xml'));
	expect(XMLValidator.validate(xml)).toBe(true);
	const parsed = new XMLParser({ ignoreAttributes: false, attributeNamePrefix: '' }).parse(xml) as {
		urlset: { url: { loc: string; 'xhtml:link'?: { hreflang: string; href: string }[] }[] };
	};
	const urls = parsed.urlset.url;
	const locs = urls.map((u) => u.loc);
	const pages = listPages('build').filter((p) => !p.startsWith('embed/'));
	expect(locs.length).toBe(pages.length);
	for (const p of pages)
		expect(locs).toContain(`https://example.org${BASE}/${p.replace(/index\.html$/, '')}`);
	expect(locs.some((l) => l.includes('/embed/'))).toBe(false);
	const page = urls.find((u) => u.loc === `https://example.org${BASE}/es/venezuela-2024/states/zulia/`);
	expect(page?.['xhtml:link']?.map((l) => `${l.hreflang} ${l.href}`)).toEqual([
		`es https://example.org${BASE}/es/venezuela-2024/states/zulia/`,
		`en https://example.org${BASE}/en/venezuela-2024/states/zulia/`,
		`x-default https://example.org${BASE}/`
	]);
	expect(read(join(out, 'robots.txt'))).toContain(`Sitemap: https://example.org${BASE}/sitemap.xml`);
	// Without SITE_ORIGIN the build writes no sitemap (relative URLs are invalid there), and says so.
	expect(read('build/robots.txt')).toBe('User-agent: *\nAllow: /\n');
});
