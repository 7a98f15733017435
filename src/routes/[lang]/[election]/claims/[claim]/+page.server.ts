import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import { buildClaimCard, buildMethod } from '$lib/views/claims-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per claim, so a journalist can cite and link a single claim.
export const entries: EntryGenerator = () =>
	LOCALES.flatMap((lang) =>
		getElections().flatMap((e) =>
			e.claims.map((c) => ({ lang, election: e.election.id, claim: c.id }))
		)
	);

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	const claim = bundle.claims.find((c) => c.id === params.claim);
	if (!claim) error(404, 'Unknown claim');
	return {
		election: { id: bundle.election.id, name: bundle.election.name[lang] },
		card: buildClaimCard(bundle, claim, lang),
		method: buildMethod(lang)
	};
};
