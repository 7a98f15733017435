import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { listPages } from '../../scripts/lib/site-pages.js';

// oEmbed discovery as a CMS (WordPress, Ghost…) does it from the built files: every embed page
// names its oEmbed file in <link rel="alternate" type="application/json+oembed">; the file exists
// in build/, parses, is a "rich" response whose iframe shows that very embed page, with the
// provider, a size and, for the chart embeds, the social card of their full page as thumbnail.
const BASE = '/escrutinio';
const embeds = listPages('build').filter(
	(p) => p.startsWith('embed/') && p.endsWith('index.html')
);
const oembedHref = (html: string) =>
	/<link rel="alternate" type="application\/json\+oembed" href="([^"]*)"/.exec(html)?.[1];

test('every embed page announces an oEmbed file that exists and embeds that page', () => {
	// Headline (2 languages, live and 6 releases) and chart embeds (coverage, states, statements,
	// claims; live and pinned).
	expect(embeds.length).toBeGreaterThan(50);
	const charts = { coverage: 0, states: 0, statements: 0, claims: 0 };
	for (const page of embeds) {
		const html = readFileSync(`build/${page}`, 'utf8');
		const href = oembedHref(html);
		expect(href, page).toMatch(new RegExp(`^${BASE}/oembed/.*\\.json$`));
		const file = `build${href!.slice(BASE.length)}`;
		expect(existsSync(file), `${page} → ${file}`).toBe(true);
		const o = JSON.parse(readFileSync(file, 'utf8'));
		expect(o, file).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Escrutinio' });
		expect(o.provider_url, file).toBe(`${BASE}/`);
		const src = `${BASE}/${page.replace(/index\.html$/, '')}`;
		expect(o.html, file).toContain(`<iframe src="${src}" `);
		expect(o.html, file).toContain(`title="${o.title.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}"`);
		expect(o.html, file).toContain(`height="${o.height}"`);
		expect(o.width, file).toBeGreaterThan(0);
		expect(o.height, file).toBeGreaterThan(300);
		const chart = /\/(coverage|states|statements|claims)\//.exec(page.slice('embed/'.length))?.[1];
		if (chart) {
			charts[chart as keyof typeof charts] += 1;
			// The chart's full page's social card: it exists in the build.
			expect(o.thumbnail_url, file).toMatch(new RegExp(`^${BASE}/og/.*card\\.png$`));
			expect(existsSync(`build${o.thumbnail_url.slice(BASE.length)}`), o.thumbnail_url).toBe(true);
			expect([o.thumbnail_width, o.thumbnail_height]).toEqual([1200, 630]);
		}
	}
	for (const [chart, n] of Object.entries(charts)) expect(n, chart).toBeGreaterThan(1);
});

test('the statements, states and claim pages announce their chart’s oEmbed file', () => {
	for (const [page, file] of [
		['es/venezuela-2024/statements/', 'oembed/es/venezuela-2024/statements.json'],
		['en/venezuela-2024/states/', 'oembed/en/venezuela-2024/states.json']
	]) {
		const html = readFileSync(`build/${page}index.html`, 'utf8');
		expect(oembedHref(html), page).toBe(`${BASE}/${file}`);
		expect(existsSync(`build/${file}`), file).toBe(true);
	}
	const claim = listPages('build').find((p) => /^es\/venezuela-2024\/claims\/[^/]+\/index\.html$/.test(p))!;
	const id = claim.split('/')[3];
	expect(oembedHref(readFileSync(`build/${claim}`, 'utf8'))).toBe(
		`${BASE}/oembed/es/venezuela-2024/claims/${id}.json`
	);
});
