import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import type { EntryGenerator, PageServerLoad } from './$types';

// Embeds are linked from nowhere on the site (they live inside other sites' iframes), so the
// crawler cannot find them: every one is listed here.
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => getElections().map((e) => ({ lang, election: e.election.id })));

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return embedPageData(bundle, lang, buildEmbedResults(bundle, lang));
};
