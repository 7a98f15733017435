import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedSnapshot, snapshotIds } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionItemEntries('snapshot', snapshotIds);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const model = buildEmbedSnapshot(bundle, params.snapshot, lang);
	if (!model) error(404, 'Unknown snapshot');
	return embedPageData(bundle, lang, model);
};
