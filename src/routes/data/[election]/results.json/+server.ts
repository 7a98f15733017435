import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { buildResultsJson } from '$lib/live/build-live-file';
import type { EntryGenerator, RequestHandler } from './$types';

// What the results section and the headline embed are drawn from (no regions, no sheets): a
// polling page loads it only when live.json announces a new version of it.
export const prerender = true;

export const entries: EntryGenerator = () =>
	getElections().map((e) => ({ election: e.election.id }));

export const GET: RequestHandler = ({ params }) => {
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return new Response(buildResultsJson(bundle), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
