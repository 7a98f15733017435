// What goes into sitemap.xml: every reader page of a build with its language alternates. Pure (no
// file system), so tests/unit/sitemap.test.ts checks it on plain lists of paths.
import { pageLocale, pageSegments, pageUrl } from './site-pages.js';

/**
 * @typedef {object} SitemapPage
 * @property {string} url page path under the base, e.g. `es/venezuela-2024/` ('' is the root page)
 * @property {{ lang: string, url: string }[]} links language alternates, the page itself included,
 *   plus `x-default` (the root page, which offers both languages); empty for the root page itself
 */

/**
 * Every page that belongs in the sitemap, from the `index.html` paths of a build. Embeds are left
 * out: they are chrome-less copies whose canonical link names the full page. A page's alternates
 * are the same path in every locale that exists in the build.
 * @param {string[]} pages paths from listPages(), e.g. `es/venezuela-2024/index.html`
 * @param {readonly string[]} locales
 * @returns {SitemapPage[]}
 * @example sitemapPages(['index.html', 'es/index.html', 'en/index.html'], ['es', 'en'])[1]
 * // { url: 'es/', links: [{ lang: 'es', url: 'es/' }, { lang: 'en', url: 'en/' }, { lang: 'x-default', url: '' }] }
 */
export function sitemapPages(pages, locales) {
	const urls = new Set(pages.map(pageUrl));
	/** @type {SitemapPage[]} */
	const out = [];
	for (const p of pages) {
		const segs = pageSegments(p);
		if (segs[0] === 'embed') continue;
		const url = pageUrl(p);
		const locale = pageLocale(p);
		if (!locale || segs[0] !== locale) {
			out.push({ url, links: [] });
			continue;
		}
		const rest = segs.slice(1);
		const links = locales
			.map((lang) => ({ lang, url: [lang, ...rest].join('/') + '/' }))
			.filter((l) => urls.has(l.url));
		out.push({ url, links: [...links, { lang: 'x-default', url: '' }] });
	}
	return out;
}

/**
 * robots.txt for the build: everything may be crawled; the sitemap is named when its absolute URL
 * is known (the Sitemap line must be absolute).
 * @param {string | undefined} sitemapUrl
 * @returns {string}
 * @example robotsTxt('https://example.org/elecciones/sitemap.xml')
 * // 'User-agent: *\nAllow: /\n\nSitemap: https://example.org/elecciones/sitemap.xml\n'
 */
export function robotsTxt(sitemapUrl) {
	return `User-agent: *\nAllow: /\n${sitemapUrl ? `\nSitemap: ${sitemapUrl}\n` : ''}`;
}
