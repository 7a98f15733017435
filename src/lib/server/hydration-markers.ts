/**
 * Svelte's hydration markers: the comments its server rendering puts around blocks (`<!--[-->`,
 * `<!--[0-->`, `<!--[-1-->`, `<!--[!-->`, `<!--]-->`) and between text nodes (`<!---->`) so that
 * its client can find them again. A page rendered with `csr = false` (every page of this site,
 * docs/hydration.md) is never hydrated, and the markers are only nodes for the browser to parse and
 * keep: 2,177 of them on the statements page, 2,042 on the claims page.
 */
export const HYDRATION_MARKER = /<!--(?:\[-?\d*!?|\]!?|)-->/g;

/** The page's HTML without hydration markers, unless SvelteKit's client is on the page to use them. */
export function dropHydrationMarkers(html: string): string {
	// SvelteKit's inline bootstrap (`__sveltekit_<hash> = {…}`) is there only when the page hydrates.
	if (html.includes('__sveltekit_')) return html;
	return html.replace(HYDRATION_MARKER, '');
}
