import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { allChartData } from '$lib/server/chart-files';
import { chartCsv, chartJson } from '$lib/views/chart-data';
import type { EntryGenerator, RequestHandler } from './$types';

// Exactly one chart's data per file (`/data/<election>/charts/<chart>[/<item>].csv|.json`), for
// the share menu under each chart; prerendered so the links work without JavaScript. The columns
// are documented in $lib/views/chart-data.ts and docs/share.md.
export const prerender = true;

export const entries: EntryGenerator = () =>
	getElections().flatMap((bundle) =>
		allChartData(bundle).flatMap((d) =>
			['csv', 'json'].map((ext) => ({ election: bundle.election.id, file: `${d.key}.${ext}` }))
		)
	);

export const GET: RequestHandler = ({ params }) => {
	const bundle = getElection(params.election);
	const m = /^(.+)\.(csv|json)$/.exec(params.file);
	const data = bundle && m && allChartData(bundle).find((d) => d.key === m[1]);
	if (!bundle || !m || !data) error(404, 'Unknown chart');
	return m[2] === 'csv'
		? new Response(chartCsv(data), { headers: { 'content-type': 'text/csv; charset=utf-8' } })
		: new Response(chartJson(bundle.election.id, data), {
				headers: { 'content-type': 'application/json; charset=utf-8' }
			});
};
