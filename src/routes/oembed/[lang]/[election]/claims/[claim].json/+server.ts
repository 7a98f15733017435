import { json } from '@sveltejs/kit';
import { chartEmbedRouteEntries, chartOembed } from '$lib/server/chart-embed-route';
import type { EntryGenerator, RequestHandler } from './$types';

// The oEmbed file of each live claim card embed (docs/embeds.md), announced by its embed page.
export const prerender = true;
export const entries: EntryGenerator = () => chartEmbedRouteEntries(false, true);
export const GET: RequestHandler = ({ params }) => json(chartOembed(params));
