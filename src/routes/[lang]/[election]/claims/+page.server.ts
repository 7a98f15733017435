import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildClaimsPage } from '$lib/views/claims-page';
import { buildSheetChecksLinks } from '$lib/views/sheet-checks-links';
import { buildClaimsSummary } from '$lib/views/claims-summary';
import { allOf, citeFinding } from '$lib/server/cite';
import { href } from '$lib/paths';
import type { FindingModel } from '$lib/views/claims-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries((b) => b.claims.length > 0);

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	// The page opens with the compact list (each claim links to its own page, which holds its card
	// and its citation) and the findings; the cards are not repeated here.
	const full = buildClaimsPage(bundle, lang);
	const e = bundle.election.id;
	const findingPath = (f: FindingModel) => `${href(lang, e, 'claims')}#finding-${f.id}`;
	const allFindings = (fs: FindingModel[]): FindingModel[] =>
		fs.flatMap((f) => [f, ...allFindings(f.derived)]);
	return {
		page: { election: full.election, findings: full.findings, method: full.method },
		findingCitations: await allOf(
			allFindings(full.findings).map((f) => [
				f.id,
				citeFinding(bundle, f, lang, findingPath(f), f.asOf)
			])
		),
		summary: buildClaimsSummary(bundle, lang)!,
		sheetLinks: buildSheetChecksLinks(bundle, lang, (s) => s.sheets?.rows)
	};
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
