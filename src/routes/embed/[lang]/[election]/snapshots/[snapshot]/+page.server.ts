import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildEmbedSnapshot, snapshotIds } from '$lib/views/embed-results';
import { embedPageData } from '$lib/components/share/embed-load';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((e) =>
			snapshotIds(e).map((snapshot) => ({ lang, election: e.election.id, snapshot }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	const model = buildEmbedSnapshot(bundle, params.snapshot, lang);
	if (!model) error(404, 'Unknown snapshot');
	return embedPageData(bundle, lang, model);
};
