import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import { oembedResponse } from '$lib/components/share/oembed-response';
import type { EntryGenerator, RequestHandler } from './$types';

// One static oEmbed file per embeddable view: a static host cannot answer `?url=` queries, so
// each full page announces its own file with <link rel="alternate" type="application/json+oembed">.
export const prerender = true;

export const entries: EntryGenerator = () => electionEntries();

export const GET: RequestHandler = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return oembedResponse(embedPageData(bundle, lang, buildEmbedResults(bundle, lang)));
};
