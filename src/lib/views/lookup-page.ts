import type { ElectionBundle } from '../data/bundle';
import { compareCodes } from '../results/regions';
import type { Locale } from '../schemas/common';
import { firstLevelRegions, regionLevels } from './region-levels';
import { releaseInfo, type ReleaseInfo } from './snapshot-table';
import { sheetCount } from './states-levels';

/** One release with tally sheets, as the lookup page offers it. */
export interface LookupRelease extends ReleaseInfo {
	/** Tally sheets in the release's sheet file. */
	sheets: number;
	/** Names of the levels, coarse → fine (the selects' labels). */
	levels: { id: string; name: string }[];
	/** States with sheets, by code, each with its number of sheets (one file each). */
	states: { id: string; code: string; name: string; sheets: number }[];
	/** Candidates in the sheet file's column order. */
	candidates: { id: string; name: string; shortName: string; color: string }[];
}

export interface LookupPageModel {
	election: { id: string; name: string };
	releases: LookupRelease[];
}

/** Snapshots that have a sheet file (`sheets` on the snapshot), in data order. */
export function releasesWithSheets(bundle: ElectionBundle) {
	return bundle.tabulations.flatMap((tabulation) =>
		tabulation.snapshots
			.filter((snapshot) => sheetCount(snapshot) !== undefined)
			.map((snapshot) => ({ tabulation, snapshot }))
	);
}

/**
 * The lookup page: every release with tally sheets, with its states and how many sheets each has
 * (`sheetsByState(snapshotId)` counts them from the sheet file at build time).
 *
 * @example buildLookupPage(bundle, 'es', counts).releases[0]?.states.length // 24
 */
export function buildLookupPage(
	bundle: ElectionBundle,
	locale: Locale,
	sheetsByState: (snapshotId: string) => ReadonlyMap<string, number>
): LookupPageModel {
	const e = bundle.election;
	const levels = regionLevels(e, locale).map((l) => ({
		id: l.id,
		name: l.name
	}));
	const states = firstLevelRegions(e);
	return {
		election: { id: e.id, name: e.name[locale] },
		releases: releasesWithSheets(bundle).map(({ tabulation, snapshot }) => {
			const counts = sheetsByState(snapshot.id);
			return {
				...releaseInfo(bundle, tabulation, snapshot, locale),
				sheets: sheetCount(snapshot)!,
				levels,
				states: states
					.filter((s) => counts.has(s.id))
					.sort((a, b) => compareCodes(a.code, b.code))
					.map((s) => ({ id: s.id, code: s.code, name: s.name, sheets: counts.get(s.id)! })),
				candidates: e.candidates.map((c) => ({
					id: c.id,
					name: c.fullName,
					shortName: c.shortName,
					color: c.color
				}))
			};
		})
	};
}
