import { error } from '@sveltejs/kit';
import { findRelease, regionFileEntries } from '$lib/server/state-files';
import { buildStateRegionsCsv } from '$lib/views/sheets-csv';
import type { EntryGenerator, RequestHandler } from './$types';

// One state's results at every level of one release (columns: views/sheets-csv.ts).
export const prerender = true;

export const entries: EntryGenerator = () => regionFileEntries();

export const GET: RequestHandler = ({ params }) => {
	const found = findRelease(params);
	if (
		!found ||
		!regionFileEntries().some((e) => e.snapshot === params.snapshot && e.region === params.region)
	)
		error(404, 'No results below this state');
	return new Response(
		buildStateRegionsCsv(found.bundle, found.tabulation, found.snapshot, params.region),
		{ headers: { 'content-type': 'text/csv; charset=utf-8' } }
	);
};
