import { error } from '@sveltejs/kit';
import { electionEntries, electionParams } from '$lib/server/election-route';
import { sheetCountsByState } from '$lib/server/state-sheets';
import { buildLookupPage, releasesWithSheets } from '$lib/views/lookup-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Only elections with a release that has tally sheets get the lookup.
export const entries: EntryGenerator = () =>
	electionEntries((b) => releasesWithSheets(b).length > 0);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	if (releasesWithSheets(bundle).length === 0) error(404, 'No tally sheets');
	return { page: buildLookupPage(bundle, lang, (id) => sheetCountsByState(bundle, id)) };
};

// Rendered without SvelteKit's client (issue 13 item 4, docs/hydration.md): the cascade of selects
// is a small classic script, embed/js/lookup.js (src/lib/embed-client/lookup.ts), which puts the
// form of each release's <template> in the page and fetches a state's sheets when it is chosen.
export const csr = false;
