import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { liveFileFor } from '$lib/server/live-build';
import type { EntryGenerator, RequestHandler } from './$types';

// The small file every open election page and live embed polls (live-file.ts says what it
// holds). Upload it last: it points at results.json and the release CSVs (docs/live-runbook.md).
export const prerender = true;

export const entries: EntryGenerator = () =>
	getElections().map((e) => ({ election: e.election.id }));

export const GET: RequestHandler = ({ params }) => {
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return new Response(JSON.stringify(liveFileFor(bundle)), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
