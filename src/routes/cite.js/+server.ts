import script from '$lib/cite/enhance.js?raw';

// The "Cite this" enhancement as a plain classic script (see src/lib/cite/enhance.js): it runs on
// pages with and without SvelteKit's client, and carries no citation library.
export const prerender = true;

export const GET = () =>
	new Response(script, {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
