import type { ElectionBundle } from '../data/bundle';
import { firstLevelRegions } from '../results/region-tree';
import { compareCodes, computeRegionOutcomes, type RegionOutcome } from '../results/regions';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { contestantInfo, type ContestantInfo } from './lookup';
import { abbreviateRegions, buildTileMap, type TileMapModel } from './states-map';
import { releaseInfo, type ReleaseInfo } from './snapshot-table';

/** A release that has results by region, with what every states view needs to name and cite it. */
export type RegionSnapshotInfo = ReleaseInfo;

/** A region's outcome with the names a table shows. */
export interface StatesRow extends RegionOutcome {
	abbr: string;
	leaderName: string | undefined;
	tiedNames: string[];
}

/** The states table and map of one release. */
export interface StatesSnapshotView extends RegionSnapshotInfo {
	/**
	 * Contestants in the release's national order (largest first), one pair of columns each;
	 * `shortName` keeps the headers narrow (a group keeps its full name).
	 */
	columns: (ContestantInfo & { shortName: string })[];
	rows: StatesRow[];
	map: TileMapModel | undefined;
	/** Earlier releases of the same tabulation that also have results by region. */
	earlier: { id: string; label: string }[];
}

export interface StatesPageModel {
	election: { id: string; name: string };
	views: StatesSnapshotView[];
	/** Tabulations with no results by region in this data (said, not hidden). */
	withoutRegions: string[];
	/** Every release, each with a CSV download, in data order. */
	downloads: { snapshotId: string; label: string }[];
}

/** Whether any release of an election has results by region. */
export function hasRegionResults(bundle: ElectionBundle): boolean {
	return bundle.tabulations.some((t) => t.snapshots.some((s) => s.regions.length > 0));
}

const groupIdsOf = (bundle: ElectionBundle) => new Set(bundle.election.groups.map((g) => g.id));

/**
 * The states table and tile map of one release with region results.
 * @example buildStatesSnapshotView(bundle, opposition, opposition83, 'es').rows.length // 24
 */
export function buildStatesSnapshotView(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	locale: Locale
): StatesSnapshotView {
	const e = bundle.election;
	// Finer levels (municipalities, parishes) have views of their own.
	const regions = firstLevelRegions(e);
	const outcomes = computeRegionOutcomes(regions, snapshot.regions, groupIdsOf(bundle));
	const abbrs = abbreviateRegions(regions.map((r) => r.name));
	const abbrOf = (id: string) => abbrs[regions.findIndex((r) => r.id === id)] ?? id;
	const nameOf = (id: string) => contestantInfo(bundle, id, locale);
	const columns = [...snapshot.results]
		.sort((a, b) => b.votes - a.votes)
		.map((r) => {
			const info = nameOf(r.contestant);
			const c = e.candidates.find((x) => x.id === r.contestant);
			return { ...info, shortName: c?.shortName ?? info.name };
		});
	const candidates = e.candidates.map((c) => ({
		id: c.id,
		name: c.fullName,
		shortName: c.shortName,
		color: c.color
	}));
	const label = snapshot.label[locale];
	const idx = tabulation.snapshots.indexOf(snapshot);
	return {
		...releaseInfo(bundle, tabulation, snapshot, locale),
		columns,
		rows: outcomes.map((o) => ({
			...o,
			abbr: abbrOf(o.region),
			leaderName: o.leader ? e.candidates.find((c) => c.id === o.leader)?.shortName : undefined,
			tiedNames: o.tiedFirst.map((id) => e.candidates.find((c) => c.id === id)?.shortName ?? id)
		})),
		map: buildTileMap(regions, outcomes, candidates, locale, label),
		earlier: tabulation.snapshots
			.slice(0, idx)
			.filter((s) => s.regions.length > 0)
			.map((s) => ({ id: s.id, label: s.label[locale] }))
	};
}

/**
 * The latest release with region results of each tabulation that has any (data files list
 * releases in publication order), official tabulation first.
 */
