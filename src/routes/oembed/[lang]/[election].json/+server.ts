import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import { oembedResponse } from '$lib/components/share/oembed-response';
import type { EntryGenerator, RequestHandler } from './$types';

// One static oEmbed file per embeddable view: a static host cannot answer `?url=` queries, so
// each full page announces its own file with <link rel="alternate" type="application/json+oembed">.
export const prerender = true;

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => getElections().map((e) => ({ lang, election: e.election.id })));

export const GET: RequestHandler = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return oembedResponse(embedPageData(bundle, lang, buildEmbedResults(bundle, lang)));
};
