import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { outcomesAtLevel } from './level-outcomes';
import { indexRegions } from './region-levels';
import { releaseInfo, type ReleaseInfo } from './snapshot-table';
import { sheetCount } from './states-levels';

/** One municipality or parish in a state's table. */
export interface SubRegionRow {
	region: string;
	code: string;
	name: string;
	/** The region just above when it is not the state (a parish's municipality), else undefined. */
	parentName: string | undefined;
	/** Votes of each of the table's `columns`, in that order (undefined: not reported). */
	votes: (number | undefined)[];
	total: number;
	leaderName: string | undefined;
	tie: boolean;
	/** Leader's computed share of `total`, in points. */
	leaderShare: number | undefined;
	marginPoints: number | undefined;
	unitsCounted: number | undefined;
	null: number | undefined;
}

/** One level's table inside a state, for one release. */
export interface SubLevelTable {
	level: { id: string; name: string };
	rows: SubRegionRow[];
}

/** One release's municipalities and parishes of a state. */
export interface StateBreakdown extends ReleaseInfo {
	/** Contestants in the release's national order (largest first). */
	columns: { id: string; shortName: string }[];
	tables: SubLevelTable[];
	/** Tally sheets of the release (sheet CSV and lookup exist), or undefined. */
	sheets: number | undefined;
}

/**
 * For a state's page: every release with results below the state, official tabulation first and
 * newest first, each with one table per finer level (municipalities, parishes) ordered by code.
 * Empty when no release goes below the state.
 *
 * @example buildStateBreakdown(bundle, 'zulia', 'es')[0]?.tables.map((t) => t.level.id) // ['municipality', 'parish']
 */
export function buildStateBreakdown(
	bundle: ElectionBundle,
	stateId: string,
	locale: Locale
): StateBreakdown[] {
	const e = bundle.election;
	const index = indexRegions(e, locale);
	const state = index.byId.get(stateId);
	if (!state) return [];
	const groupIds = new Set(e.groups.map((g) => g.id));
	const finer = index.levels.filter(
		(l) => l.depth > (index.levels.find((x) => x.id === state.level)?.depth ?? 0)
	);
	const shortName = (id: string) =>
		e.candidates.find((c) => c.id === id)?.shortName ??
		e.groups.find((g) => g.id === id)?.name[locale] ??
		id;
	const out: StateBreakdown[] = [];
	const tabulations = [...bundle.tabulations].sort(
		(a, b) => Number(b.official) - Number(a.official)
	);
	for (const tabulation of tabulations)
		for (const snapshot of [...tabulation.snapshots].reverse()) {
			const columns = [...snapshot.results]
				.sort((a, b) => b.votes - a.votes)
				.map((r) => ({ id: r.contestant, shortName: shortName(r.contestant) }));
			const tables: SubLevelTable[] = [];
			for (const level of finer) {
				const outcomes = outcomesAtLevel(index, snapshot.regions, level.id, groupIds, stateId);
				if (outcomes.length === 0) continue;
				tables.push({
					level: { id: level.id, name: level.name },
					rows: outcomes.map((o) => {
						const parent = o.path[o.path.length - 1];
						const votes = new Map(o.rows.map((r) => [r.contestant, r.votes]));
						return {
							region: o.region,
							code: o.code,
							name: o.name,
							parentName: parent && parent.id !== stateId ? parent.name : undefined,
							votes: columns.map((c) => votes.get(c.id)),
							total: o.total,
							leaderName: o.leader === undefined ? undefined : shortName(o.leader),
							tie: o.tiedFirst.length > 1,
							leaderShare: o.rows.find((r) => r.contestant === o.leader)?.share,
							marginPoints: o.leader === undefined ? undefined : o.marginPoints,
							unitsCounted: o.unitsCounted,
							null: o.totals.null
						};
					})
				});
			}
			if (tables.length === 0) continue;
			out.push({
				...releaseInfo(bundle, tabulation, snapshot, locale),
				columns,
				tables,
				sheets: sheetCount(snapshot)
			});
		}
	return out;
}
