import { embedResizeScript } from '$lib/views/embed-height';

// A classic script file next to the embeds (see embedResizeScript for why it is not a module).
export const prerender = true;

export const GET = () =>
	new Response(embedResizeScript(), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
