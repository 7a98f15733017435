import { chartEmbedLoad, chartEmbedRouteEntries } from '$lib/server/chart-embed-route';
import type { EntryGenerator, PageServerLoad } from './$types';

// Complete HTML without SvelteKit's client: see chart-embed-route.ts.
export const csr = false;
export const entries: EntryGenerator = () => chartEmbedRouteEntries(true, true);
export const load: PageServerLoad = ({ params }) => chartEmbedLoad(params);
