import { describe, expect, it } from 'vitest';
import { embedCode } from './chart-share';
import {
	buildEmbedLinks,
	buildOembed,
	embedPath,
	embedWithChart,
	estimateEmbedHeight,
	fullPagePath,
	iframeSnippet,
	normalizeSiteOrigin,
	oembedPath
} from './embed-urls';

describe('normalizeSiteOrigin', () => {
	it('is empty when unset, so URLs stay root-relative', () => {
		expect(normalizeSiteOrigin(undefined)).toBe('');
		expect(normalizeSiteOrigin('  ')).toBe('');
	});
	it('keeps an http(s) origin without the trailing slash', () => {
		expect(normalizeSiteOrigin('https://elecciones.example.org/')).toBe(
			'https://elecciones.example.org'
		);
		expect(normalizeSiteOrigin('http://127.0.0.1:4173')).toBe('http://127.0.0.1:4173');
	});
	it('refuses a path (that is BASE_PATH), another scheme or garbage', () => {
		expect(() => normalizeSiteOrigin('https://x.org/escrutinio')).toThrow(/BASE_PATH/);
		expect(() => normalizeSiteOrigin('javascript:alert(1)')).toThrow(/http/);
		expect(() => normalizeSiteOrigin('not a url')).toThrow(/SITE_ORIGIN/);
	});
});

describe('paths', () => {
	const head = { lang: 'es', election: 'venezuela-2024' };
	const snap = { lang: 'en', election: 'venezuela-2024', snapshot: 'cne-bulletin-1' };
	it('put embeds, oEmbed files and full pages under the base path', () => {
		expect(embedPath('/escrutinio', head)).toBe('/escrutinio/embed/es/venezuela-2024/');
		expect(embedPath('', snap)).toBe('/embed/en/venezuela-2024/snapshots/cne-bulletin-1/');
		expect(oembedPath('/escrutinio', head)).toBe('/escrutinio/oembed/es/venezuela-2024.json');
		expect(oembedPath('', snap)).toBe('/oembed/en/venezuela-2024/snapshots/cne-bulletin-1.json');
		// A chart's oEmbed file mirrors its embed page's path.
		expect(oembedPath('/b', { ...head, chart: 'coverage' })).toBe(
			'/b/oembed/es/venezuela-2024/coverage.json'
		);
		expect(oembedPath('', { ...snap, chart: 'states' })).toBe(
			'/oembed/en/venezuela-2024/snapshots/cne-bulletin-1/states.json'
		);
		expect(oembedPath('', { ...snap, chart: 'claim', claim: 'amoroso' })).toBe(
			'/oembed/en/venezuela-2024/snapshots/cne-bulletin-1/claims/amoroso.json'
		);
		expect(fullPagePath('/b', head, true)).toBe('/b/es/venezuela-2024/');
		expect(fullPagePath('', snap, true)).toBe('/en/venezuela-2024/snapshots/cne-bulletin-1/');
		expect(fullPagePath('', snap, false)).toBe('/en/venezuela-2024/');
	});
	it('encodes segments', () => {
		expect(embedPath('', { lang: 'es', election: 'a b' })).toBe('/embed/es/a%20b/');
	});
	it('names each chart: live under the election, pinned under the release', () => {
		expect(embedPath('', { ...head, chart: 'coverage' })).toBe(
			'/embed/es/venezuela-2024/coverage/'
		);
		expect(embedPath('', { ...snap, chart: 'states' })).toBe(
			'/embed/en/venezuela-2024/snapshots/cne-bulletin-1/states/'
		);
		expect(embedPath('', { ...head, chart: 'claim', claim: 'cne-80' })).toBe(
			'/embed/es/venezuela-2024/claims/cne-80/'
		);
		expect(embedPath('', { ...head, chart: 'results' })).toBe(embedPath('', head));
		expect(() => embedPath('', { ...head, chart: 'claim' })).toThrow(/claim id/);
	});
});

describe('iframeSnippet', () => {
	it('escapes the title and src so data text cannot break out of the attribute', () => {
		const s = iframeSnippet('https://x.org/e/?a=1&b=2', 'Quote "x" <b>', 500.2);
		expect(s).toBe(
			'<iframe src="https://x.org/e/?a=1&amp;b=2" title="Quote &quot;x&quot; &lt;b&gt;" width="100%" height="501" style="border:0;width:100%" loading="lazy"></iframe>'
		);
	});
});

