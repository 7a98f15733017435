import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildClaimsPage } from '$lib/views/claims-page';
import { buildSheetChecksLinks } from '$lib/views/sheet-checks-links';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries((b) => b.claims.length > 0);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return {
		page: buildClaimsPage(bundle, lang),
		sheetLinks: buildSheetChecksLinks(bundle, lang, (s) => s.sheets?.rows)
	};
};
