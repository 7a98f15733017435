import type { Region } from '../schemas/election';

/** What the tree functions need of a region (a full `Region` fits). */
export type TreeRegion = Pick<Region, 'id' | 'level' | 'parent'>;

/**
 * The ancestors of a region, coarsest first (state, then municipality for a parish), not the region
 * itself. Empty for a first-level region or an unknown id. A broken chain (unknown parent, cycle)
 * stops where it breaks; validated data has neither.
 *
 * @example regionAncestors(regions, 'p-1-1-13').map((r) => r.id) // ['distrito-capital', 'm-1-1']
 */
export function regionAncestors<R extends TreeRegion>(regions: readonly R[], id: string): R[] {
	const byId = new Map(regions.map((r) => [r.id, r]));
	const out: R[] = [];
	const seen = new Set<string>([id]);
	let parent = byId.get(id)?.parent;
	while (parent !== undefined && !seen.has(parent)) {
		const p = byId.get(parent);
		if (!p) break;
		out.unshift(p);
		seen.add(parent);
		parent = p.parent;
	}
	return out;
}

/**
 * The regions of one level, in data order. In validated data every region carries its level when
 * the election declares levels; `level` undefined selects regions without one (an election with a
 * single, undeclared level).
 *
 * @example regionsAtLevel(regions, 'municipality').length // 326 for the V1 tally sheets
 */
export function regionsAtLevel<R extends TreeRegion>(
	regions: readonly R[],
	level: string | undefined
): R[] {
	return regions.filter((r) => r.level === level);
}

/**
 * The regions whose parent is `id`, in data order (empty for the finest level or an unknown id).
 *
 * @example childrenOf(regions, 'distrito-capital').map((r) => r.id) // ['m-1-1']
 */
export function childrenOf<R extends TreeRegion>(regions: readonly R[], id: string): R[] {
	return regions.filter((r) => r.parent === id);
}

/**
 * The regions of an election's first (coarsest) level: every region when it declares no levels.
 * The states views and the live data file use only these; finer levels have views of their own.
 *
 * @example firstLevelRegions(election).length // 24 Venezuelan states, not the 1,422 regions
 */
export function firstLevelRegions<R extends TreeRegion>(election: {
	regionLevels?: readonly { id: string }[];
	regions: readonly R[];
}): R[] {
	const first = election.regionLevels?.[0]?.id;
	return first === undefined ? [...election.regions] : regionsAtLevel(election.regions, first);
}
