import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildEmbedResults } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import { liveMeta } from '$lib/server/live-build';
import type { EntryGenerator, PageServerLoad } from './$types';

// Embeds are linked from nowhere on the site (they live inside other sites' iframes), so the
// crawler cannot find them: every one is listed here.
export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	// The headline embed polls the live file (the snapshot embeds are pinned and never change).
	return {
		...embedPageData(bundle, lang, buildEmbedResults(bundle, lang)),
		live: liveMeta(bundle)
	};
};
