import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildStatesPage, hasRegionResults } from '$lib/views/states-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// Only elections with results by region get a states page (the election page links it then).
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections()
			.filter(hasRegionResults)
			.map((e) => ({ lang, election: e.election.id }))
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle || !hasRegionResults(bundle)) error(404, 'No results by state');
	return { page: buildStatesPage(bundle, lang) };
};
