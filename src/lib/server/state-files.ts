// Entries and lookups shared by the per-state data files
// (`/data/<election>/<snapshot>/<state>/{regions.csv,sheets.csv,sheets.json}`).
import type { ElectionBundle } from '$lib/data/bundle';
import type { Snapshot, Tabulation } from '$lib/schemas/tabulation';
import { releasesWithSheets } from '$lib/views/lookup-page';
import { ancestorAt, indexRegions } from '$lib/views/region-levels';
import { releasesWithLevels } from '$lib/views/states-levels';
import { getElection, getElections } from './load-dataset';
import { sheetsByState } from './state-sheets';

type Entry = { election: string; snapshot: string; region: string };

/** Every (release, state) with results below the state: one `regions.csv` each. */
export function regionFileEntries(): Entry[] {
	return getElections().flatMap((bundle) => {
		const index = indexRegions(bundle.election, 'es');
		const first = index.levels[0]!.id;
		return releasesWithLevels(bundle).flatMap(({ snapshot }) => {
			const states = new Set<string>();
			for (const r of snapshot.regions) {
				const region = index.byId.get(r.region);
				if (!region || region.level === first) continue;
				const state = ancestorAt(index, r.region, first);
				if (state) states.add(state.id);
			}
			return [...states].map((region) => ({
				election: bundle.election.id,
				snapshot: snapshot.id,
				region
			}));
		});
	});
}

/** Every (release, state) with tally sheets: one `sheets.csv` and one `sheets.json` each. */
export function sheetFileEntries(): Entry[] {
	return getElections().flatMap((bundle) =>
		releasesWithSheets(bundle).flatMap(({ snapshot }) =>
			[...(sheetsByState(bundle, snapshot.id)?.keys() ?? [])].map((region) => ({
				election: bundle.election.id,
				snapshot: snapshot.id,
				region
			}))
		)
	);
}

/** The election and release a per-state file belongs to, or undefined (a 404). */
export function findRelease(
	params: Entry
): { bundle: ElectionBundle; tabulation: Tabulation; snapshot: Snapshot } | undefined {
	const bundle = getElection(params.election);
	if (!bundle) return undefined;
	for (const tabulation of bundle.tabulations)
		for (const snapshot of tabulation.snapshots)
			if (snapshot.id === params.snapshot) return { bundle, tabulation, snapshot };
	return undefined;
}
