import { describe, expect, it } from 'vitest';
import { robotsTxt, sitemapPages } from '../../scripts/lib/sitemap.js';

describe('sitemapPages', () => {
	const pages = [
		'index.html',
		'es/index.html',
		'en/index.html',
		'es/x/states/zulia/index.html',
		'en/x/states/zulia/index.html',
		'es/x/only-es/index.html',
		'embed/es/x/index.html'
	];
	const out = sitemapPages(pages, ['es', 'en']);

	it('lists every page except embeds (their canonical is the full page)', () => {
		expect(out.map((p) => p.url)).toEqual([
			'',
			'es/',
			'en/',
			'es/x/states/zulia/',
			'en/x/states/zulia/',
			'es/x/only-es/'
		]);
	});

	it('gives each page the same path in every locale that exists, plus x-default', () => {
		expect(out.find((p) => p.url === 'en/x/states/zulia/')?.links).toEqual([
			{ lang: 'es', url: 'es/x/states/zulia/' },
			{ lang: 'en', url: 'en/x/states/zulia/' },
			{ lang: 'x-default', url: '' }
		]);
		expect(out.find((p) => p.url === 'es/x/only-es/')?.links).toEqual([
			{ lang: 'es', url: 'es/x/only-es/' },
			{ lang: 'x-default', url: '' }
		]);
		expect(out.find((p) => p.url === '')?.links).toEqual([]);
	});
});

describe('robotsTxt', () => {
	it('names the sitemap only when its absolute URL is known', () => {
		expect(robotsTxt('https://example.org/e/sitemap.xml')).toBe(
			'User-agent: *\nAllow: /\n\nSitemap: https://example.org/e/sitemap.xml\n'
		);
		expect(robotsTxt(undefined)).toBe('User-agent: *\nAllow: /\n');
	});
});
