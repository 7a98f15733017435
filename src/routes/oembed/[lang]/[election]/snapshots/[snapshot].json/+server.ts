import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedSnapshot, snapshotIds } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import { oembedResponse } from '$lib/components/share/oembed-response';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () => electionItemEntries('snapshot', snapshotIds);

export const GET: RequestHandler = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const model = buildEmbedSnapshot(bundle, params.snapshot, lang);
	if (!model) error(404, 'Unknown snapshot');
	return oembedResponse(embedPageData(bundle, lang, model));
};
