import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildClaimsPage } from '$lib/views/claims-page';
import { buildSheetChecksLinks } from '$lib/views/sheet-checks-links';
import { buildClaimsSummary } from '$lib/views/claims-summary';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries((b) => b.claims.length > 0);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	// The page opens with the compact list (each claim links to its own page, which holds its card
	// and its citation) and the findings summarised (each links to its release's page of checks,
	// which holds it in full with its citation); neither is repeated here.
	const full = buildClaimsPage(bundle, lang);
	return {
		page: { election: full.election, findings: full.findings, method: full.method },
		summary: buildClaimsSummary(bundle, lang)!,
		sheetLinks: buildSheetChecksLinks(bundle, lang, (s) => s.sheets?.rows)
	};
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
