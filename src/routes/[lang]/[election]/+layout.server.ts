import { electionParams } from '$lib/server/election-route';
import { hasRegionResults } from '$lib/views/states-page';
import type { LayoutServerLoad } from './$types';

// The site header links the election's sections; only the pages that exist for this election
// (the states and claims pages are built only when there is something to show).
export const load: LayoutServerLoad = ({ params }) => {
	const { bundle } = electionParams(params);
	return {
		electionNav: {
			id: bundle.election.id,
			states: hasRegionResults(bundle),
			claims: bundle.claims.length > 0
		}
	};
};
