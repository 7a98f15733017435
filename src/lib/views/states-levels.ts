import type { ElectionBundle } from '../data/bundle';
import { t } from '../i18n';
import { INTL_TAG, formatInteger } from '../i18n/format';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { countLeadsIn, outcomesAtLevel, type LeadCount } from './level-outcomes';
import {
	firstLevelRegions,
	indexRegions,
	levelsWithResults,
	type Level,
	type RegionIndex
} from './region-levels';
import { buildSnapshotTable, releaseInfo, type ReleaseInfo } from './snapshot-table';
import type { SnapshotTableModel } from './snapshot-table';
import { abbreviateRegions, type MapCandidate, type TileMapModel, initialsFor } from './states-map';
import { buildStatesSnapshotView, type StatesSnapshotView } from './states-page';
import { paintTile } from './states-colors';

/** The contract's sheet marker on a snapshot (`sheets: { rows, sourceIds }`), read structurally. */
export function sheetCount(snapshot: Snapshot): number | undefined {
	const s = (snapshot as { sheets?: { rows?: number } }).sheets;
	return typeof s?.rows === 'number' ? s.rows : undefined;
}

/**
 * Releases with results below the first level (municipalities, parishes), each with the levels it
 * has results at. These get a page per level; a release with states only is on the states page.
 * @example releasesWithLevels(bundle).map((r) => r.snapshot.id) // ['opposition-81-7']
 */
export function releasesWithLevels(
	bundle: ElectionBundle,
	locale: Locale = 'es'
): { tabulation: Tabulation; snapshot: Snapshot; levels: (Level & { count: number })[] }[] {
	const index = indexRegions(bundle.election, locale);
	const out: ReturnType<typeof releasesWithLevels> = [];
	for (const tabulation of bundle.tabulations)
		for (const snapshot of tabulation.snapshots) {
			const levels = levelsWithResults(index, snapshot.regions);
			if (levels.some((l) => l.depth > 0)) out.push({ tabulation, snapshot, levels });
		}
	return out;
}

/** Prerender entries of the level pages: every (snapshot, level) with results. */
export function levelPageIds(bundle: ElectionBundle): { snapshot: string; level: string }[] {
	return releasesWithLevels(bundle).flatMap((r) =>
		r.levels.map((l) => ({ snapshot: r.snapshot.id, level: l.id }))
	);
}

/** A link of the level choice. */
export interface LevelLink {
	id: string;
	name: string;
	/** Regions of that level with results in this release. */
	count: number;
	current: boolean;
}

/** One state's row on a sub-level page: how its municipalities (or parishes) split. */
export interface LevelStateRow {
	region: string;
	code: string;
	name: string;
	reported: number;
	/** Regions led by each of the page's `leaders`, in that order. */
	leads: number[];
	ties: number;
	unitsCounted: number | undefined;
	/** Short name of the candidate leading the most regions (undefined on a tie for that). */
	leaderName: string | undefined;
}

export interface LevelPageModel {
	election: { id: string; name: string };
	release: ReleaseInfo;
	/** The release's national figures (what the sub-level figures add up to). */
	national: SnapshotTableModel;
	levels: LevelLink[];
	level: Level & { count: number };
	/** First level: the states table and map, as on the states page. */
	states: StatesSnapshotView | undefined;
	/** Finer levels: each state's split, its tile map, and the national count of leads. */
	byState:
		| {
				leaders: { id: string; name: string }[];
				rows: LevelStateRow[];
				total: LevelStateRow;
				map: TileMapModel | undefined;
		  }
		| undefined;
	/** Tally sheets of the release (the lookup exists), or undefined. */
	sheets: number | undefined;
}

/** Bands of the share of regions a state's leader leads (percent, lower bound inclusive). */
export const LEAD_BANDS = [0, 60, 80, 95] as const;

/**
 * The band of a share of regions led.
 * @example leadBand(100) // 3
 * @example leadBand(55) // 0
 */
export function leadBand(percent: number): number {
	let band = 0;
	for (let i = 0; i < LEAD_BANDS.length; i++) if (percent >= LEAD_BANDS[i]!) band = i;
	return band;
}

/**
 * The tile map of a finer level: each state's tile in the colour of the candidate who leads the
 * most of its municipalities (or parishes), stronger as that candidate leads more of them. A state
 * where two candidates lead as many has no colour (a tie).
 */
