import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildStatementsPage } from '$lib/views/statements-page';
import { statementsChartCites } from '$lib/views/chart-cite';
import { chartCitations } from '$lib/server/cite';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const model = buildStatementsPage(bundle, lang);
	return {
		model,
		chartCitations: chartCitations(bundle, statementsChartCites(model, lang), lang)
	};
};
