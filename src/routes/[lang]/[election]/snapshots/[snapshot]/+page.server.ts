import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildSnapshotPage, snapshotIds } from '$lib/views/snapshot-page';
import { buildReleaseSheetNote } from '$lib/views/sheet-checks-links';
import { chartCitations, citeRelease } from '$lib/server/cite';
import { snapshotChartCites } from '$lib/views/chart-cite';
import { href } from '$lib/paths';
import { releaseFindings, releaseFindingsCount } from '$lib/views/release-findings';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per release of every tabulation, in both locales: the snapshot selector's
// links work without JavaScript and can be shared.
export const entries: EntryGenerator = () => electionItemEntries('snapshot', snapshotIds);

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const page = buildSnapshotPage(bundle, params.snapshot, lang);
	if (!page) error(404, 'Unknown snapshot');
	return {
		page,
		citation: await citeRelease(
			bundle,
			page.table,
			lang,
			`${href(lang, bundle.election.id, 'snapshots', params.snapshot)}#snap-${params.snapshot}`
		),
		chartCitations: await chartCitations(bundle, snapshotChartCites(page, lang), lang),
		sheetNote: buildReleaseSheetNote(bundle, params.snapshot, lang, (s) => s.sheets?.rows),
		findingsCount: releaseFindingsCount(releaseFindings(bundle, params.snapshot, lang))
	};
};

// Nothing here needs SvelteKit's client: the release selector is links, the bars are drawn by a
// classic script (embed/js/share.js), the chart menu and "Cite this" are run by /cite.js.
// See docs/hydration.md.
export const csr = false;