export function buildLeadsMap(
	states: readonly { id: string; name: string; tile?: { row: number; col: number } }[],
	counts: ReadonlyMap<string, LeadCount>,
	candidates: readonly Omit<MapCandidate, 'initial'>[],
	level: string,
	locale: Locale
): TileMapModel | undefined {
	const placed = states.filter((r) => r.tile);
	if (placed.length === 0) return undefined;
	const abbrs = abbreviateRegions(states.map((r) => r.name));
	const lvl = level.toLocaleLowerCase(INTL_TAG[locale]);
	const totals = new Map<string, number>();
	for (const c of counts.values())
		if (c.leader !== undefined) totals.set(c.leader, (totals.get(c.leader) ?? 0) + 1);
	const leaderIds = [...totals.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
	const initials = initialsFor(
		leaderIds.map((id) => candidates.find((c) => c.id === id)?.shortName ?? id)
	);
	const leaders: MapCandidate[] = leaderIds.map((id, i) => {
		const c = candidates.find((x) => x.id === id);
		return {
			id,
			name: c?.name ?? id,
			shortName: c?.shortName ?? id,
			color: c?.color ?? '#767676',
			initial: initials[i]!
		};
	});
	const tiles = states.flatMap((r, i) => {
		if (!r.tile) return [];
		const c = counts.get(r.id);
		const leader = c?.leader ? leaders.find((l) => l.id === c.leader) : undefined;
		const share = c && leader ? ((c.leads.get(leader.id) ?? 0) / c.reported) * 100 : undefined;
		const band = share === undefined ? undefined : leadBand(share);
		const tie = c !== undefined && c.reported > 0 && leader === undefined;
		const label = !c
			? t(locale, 'states.tileNoData', { region: r.name })
			: leader
				? t(locale, 'lookup.tileLeads', {
						region: r.name,
						leader: leader.name,
						n: formatInteger(c.leads.get(leader.id) ?? 0, locale),
						total: formatInteger(c.reported, locale),
						level: lvl
					})
				: t(locale, 'lookup.tileLeadsTie', { region: r.name, level: lvl });
		return [
			{
				region: r.id,
				name: r.name,
				abbr: abbrs[i]!,
				row: r.tile.row,
				col: r.tile.col,
				hasData: c !== undefined,
				leader,
				leaderShare: share,
				marginPoints: undefined,
				band,
				tie,
				paint: leader && band !== undefined ? paintTile(leader.color, band) : undefined,
				label
			}
		];
	});
	const bandKeys = ['lookup.band0', 'lookup.band1', 'lookup.band2', 'lookup.band3'] as const;
	const all = [...counts.values()];
	const nationalLeads = new Map<string, number>();
	for (const c of all)
		for (const [id, n] of c.leads) nationalLeads.set(id, (nationalLeads.get(id) ?? 0) + n);
	const reported = all.reduce((s, c) => s + c.reported, 0);
	const parts = [...nationalLeads.entries()]
		.sort((a, b) => b[1] - a[1])
		.map(([id, n]) =>
			t(locale, 'lookup.descLead', {
				name: candidates.find((c) => c.id === id)?.shortName ?? id,
				n: formatInteger(n, locale)
			})
		);
	const ties = all.reduce((s, c) => s + c.ties, 0);
	return {
		rows: Math.max(...tiles.map((x) => x.row)) + 1,
		cols: Math.max(...tiles.map((x) => x.col)) + 1,
		tiles,
		leaders,
		bands: LEAD_BANDS.map((_, index) => ({
			index,
			label: t(locale, bandKeys[index]!, { level: lvl }),
			width: (index + 1) / LEAD_BANDS.length,
			paints: leaders.map((l) => paintTile(l.color, index))
		})),
		hasTie: tiles.some((x) => x.tie),
		hasNoData: tiles.some((x) => !x.hasData),
		title: t(locale, 'lookup.mapTitle', { level: lvl }),
		hint: t(locale, 'lookup.mapHint', { level: lvl }),
		bandsTitle: t(locale, 'lookup.legendBands', { level: lvl }),
		description: t(locale, 'lookup.mapDescription', {
			level: lvl,
			leads: new Intl.ListFormat(INTL_TAG[locale], { type: 'conjunction' }).format(parts),
			total: formatInteger(reported, locale),
			ties: ties > 0 ? t(locale, 'lookup.descTies', { n: formatInteger(ties, locale) }) : ''
		})
	};
}

/**
 * The page of one release at one level: the level choice (links), the release's national figures,
 * and at the first level the states table and map, at a finer level how each state's regions split
 * between leaders (the regions themselves are listed on each state's page). Undefined when the
 * release has no results at that level.
 *
 * @example buildLevelPage(bundle, 'opposition-81-7', 'parish', 'en')?.byState?.total.reported // 1072
 */
export function buildLevelPage(
	bundle: ElectionBundle,
	snapshotId: string,
	levelId: string,
	locale: Locale
): LevelPageModel | undefined {
	const found = releasesWithLevels(bundle, locale).find((r) => r.snapshot.id === snapshotId);
	const level = found?.levels.find((l) => l.id === levelId);
	if (!found || !level) return undefined;
	const { tabulation, snapshot } = found;
	const e = bundle.election;
	const index: RegionIndex = indexRegions(bundle.election, locale);
	const groupIds = new Set(e.groups.map((g) => g.id));
	let byState: LevelPageModel['byState'];
	if (level.depth > 0) {
		const outcomes = outcomesAtLevel(index, snapshot.regions, level.id, groupIds);
		const states = firstLevelRegions(bundle.election);
		const grouped = new Map<string, typeof outcomes>();
		for (const o of outcomes) {
			const top = o.path[0]?.id;
			if (top === undefined) continue;
			const list = grouped.get(top);
			if (list) list.push(o);
			else grouped.set(top, [o]);
		}
		const counts = new Map<string, LeadCount>();
		for (const [id, list] of grouped) counts.set(id, countLeadsIn(list));
		const overall = countLeadsIn(outcomes);
		const leaderIds = [...overall.leads.entries()].sort((a, b) => b[1] - a[1]).map(([id]) => id);
		const shortName = (id: string | undefined) =>
			id === undefined ? undefined : (e.candidates.find((c) => c.id === id)?.shortName ?? id);
		const row = (r: { id: string; code: string; name: string }, c: LeadCount): LevelStateRow => ({
			region: r.id,
			code: r.code,
			name: r.name,
			reported: c.reported,
			leads: leaderIds.map((id) => c.leads.get(id) ?? 0),
			ties: c.ties,
			unitsCounted: c.unitsCounted,
			leaderName: shortName(c.leader)
		});
		const candidates = e.candidates.map((c) => ({
			id: c.id,
			name: c.fullName,
			shortName: c.shortName,
			color: c.color
		}));
		byState = {
			leaders: leaderIds.map((id) => ({ id, name: shortName(id)! })),
			rows: states.filter((s) => counts.has(s.id)).map((s) => row(s, counts.get(s.id)!)),
			total: row({ id: '', code: '', name: t(locale, 'lookup.allStates') }, overall),
			map: buildLeadsMap(states, counts, candidates, level.name, locale)
		};
	}
	return {
		election: { id: e.id, name: e.name[locale] },
		release: releaseInfo(bundle, tabulation, snapshot, locale),
		national: buildSnapshotTable(bundle, tabulation, snapshot, locale),
		levels: found.levels.map((l) => ({
			id: l.id,
			name: l.name,
			count: l.count,
			current: l.id === level.id
		})),
		level,
		states:
			level.depth === 0 ? buildStatesSnapshotView(bundle, tabulation, snapshot, locale) : undefined,
		byState,
		sheets: sheetCount(snapshot)
	};
}

/** A release with finer levels, as the states page and a state's page link it. */
export interface LevelRelease {
	snapshotId: string;
	label: string;
	levels: LevelLink[];
	sheets: number | undefined;
}

/**
 * Every release with results below the state level, with its level links (none current).
 * @example levelReleases(bundle, 'en')[0]?.levels.map((l) => l.id) // ['state', 'municipality', 'parish']
 */
export function levelReleases(bundle: ElectionBundle, locale: Locale): LevelRelease[] {
	return releasesWithLevels(bundle, locale).map(({ snapshot, levels }) => ({
		snapshotId: snapshot.id,
		label: snapshot.label[locale],
		levels: levels.map((l) => ({ id: l.id, name: l.name, count: l.count, current: false })),
		sheets: sheetCount(snapshot)
	}));
}
