import { error } from '@sveltejs/kit';
import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildStatesPage, hasRegionResults } from '$lib/views/states-page';
import { levelReleases } from '$lib/views/states-levels';
import type { EntryGenerator, PageServerLoad } from './$types';

// Only elections with results by region get a states page (the election page links it then).
export const entries: EntryGenerator = () => electionEntries(hasRegionResults);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	if (!hasRegionResults(bundle)) error(404, 'No results by state');
	return { page: buildStatesPage(bundle, lang), levels: levelReleases(bundle, lang) };
};
