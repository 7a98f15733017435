import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { sheetCountsByState } from '$lib/server/state-sheets';
import { buildStateBreakdown } from '$lib/views/state-breakdown';
import { buildRegionPage, regionsWithResults } from '$lib/views/states-page';
import { allOf, citeRelease } from '$lib/server/cite';
import { href } from '$lib/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per state that some release reports, per locale; it also lists the state's
// municipalities and parishes of every release that has them.
export const entries: EntryGenerator = () => electionItemEntries('region', regionsWithResults);

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const page = buildRegionPage(bundle, params.region, lang);
	if (!page) error(404, 'Unknown state');
	const breakdown = buildStateBreakdown(bundle, params.region, lang);
	// Sheets of this state in each release that has a sheet file (labels of the CSV links).
	const sheetsIn: Record<string, number> = {};
	for (const b of breakdown)
		if (b.sheets !== undefined) {
			const n = sheetCountsByState(bundle, b.snapshotId).get(params.region);
			if (n !== undefined) sheetsIn[b.snapshotId] = n;
		}
	const path = href(lang, bundle.election.id, 'states', params.region);
	const citations = await allOf(
		page.entries.map((e) => [
			e.snapshotId,
			citeRelease(bundle, e, lang, `${path}#entry-${e.snapshotId}`, page.region.name)
		])
	);
	return { page, breakdown, sheetsIn, citations };
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
