import { error } from '@sveltejs/kit';
import { EMBED_SCRIPTS, embedScript, type EmbedScript } from '$lib/server/embed-scripts';
import type { EntryGenerator, RequestHandler } from './$types';

// The chart embeds' classic scripts, written as static files (see embed-scripts.ts).
export const prerender = true;
export const entries: EntryGenerator = () => EMBED_SCRIPTS.map((name) => ({ name }));

export const GET: RequestHandler = async ({ params }) => {
	if (!(EMBED_SCRIPTS as readonly string[]).includes(params.name)) error(404, 'Unknown script');
	return new Response(await embedScript(params.name as EmbedScript), {
		headers: { 'content-type': 'text/javascript; charset=utf-8' }
	});
};
