import { browser } from '$app/environment';
import { normalizeSiteOrigin } from '$lib/views/embed-urls';

/**
 * The site origin for URLs that must be absolute (iframe `src`, oEmbed, canonical links).
 *
 * While prerendering (node) it is the `SITE_ORIGIN` build setting, or '' when unset, which leaves
 * the URLs root-relative. In the browser the page knows where it is actually served, so the
 * reader's copy of a link or an embed code is always absolute and right, whatever the build said.
 */
export function siteOrigin(): string {
	if (browser) return location.origin;
	return normalizeSiteOrigin(globalThis.process?.env?.SITE_ORIGIN);
}

/** A site path (already under the base path) as an absolute URL when the origin is known. */
export function siteUrl(path: string): string {
	return siteOrigin() + path;
}
