import adapter from '@sveltejs/adapter-static';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

// The site is deployed as plain static files, often under a sub-path chosen by the newsroom
// (`BASE_PATH=/escrutinio npm run build`). SvelteKit wants no trailing slash on the base.
// BUILD_DIR lets tests build elsewhere without touching build/.
const out = process.env.BUILD_DIR ?? 'build';
const base = (process.env.BASE_PATH ?? '').replace(/\/+$/, '');
if (base && !base.startsWith('/')) {
	throw new Error(`BASE_PATH must start with "/" (got "${base}")`);
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// strict: every route must be prerendered; a page that cannot be is a build error.
		adapter: adapter({ pages: out, assets: out, fallback: undefined, strict: true }),
		paths: { base, relative: false },
		prerender: {
			// A broken internal link or a failing page fails the build instead of publishing.
			handleHttpError: 'fail',
			handleMissingId: 'fail',
			handleEntryGeneratorMismatch: 'fail'
		},
		csp: {
			mode: 'hash',
			directives: {
				'default-src': ['self'],
				'script-src': ['self'],
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
