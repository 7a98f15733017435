import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildStatementsPage } from '$lib/views/statements-page';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return { model: buildStatementsPage(bundle, lang) };
};