export function latestRegionSnapshots(
	bundle: ElectionBundle
): { tabulation: Tabulation; snapshot: Snapshot }[] {
	const out: { tabulation: Tabulation; snapshot: Snapshot }[] = [];
	for (const tabulation of bundle.tabulations) {
		const withRegions = tabulation.snapshots.filter((s) => s.regions.length > 0);
		const snapshot = withRegions[withRegions.length - 1];
		if (snapshot) out.push({ tabulation, snapshot });
	}
	return out.sort((a, b) => Number(b.tabulation.official) - Number(a.tabulation.official));
}

/**
 * The states page: for each tabulation with region results, its latest such release as a map
 * and a table; the tabulations without any are named.
 * @example buildStatesPage(bundle, 'en').views[0].snapshotId // 'opposition-83-5'
 */
export function buildStatesPage(bundle: ElectionBundle, locale: Locale): StatesPageModel {
	return {
		election: { id: bundle.election.id, name: bundle.election.name[locale] },
		views: latestRegionSnapshots(bundle).map(({ tabulation, snapshot }) =>
			buildStatesSnapshotView(bundle, tabulation, snapshot, locale)
		),
		withoutRegions: bundle.tabulations
			.filter((t) => !t.snapshots.some((s) => s.regions.length > 0))
			.map((t) => t.name[locale]),
		downloads: bundle.tabulations.flatMap((t) =>
			t.snapshots.map((s) => ({ snapshotId: s.id, label: s.label[locale] }))
		)
	};
}

/** Ids of every region that some release reports, in region-code order (one page each). */
export function regionsWithResults(bundle: ElectionBundle): string[] {
	const ids = new Set(
		bundle.tabulations.flatMap((t) => t.snapshots.flatMap((s) => s.regions.map((r) => r.region)))
	);
	return firstLevelRegions(bundle.election)
		.filter((r) => ids.has(r.id))
		.sort((a, b) => compareCodes(a.code, b.code))
		.map((r) => r.id);
}

/** One release's figures for one region, as the region page shows them. */
export interface RegionEntry extends RegionSnapshotInfo {
	outcome: RegionOutcome;
	contestants: ContestantInfo[];
	leaderName: string | undefined;
	runnerUpName: string | undefined;
}

export interface RegionPageModel {
	election: { id: string; name: string };
	region: { id: string; code: string; name: string };
	entries: RegionEntry[];
	prev: { id: string; name: string } | undefined;
	next: { id: string; name: string } | undefined;
}

/**
 * The page of one region: its figures in every release that reports it, newest first within
 * each tabulation, official tabulation first. Undefined for a region no release reports.
 * @example buildRegionPage(bundle, 'zulia', 'es')?.entries[0].outcome.rows[0].votes // 766915
 */
export function buildRegionPage(
	bundle: ElectionBundle,
	regionId: string,
	locale: Locale
): RegionPageModel | undefined {
	const e = bundle.election;
	const regions = firstLevelRegions(e);
	const region = regions.find((r) => r.id === regionId);
	if (!region) return undefined;
	const groups = groupIdsOf(bundle);
	const shortName = (id: string | undefined) =>
		id === undefined ? undefined : e.candidates.find((c) => c.id === id)?.shortName;
	const tabulations = [...bundle.tabulations].sort(
		(a, b) => Number(b.official) - Number(a.official)
	);
	const entries: RegionEntry[] = [];
	for (const tabulation of tabulations) {
		for (const snapshot of [...tabulation.snapshots].reverse()) {
			const result = snapshot.regions.find((r) => r.region === regionId);
			if (!result) continue;
			const [outcome] = computeRegionOutcomes(regions, [result], groups);
			if (!outcome) continue;
			entries.push({
				...releaseInfo(bundle, tabulation, snapshot, locale),
				outcome,
				contestants: outcome.rows.map((r) => contestantInfo(bundle, r.contestant, locale)),
				leaderName: shortName(outcome.leader),
				runnerUpName: shortName(outcome.runnerUp)
			});
		}
	}
	if (entries.length === 0) return undefined;
	const all = regionsWithResults(bundle);
	const i = all.indexOf(regionId);
	const link = (id: string | undefined) => {
		const r = id === undefined ? undefined : regions.find((x) => x.id === id);
		return r && { id: r.id, name: r.name };
	};
	return {
		election: { id: e.id, name: e.name[locale] },
		region: { id: region.id, code: region.code, name: region.name },
		entries,
		prev: link(all[i - 1]),
		next: link(all[i + 1])
	};
}
