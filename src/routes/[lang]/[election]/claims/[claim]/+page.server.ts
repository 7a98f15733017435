import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { buildClaimCard, buildMethod } from '$lib/views/claims-page';
import { chartCitations, citeClaim } from '$lib/server/cite';
import { claimChartCites } from '$lib/views/chart-cite';
import { href } from '$lib/paths';
import type { EntryGenerator, PageServerLoad } from './$types';

// One prerendered page per claim, so a journalist can cite and link a single claim.
export const entries: EntryGenerator = () =>
	electionItemEntries('claim', (b) => b.claims.map((c) => c.id));

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const claim = bundle.claims.find((c) => c.id === params.claim);
	if (!claim) error(404, 'Unknown claim');
	const card = buildClaimCard(bundle, claim, lang);
	return {
		election: { id: bundle.election.id, name: bundle.election.name[lang] },
		card,
		citation: await citeClaim(
			bundle,
			card,
			lang,
			href(lang, bundle.election.id, 'claims', claim.id)
		),
		chartCitations: await chartCitations(
			bundle,
			claimChartCites(card, lang, bundle.election.id),
			lang
		),
		method: buildMethod(lang)
	};
};

// Rendered without SvelteKit's client: the chart is drawn by a classic script (embed/js/claim.js,
// loaded by embed/js/embed.js when it nears the viewport), "Cite this" and the chart menu are run
// by /cite.js. See docs/hydration.md.
export const csr = false;
