import { electionEntries, electionParams } from '$lib/server/election-route';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	return {
		election: { id: bundle.election.id, name: bundle.election.name[lang] },
		revisions: bundle.revisions.map((r) => ({
			date: r.date,
			summary: r.summary[lang],
			files: r.files
		}))
	};
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
