import type { Locale } from '../schemas/common';

/**
 * The region hierarchy as the pages use it (data contract: `election.regionLevels`, a region's
 * `level` and `parent`). Pure and indexed once per call: an election may hold 1,400 regions and
 * 1,400 region results per release, so nothing here searches a list inside a loop.
 */

/** A region as the contract declares it (extra fields are ignored). */
export interface LevelRegion {
	id: string;
	code: string;
	name: string;
	level?: string;
	parent?: string;
	tile?: { row: number; col: number };
}

/** The part of an election the hierarchy needs. */
export interface LevelElection {
	regions: readonly LevelRegion[];
	regionLevels?: readonly { id: string; name: Record<Locale, string> }[];
}

/** A level of the hierarchy, named in a locale; `depth` 0 is the coarsest (states). */
export interface Level {
	id: string;
	name: string;
	depth: number;
}

/**
 * The level an election without `regionLevels` has: one, whatever its regions are. Its id never
 * appears in the data (a region then has no `level`).
 */
export const SINGLE_LEVEL = 'region';

/**
 * The election's levels, coarse → fine. Without declared levels there is one.
 * @example regionLevels({ regions: [], regionLevels: [{ id: 'state', name: { es: 'Estado', en: 'State' } }] }, 'en')
 * // [{ id: 'state', name: 'State', depth: 0 }]
 */
export function regionLevels(election: LevelElection, locale: Locale): Level[] {
	const declared = election.regionLevels ?? [];
	if (declared.length === 0)
		return [{ id: SINGLE_LEVEL, name: locale === 'es' ? 'Región' : 'Region', depth: 0 }];
	return declared.map((l, depth) => ({ id: l.id, name: l.name[locale], depth }));
}

/** Regions by id, with each region's level resolved (default: the first level). */
export interface RegionIndex {
	levels: Level[];
	byId: Map<string, LevelRegion & { level: string }>;
	/** Region ids by parent id, in data order. */
	children: Map<string, string[]>;
}

/**
 * One index of an election's regions for the lookups below.
 * @example indexRegions(election, 'es').byId.get('zulia')?.level // 'state'
 */
export function indexRegions(election: LevelElection, locale: Locale): RegionIndex {
	const levels = regionLevels(election, locale);
	const first = levels[0]!.id;
	const byId = new Map<string, LevelRegion & { level: string }>();
	const children = new Map<string, string[]>();
	for (const r of election.regions) {
		byId.set(r.id, { ...r, level: r.level ?? first });
		if (r.parent !== undefined) {
			const list = children.get(r.parent);
			if (list) list.push(r.id);
			else children.set(r.parent, [r.id]);
		}
	}
	return { levels, byId, children };
}

/**
 * The ancestor of a region at a level (the region itself when it is of that level), or undefined
 * when the region is coarser than the level or unknown. Parents are validated acyclic; the walk is
 * bounded by the number of levels anyway.
 * @example ancestorAt(index, 'p-21-1-1', 'state')?.id // 'zulia'
 */
export function ancestorAt(
	index: RegionIndex,
	id: string,
	level: string
): (LevelRegion & { level: string }) | undefined {
	let r = index.byId.get(id);
	for (let i = 0; r && i <= index.levels.length; i++) {
		if (r.level === level) return r;
		r = r.parent === undefined ? undefined : index.byId.get(r.parent);
	}
	return undefined;
}

/**
 * Every region below `id` (children, grandchildren, …), depth-first in data order.
 * @example descendantsOf(index, 'zulia').length // its municipalities and parishes
 */
export function descendantsOf(index: RegionIndex, id: string): string[] {
	const out: string[] = [];
	const walk = (parent: string) => {
		for (const c of index.children.get(parent) ?? []) {
			out.push(c);
			walk(c);
		}
	};
	walk(id);
	return out;
}

/** The first-level regions (states): the only ones with a page of their own and a tile. */
export { firstLevelRegions } from '../results/region-tree';

/** How many results a release has at each level (levels with none are left out). */
export function levelsWithResults(
	index: RegionIndex,
	results: readonly { region: string }[]
): (Level & { count: number })[] {
	const counts = new Map<string, number>();
	for (const r of results) {
		const level = index.byId.get(r.region)?.level;
		if (level !== undefined) counts.set(level, (counts.get(level) ?? 0) + 1);
	}
	return index.levels
		.filter((l) => counts.has(l.id))
		.map((l) => ({ ...l, count: counts.get(l.id)! }));
}
