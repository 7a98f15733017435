import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { discard } from './scripts/lib/discard.js';
import { prunePageData } from './scripts/lib/prune-page-data.js';

// The site is deployed as plain static files, often under a sub-path chosen by the newsroom
// (`BASE_PATH=/escrutinio npm run build`). SvelteKit wants no trailing slash on the base.
// BUILD_DIR lets tests build elsewhere without touching build/.
const out = process.env.BUILD_DIR ?? 'build';
const origin = (process.env.SITE_ORIGIN ?? '').replace(/\/+$/, '');
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

// Routes whose pages exist only when the data has what they show (region levels below the
// states, tally-sheet files): an election without them builds none of their pages, which is
// not an error. Any other route left unbuilt still fails the build.
const DATA_DEPENDENT_ROUTES = new Set([
	'/[lang]/[election]/lookup',
	'/[lang]/[election]/snapshots/[snapshot]/sheet-checks',
	'/[lang]/[election]/states/levels/[snapshot]/[level]',
	'/data/[election]/[snapshot]/[region]/regions.csv',
	'/data/[election]/[snapshot]/[region]/sheets.csv',
	'/data/[election]/[snapshot]/[region]/sheets.json'
]);

// strict: every route must be prerendered; a page that cannot be is a build error.
const staticAdapter = adapter({ pages: out, assets: out, fallback: undefined, strict: true });

/**
 * adapter-static, except that the previous build folder is moved aside (one rename) and deleted in
 * the background (scripts/lib/discard.js) instead of deleted file by file first: that waits on the
 * disk for seconds (docs/build-time.md). The folder is still replaced only here, at the end of a
 * successful build; when it cannot be moved (none yet, another file system) the adapter deletes it
 * itself as before. Then the `__data.json` files of pages sent without SvelteKit's client are
 * removed (scripts/lib/prune-page-data.js).
 * @type {import('@sveltejs/kit').Adapter}
 */
const staticAdapterDiscarding = {
	...staticAdapter,
	async adapt(builder) {
		discard(out);
		await staticAdapter.adapt(builder);
		prunePageData(out);
	}
};

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		adapter: staticAdapterDiscarding,
		paths: { base, relative: false },
		// Every page's CSS goes inline into its HTML (the CSP allows inline styles): no
		// render-blocking stylesheet request before the first paint on a slow phone network.
		inlineStyleThreshold: 50_000,
		prerender: {
			// Several pages in flight: while one waits for work off the main thread (a social card's
			// PNG encoding, the embed scripts' bundling), the next one renders (docs/build-time.md).
			concurrency: 16,
			// With SITE_ORIGIN set, og:image and canonical URLs are absolute; the crawler must take
			// them as this site's own, or it would not prerender the social images they name.
			...(origin ? { origin } : {}),
			// A broken internal link or a failing page fails the build instead of publishing.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail',
			handleUnseenRoutes: ({ routes, message }) => {
				if (routes.some((r) => !DATA_DEPENDENT_ROUTES.has(r))) throw new Error(message);
			}
		},
		// Every prerendered page carries this policy as a <meta> tag, with the hash of SvelteKit's one
		// inline bootstrap script. Scripts: our own files and that hash only — no 'unsafe-inline'
		// (so no inline handlers such as onerror=), no 'unsafe-eval', no foreign hosts
		// (tests/e2e/untrusted.spec.ts checks every built page and that the browser enforces it).
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
				// 'unsafe-inline' for styles only: Svelte's `style:` directives and the fixed chart boxes
				// render style="…" attributes (candidate colours from the data, chart heights), and
				// style attributes cannot be hashed. It lets no script run; the values are escaped by
				// Svelte and colours are validated as #rrggbb by the schema.
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:'],
				'font-src': ['self'],
				'connect-src': ['self'],
				'object-src': ['none'],
				'base-uri': ['self'],
				'form-action': ['self']
			}
		}
	}
};

export default config;