describe('buildOembed', () => {
	const o = buildOembed({
		src: 'https://x.org/embed/es/venezuela-2024/',
		title: 'Resultados',
		height: 640,
		providerName: 'Escrutinio',
		providerUrl: 'https://x.org/'
	});
	it('is an oEmbed 1.0 rich response with the iframe as html', () => {
		expect(o).toEqual({
			type: 'rich',
			version: '1.0',
			title: 'Resultados',
			provider_name: 'Escrutinio',
			provider_url: 'https://x.org/',
			html: '<iframe src="https://x.org/embed/es/venezuela-2024/" title="Resultados" width="100%" height="640" style="border:0;width:100%" loading="lazy"></iframe>',
			width: 600,
			height: 640
		});
	});
	it('announces no thumbnail unless given one', () => {
		expect(o).not.toHaveProperty('thumbnail_url');
		const t = buildOembed({
			src: 'https://x.org/embed/es/v/states/',
			title: 'T',
			height: 1000,
			providerName: 'Escrutinio',
			providerUrl: 'https://x.org/',
			thumbnail: { url: 'https://x.org/og/es/v/states/card.png', width: 1200, height: 630 }
		});
		expect(t).toMatchObject({
			thumbnail_url: 'https://x.org/og/es/v/states/card.png',
			thumbnail_width: 1200,
			thumbnail_height: 630
		});
	});
});

describe('estimateEmbedHeight', () => {
	it('grows with tables and rows', () => {
		const one = estimateEmbedHeight([{ rows: 3 }]);
		expect(one).toBe(478);
		expect(estimateEmbedHeight([{ rows: 4 }])).toBeGreaterThan(one);
		expect(estimateEmbedHeight([{ rows: 3 }, { rows: 3 }])).toBeGreaterThan(one);
	});
});

describe('buildEmbedLinks', () => {
	const has = { snapshotPages: false, dataFiles: true };
	it('links the headline tables to their anchors on the election page, with their CSV', () => {
		const l = buildEmbedLinks({ lang: 'es', election: 'v' }, ['b2', 'o5'], ['b2', 'o5'], {
			base: '/escrutinio',
			origin: 'https://x.org',
			has
		});
		expect(l).toEqual({
			canonical: 'https://x.org/escrutinio/es/v/',
			oembed: 'https://x.org/escrutinio/oembed/es/v.json',
			embedSrc: 'https://x.org/escrutinio/embed/es/v/',
			fullPage: '/escrutinio/es/v/',
			json: '/escrutinio/data/v.json',
			tables: {
				b2: {
					link: 'https://x.org/escrutinio/es/v/#snap-b2',
					anchor: 'snap-b2',
					csv: '/escrutinio/data/v/b2.csv'
				},
				o5: {
					link: 'https://x.org/escrutinio/es/v/#snap-o5',
					anchor: 'snap-o5',
					csv: '/escrutinio/data/v/o5.csv'
				}
			}
		});
	});
	it('gives no anchor for a snapshot the full page does not show, and no data links without files', () => {
		const l = buildEmbedLinks({ lang: 'en', election: 'v', snapshot: 'b1' }, ['b1'], ['b2'], {
			base: '',
			origin: '',
			has: { snapshotPages: false, dataFiles: false }
		});
		expect(l.tables.b1).toEqual({ link: '/en/v/', anchor: '', csv: undefined });
		expect(l.json).toBeUndefined();
		expect(l.canonical).toBe('/en/v/');
		expect(l.embedSrc).toBe('/embed/en/v/snapshots/b1/');
	});
});

describe('embedWithChart', () => {
	it('asks for the share chart in the iframe address of the embed code, once', () => {
		const code = embedCode('https://x.org/escrutinio/embed/es/v/', 'Resultados', 700);
		const withChart = embedWithChart(code);
		expect(withChart).toContain('src="https://x.org/escrutinio/embed/es/v/?chart=1"');
		// The resize listener after the iframe is unchanged; a second pass changes nothing.
		expect(withChart.replace('?chart=1', '')).toBe(code);
		expect(embedWithChart(withChart)).toBe(withChart);
	});
});
