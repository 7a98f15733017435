import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildSnapshotPage, snapshotIds } from '$lib/views/snapshot-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per release of every tabulation, in both locales: the snapshot selector's
// links work without JavaScript and can be shared.
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((b) =>
			snapshotIds(b).map((snapshot) => ({ lang, election: b.election.id, snapshot }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	const page = buildSnapshotPage(bundle, params.snapshot, lang);
	if (!page) error(404, 'Unknown snapshot');
	return { page };
};
