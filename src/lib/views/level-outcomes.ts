import { compareCodes, computeRegionOutcome, type RegionOutcome } from '../results/regions';
import type { RegionResult } from '../schemas/tabulation';
import { ancestorAt, type RegionIndex } from './region-levels';

/** A region's outcome with the regions above it (coarsest first), for tables and sorting. */
export interface LevelOutcome extends RegionOutcome {
	level: string;
	/** Ancestors, coarsest first (a parish: its state, then its municipality). */
	path: { id: string; code: string; name: string; level: string }[];
}

/**
 * Order of two regions by their codes from the top of the hierarchy down: municipality codes
 * repeat from one state to the next, so a municipality's code alone does not order it.
 * @example compareCodePaths(['2', '10'], ['2', '3']) // positive
 */
export function compareCodePaths(a: readonly string[], b: readonly string[]): number {
	for (let i = 0; i < Math.min(a.length, b.length); i++) {
		const c = compareCodes(a[i]!, b[i]!);
		if (c !== 0) return c;
	}
	return a.length - b.length;
}

/**
 * The outcomes of a release's results at one level, optionally only those inside one region
 * (`within`, any coarser level), ordered by code path. Results of other levels are skipped.
 *
 * @example outcomesAtLevel(index, snapshot.regions, 'municipality', groups, 'zulia').length // Zulia's municipalities
 */
export function outcomesAtLevel(
	index: RegionIndex,
	results: readonly RegionResult[],
	level: string,
	groupIds: ReadonlySet<string>,
	within?: string
): LevelOutcome[] {
	const withinLevel = within === undefined ? undefined : index.byId.get(within)?.level;
	const out: { o: LevelOutcome; codes: string[] }[] = [];
	for (const r of results) {
		const region = index.byId.get(r.region);
		if (!region || region.level !== level) continue;
		if (within !== undefined) {
			if (withinLevel === undefined) continue;
			if (ancestorAt(index, region.id, withinLevel)?.id !== within) continue;
		}
		const path: LevelOutcome['path'] = [];
		for (let p = region.parent; p !== undefined;) {
			const up = index.byId.get(p);
			if (!up) break;
			path.unshift({ id: up.id, code: up.code, name: up.name, level: up.level });
			p = up.parent;
			if (path.length > index.levels.length) break; // validated acyclic; bounded anyway
		}
		out.push({
			o: { ...computeRegionOutcome(region, r, groupIds), level, path },
			codes: [...path.map((x) => x.code), region.code]
		});
	}
	return out.sort((a, b) => compareCodePaths(a.codes, b.codes)).map((x) => x.o);
}

/** How the regions of one level inside a larger region split between leaders. */
export interface LeadCount {
	/** Regions of the level with results. */
	reported: number;
	/** Regions each candidate leads, by candidate id (only candidates who lead somewhere). */
	leads: Map<string, number>;
	/** Regions with two or more candidates tied for first. */
	ties: number;
	/** Sum of the counting units (tally sheets) of those regions; undefined when none says. */
	unitsCounted: number | undefined;
	/** The candidate leading the most regions, or undefined on a tie for that (or no leader). */
	leader: string | undefined;
}

/**
 * Leads counted over a list of outcomes.
 * @example countLeadsIn([{ leader: 'g', tiedFirst: [], unitsCounted: 3 }, { leader: 'g', tiedFirst: [], unitsCounted: 2 }]).leads.get('g') // 2
 */
export function countLeadsIn(
	outcomes: readonly Pick<RegionOutcome, 'leader' | 'tiedFirst' | 'unitsCounted'>[]
): LeadCount {
	const leads = new Map<string, number>();
	let ties = 0;
	let units: number | undefined;
	for (const o of outcomes) {
		if (o.leader !== undefined) leads.set(o.leader, (leads.get(o.leader) ?? 0) + 1);
		else if (o.tiedFirst.length > 1) ties++;
		if (o.unitsCounted !== undefined) units = (units ?? 0) + o.unitsCounted;
	}
	const best = Math.max(0, ...leads.values());
	const top = [...leads.entries()].filter(([, n]) => n === best);
	return {
		reported: outcomes.length,
		leads,
		ties,
		unitsCounted: units,
		leader: best > 0 && top.length === 1 ? top[0]![0] : undefined
	};
}
