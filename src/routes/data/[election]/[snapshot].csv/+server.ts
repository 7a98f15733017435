import { error } from '@sveltejs/kit';
import { getElection, getElections } from '$lib/server/load-dataset';
import { allSnapshots, buildSnapshotCsv } from '$lib/views/states-csv';
import type { EntryGenerator, RequestHandler } from './$types';

// One static CSV per release (`/data/<election>/<snapshot>.csv`); the columns are documented
// with SNAPSHOT_CSV_COLUMNS in $lib/views/states-csv.ts.
export const prerender = true;

export const entries: EntryGenerator = () =>
	getElections().flatMap((bundle) =>
		allSnapshots(bundle).map(({ snapshot }) => ({
			election: bundle.election.id,
			snapshot: snapshot.id
		}))
	);

export const GET: RequestHandler = ({ params }) => {
	const bundle = getElection(params.election);
	const found = bundle && allSnapshots(bundle).find((x) => x.snapshot.id === params.snapshot);
	if (!bundle || !found) error(404, 'Unknown snapshot');
	return new Response(buildSnapshotCsv(bundle, found.tabulation, found.snapshot), {
		headers: { 'content-type': 'text/csv; charset=utf-8' }
	});
};
