import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { buildBundleJson } from '$lib/views/states-csv';
import type { EntryGenerator, RequestHandler } from './$types';

// A static file per election (`/data/<election>.json`): the whole validated bundle, for
// journalists and for anyone rebuilding the site's figures. Pattern: sveltejs/kit,
// adapter-static/test/apps/prerendered/src/routes/endpoint/explicit.json/+server.js.
export const prerender = true;

export const entries: EntryGenerator = () =>
	getElections().map((e) => ({ election: e.election.id }));

export const GET: RequestHandler = ({ params }) => {
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return new Response(buildBundleJson(bundle), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
