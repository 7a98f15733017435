import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildRegionPage, regionsWithResults } from '$lib/views/states-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per state that some release reports, per locale.
export const entries: EntryGenerator = () => electionItemEntries('region', regionsWithResults);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const page = buildRegionPage(bundle, params.region, lang);
	if (!page) error(404, 'Unknown state');
	return { page };
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
