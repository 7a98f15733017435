import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import type { EntryGenerator, PageServerLoad } from './$types';

// Embeds are linked from nowhere on the site (they live inside other sites' iframes), so the
// crawler cannot find them: every one is listed here.
export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return embedPageData(bundle, lang, buildEmbedResults(bundle, lang));
};
