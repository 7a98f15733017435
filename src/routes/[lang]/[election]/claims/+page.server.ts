import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildClaimsPage } from '$lib/views/claims-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections()
			.filter((e) => e.claims.length > 0)
			.map((e) => ({ lang, election: e.election.id }))
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return { page: buildClaimsPage(bundle, lang) };
};
