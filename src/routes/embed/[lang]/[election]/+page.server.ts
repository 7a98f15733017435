import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData, embedPageWithCitations } from '$lib/components/share/embed-load';
import { liveMeta } from '$lib/server/live-build';
import type { EntryGenerator, PageServerLoad } from './$types';

// Embeds are linked from nowhere on the site (they live inside other sites' iframes), so the
// crawler cannot find them: every one is listed here.
export const entries: EntryGenerator = () => electionEntries();

// No SvelteKit client (docs/hydration.md): the opt-in chart, the share menus and the live updates
// are classic scripts (embed/js/embed.js, /cite.js, embed/js/live.js).
export const csr = false;

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	// The headline embed polls the live file (the snapshot embeds are pinned and never change).
	// `cors`: the host sends `Access-Control-Allow-Origin` for data/ (EMBED_DATA_CORS=1), so a
	// frame sandboxed without same-origin may fetch the live file too.
	return {
		...(await embedPageWithCitations(
			bundle,
			embedPageData(bundle, lang, buildEmbedResults(bundle, lang))
		)),
		live: { ...liveMeta(bundle), cors: process.env.EMBED_DATA_CORS === '1' }
	};
};
