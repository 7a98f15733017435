import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedSnapshot, snapshotIds } from '$lib/views/embed-results';
import { embedPageData, embedPageWithCitations } from '$lib/components/share/embed-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionItemEntries('snapshot', snapshotIds);

// No SvelteKit client, as the headline embed (../../+page.server.ts); pinned: no live updates.
export const csr = false;

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const model = buildEmbedSnapshot(bundle, params.snapshot, lang);
	if (!model) error(404, 'Unknown snapshot');
	return embedPageWithCitations(bundle, embedPageData(bundle, lang, model));
};
