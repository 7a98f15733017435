import { error } from '@sveltejs/kit';
import { findRelease, sheetFileEntries } from '$lib/server/state-files';
import { sheetsByState } from '$lib/server/state-sheets';
import { buildStateSheetsCsv } from '$lib/views/sheets-csv';
import type { EntryGenerator, RequestHandler } from './$types';

// One state's tally sheets of one release, one row per sheet (columns: views/sheets-csv.ts).
// Without JavaScript this file is the tally-sheet lookup.
export const prerender = true;

export const entries: EntryGenerator = () => sheetFileEntries();

export const GET: RequestHandler = ({ params }) => {
	const found = findRelease(params);
	const rows = found && sheetsByState(found.bundle, found.snapshot.id)?.get(params.region);
	if (!found || !rows) error(404, 'No tally sheets for this state');
	return new Response(buildStateSheetsCsv(found.bundle, found.tabulation, found.snapshot, rows), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
