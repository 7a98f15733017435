import { error } from '@sveltejs/kit';
import { LOCALES } from '$lib/i18n';
import { electionParams } from '$lib/server/election-route';
import { getElections } from '$lib/server/load-dataset';
import { buildLevelPage, levelPageIds } from '$lib/views/states-levels';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per release with results below the state level and per level it has results at
// (state, municipality, parish): the level choice is a set of links, so it works without JS.
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((b) =>
			levelPageIds(b).map((x) => ({ lang, election: b.election.id, ...x }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const page = buildLevelPage(bundle, params.snapshot, params.level, lang);
	if (!page) error(404, 'No results at this level');
	return { page };
};

// Nothing here needs SvelteKit's client: the map is HTML, the level switch is links, the states
// table's sorting is a classic script (embed/js/sort.js). See docs/hydration.md.
export const csr = false;
