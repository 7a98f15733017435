import script from '$lib/cite/enhance.js?raw';

// The "Cite this" and chart-menu enhancement as a plain classic script (see
// src/lib/cite/enhance.js): it runs on pages with and without SvelteKit's client, and carries no
// citation library. Minified at build time (Vite's own minifier), as every other script.
export const prerender = true;

let minified: Promise<string> | undefined;

export const GET = async () => {
	minified ??= import('vite').then(async ({ minify }) => {
		const out = await minify('cite.js', script, { compress: true, mangle: true });
		if (out.errors.length > 0) throw new Error(`cite.js: ${out.errors[0]!.message}`);
		return out.code;
	});
	return new Response(await minified, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
