import { error } from '@sveltejs/kit';
import { t } from '$lib/i18n';
import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildStatesPage, hasRegionResults } from '$lib/views/states-page';
import { levelReleases } from '$lib/views/states-levels';
import { allOf, chartCitations, citeRelease } from '$lib/server/cite';
import { statesChartCites } from '$lib/views/chart-cite';
import { href } from '$lib/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// Only elections with results by region get a states page (the election page links it then).
export const entries: EntryGenerator = () => electionEntries(hasRegionResults);

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	if (!hasRegionResults(bundle)) error(404, 'No results by state');
	const page = buildStatesPage(bundle, lang);
	const path = href(lang, bundle.election.id, 'states');
	return {
		page,
		levels: levelReleases(bundle, lang),
		chartCitations: await chartCitations(bundle, statesChartCites(page, lang), lang),
		citations: await allOf(
			page.views.map((v) => [
				v.snapshotId,
				citeRelease(
					bundle,
					v,
					lang,
					`${path}#release-${v.snapshotId}`,
					t(lang, 'cite.scopeStates', { tabulation: v.tabulationName })
				)
			])
		)
	};
};

// Nothing here needs SvelteKit's client: the map is HTML, the release and level switches are
// links, the table's sorting is a classic script (embed/js/sort.js), the chart menus and "Cite
// this" are run by /cite.js. See docs/hydration.md.
export const csr = false;
