import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildElectionPage } from '$lib/views/election-page';
import { liveMeta } from '$lib/server/live-build';
import { buildSheetChecksLinks } from '$lib/views/sheet-checks-links';
import { buildNow } from '$lib/server/build-time';
import { allOf, chartCitations, citeRelease } from '$lib/server/cite';
import { resultsChartCites } from '$lib/views/chart-cite';
import { href } from '$lib/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

// No SvelteKit client (docs/hydration.md): the switch, the charts and the live updates are small
// classic scripts (embed/js/results.js, embed.js, live.js).
export const csr = false;

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const page = buildElectionPage(bundle, lang, buildNow());
	const path = href(lang, bundle.election.id);
	return {
		page,
		citations: await allOf(
			page.results.latest.map((r) => [
				r.snapshotId,
				citeRelease(bundle, r, lang, `${path}#snap-${r.snapshotId}`)
			])
		),
		chartCitations: await chartCitations(
			bundle,
			resultsChartCites(page.results, lang, bundle.election.id),
			lang
		),
		live: liveMeta(bundle),
		sheetLinks: buildSheetChecksLinks(bundle, lang, (s) => s.sheets?.rows)
	};
};
