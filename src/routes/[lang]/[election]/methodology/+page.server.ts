import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildMethodologyPage } from '$lib/views/methodology-page';
import { buildOutstandingRows } from '$lib/views/snapshot-outstanding';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return {
		page: buildMethodologyPage(bundle, lang),
		outstanding: buildOutstandingRows(bundle, lang)
	};
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
