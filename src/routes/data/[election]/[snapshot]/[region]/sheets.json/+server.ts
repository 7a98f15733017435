import { error } from '@sveltejs/kit';
import { findRelease, sheetFileEntries } from '$lib/server/state-files';
import { sheetsByState } from '$lib/server/state-sheets';
import { descendantsOf, indexRegions } from '$lib/views/region-levels';
import { buildLookupFile } from '$lib/views/sheet-lookup';
import type { EntryGenerator, RequestHandler } from './$types';

// One state's tally sheets in the compact layout the lookup page loads on demand
// (views/sheet-lookup.ts): only the page that asks for a state downloads its sheets.
export const prerender = true;

export const entries: EntryGenerator = () => sheetFileEntries();

export const GET: RequestHandler = ({ params }) => {
	const found = findRelease(params);
	const rows = found && sheetsByState(found.bundle, found.snapshot.id)?.get(params.region);
	if (!found || !rows) error(404, 'No tally sheets for this state');
	const e = found.bundle.election;
	const index = indexRegions(e, 'es');
	const regions = descendantsOf(index, params.region).map((id) => index.byId.get(id)!);
	const file = buildLookupFile(
		e.id,
		found.snapshot.id,
		params.region,
		e.candidates.map((c) => c.id),
		regions,
		rows
	);
	return new Response(JSON.stringify(file), {
		headers: { 'content-type': 'application/json; charset=utf-8' }
	});
};
