import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildElectionPage } from '$lib/views/election-page';
import { liveMeta } from '$lib/server/live-build';
import { buildSheetChecksLinks } from '$lib/views/sheet-checks-links';
import { buildNow } from '$lib/server/build-time';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return {
		page: buildElectionPage(bundle, lang, buildNow()),
		live: liveMeta(bundle),
		sheetLinks: buildSheetChecksLinks(bundle, lang, (s) => s.sheets?.rows)
	};
};
