import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildRegionPage, regionsWithResults } from '$lib/views/states-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per state that some release reports, per locale.
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((e) =>
			regionsWithResults(e).map((region) => ({ lang, election: e.election.id, region }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	const page = bundle && buildRegionPage(bundle, params.region, lang);
	if (!page) error(404, 'Unknown state');
	return { page };
};
