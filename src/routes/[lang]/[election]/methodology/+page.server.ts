import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildMethodologyPage } from '$lib/views/methodology-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) => getElections().map((e) => ({ lang, election: e.election.id })));

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return { page: buildMethodologyPage(bundle, lang) };
};
