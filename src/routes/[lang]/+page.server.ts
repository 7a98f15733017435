import { getElections } from '$lib/server/load-dataset';
import { LOCALES, localeOf } from '$lib/i18n';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => LOCALES.map((lang) => ({ lang }));

export const load: PageServerLoad = ({ params }) => {
	const lang = localeOf(params.lang);
	return {
		elections: getElections().map(({ election }) => ({
			id: election.id,
			name: election.name[lang],
			office: election.office[lang],
			date: election.date
		}))
	};
};

// Nothing on this page is a control: it is sent as HTML and CSS only, without client JavaScript.
export const csr = false;
