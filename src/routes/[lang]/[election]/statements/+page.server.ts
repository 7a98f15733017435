import { electionEntries, electionParams } from '$lib/server/election-route';
import { buildStatementsPage } from '$lib/views/statements-page';
import { statementsChartCites } from '$lib/views/chart-cite';
import { chartCitations } from '$lib/server/cite';
import type { EntryGenerator, PageServerLoad } from './$types';

export const entries: EntryGenerator = () => electionEntries();

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const model = buildStatementsPage(bundle, lang);
	return {
		model,
		chartCitations: await chartCitations(bundle, statementsChartCites(model, lang), lang)
	};
};

// Rendered without SvelteKit's client (the page's only controls are the timeline's GET filters,
// the chart menus and the citations): hydrating 43 statements and 8 remarks blocked a phone-speed
// main thread for over two seconds (docs/performance.md). The filters run in embed/js/statements.js,
// the charts in embed/js/world.js and stance.js.
export const csr = false;
