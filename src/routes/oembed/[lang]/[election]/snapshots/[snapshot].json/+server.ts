import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildEmbedSnapshot, snapshotIds } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import { oembedResponse } from '$lib/components/share/oembed-response';
import type { EntryGenerator, RequestHandler } from './$types';

export const prerender = true;

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((e) =>
			snapshotIds(e).map((snapshot) => ({ lang, election: e.election.id, snapshot }))
		)
	);

export const GET: RequestHandler = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	const model = buildEmbedSnapshot(bundle, params.snapshot, lang);
	if (!model) error(404, 'Unknown snapshot');
	return oembedResponse(embedPageData(bundle, lang, model));
};
