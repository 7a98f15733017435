import type { Region } from '../schemas/election';
import type { RegionResult, Totals } from '../schemas/tabulation';
import { computeShares, totalVotes, type ShareRow } from './shares';

/**
 * What one snapshot says about one region, with every share computed from the counts (never from
 * an announced percentage; region rows carry none anyway, fact sheet §5).
 */
export interface RegionOutcome {
	region: string;
	code: string;
	name: string;
	/** Contestants by votes, largest first, with shares of `total`. */
	rows: ShareRow[];
	/** Sum of the listed results: the denominator of every share. */
	total: number;
	/**
	 * The candidate with the most votes, or undefined when two or more candidates tie for first
	 * place or nothing was counted. A combined group ("other 8 candidates") never leads: it is not
	 * one contestant who could win a state.
	 */
	leader: string | undefined;
	/** The candidate in second place (undefined when there is no leader). */
	runnerUp: string | undefined;
	/** Candidate ids tied for first place (two or more), else empty. */
	tiedFirst: string[];
	/** Leader's votes minus runner-up's (0 on a tie, undefined when nothing was counted). */
	marginVotes: number | undefined;
	/** Leader's share minus runner-up's, in percentage points (0 on a tie). */
	marginPoints: number | undefined;
	unitsCounted: number | undefined;
	totals: Totals;
}

/**
 * Shares, leader, runner-up and margin of one region's result.
 * `groupIds` names the combined groups, which are listed but never lead.
 *
 * @example computeRegionOutcome(
 *   { code: '17', name: 'Sucre', id: 'sucre' },
 *   { region: 'sucre', results: [{ contestant: 'g', votes: 220214 }, { contestant: 'm', votes: 209600 }], totals: {} },
 *   new Set()
 * ).marginVotes // 10614
 */
export function computeRegionOutcome(
	region: Pick<Region, 'id' | 'code' | 'name'>,
	result: RegionResult,
	groupIds: ReadonlySet<string>
): RegionOutcome {
	const rows = computeShares(result.results);
	const total = totalVotes(result.results);
	const candidates = rows.filter((r) => !groupIds.has(r.contestant));
	const first = candidates[0];
	const second = candidates[1];
	const base = {
		region: region.id,
		code: region.code,
		name: region.name,
		rows,
		total,
		unitsCounted: result.unitsCounted,
		totals: result.totals
	};
	if (!first || total === 0 || first.votes === 0) {
		return {
			...base,
			leader: undefined,
			runnerUp: undefined,
			tiedFirst: [],
			marginVotes: undefined,
			marginPoints: undefined
		};
	}
	const tiedFirst = candidates.filter((r) => r.votes === first.votes).map((r) => r.contestant);
	if (tiedFirst.length > 1) {
		return {
			...base,
			leader: undefined,
			runnerUp: undefined,
			tiedFirst,
			marginVotes: 0,
			marginPoints: 0
		};
	}
	const secondVotes = second?.votes ?? 0;
	return {
		...base,
		leader: first.contestant,
		runnerUp: second?.contestant,
		tiedFirst: [],
		marginVotes: first.votes - secondVotes,
		marginPoints: ((first.votes - secondVotes) / total) * 100
	};
}

/**
 * Every region result of a snapshot joined to its region, ordered by the publisher's region code
 * (numeric codes numerically: "2" before "10"). Region results for an id that is not declared are
 * impossible after validation (bundle.ts cross-checks them) and are skipped here.
 *
 * @example computeRegionOutcomes(election.regions, snapshot.regions, new Set(['others']))
 *   .map((o) => o.code) // ['1', '2', …, '24']
 */
export function computeRegionOutcomes(
	regions: readonly Region[],
	results: readonly RegionResult[],
	groupIds: ReadonlySet<string>
): RegionOutcome[] {
	const out: RegionOutcome[] = [];
	for (const r of results) {
		const region = regions.find((x) => x.id === r.region);
		if (region) out.push(computeRegionOutcome(region, r, groupIds));
	}
	return out.sort((a, b) => compareCodes(a.code, b.code));
}

/**
 * Order of two region codes: numerically when both are whole numbers, else as text.
 * @example compareCodes('2', '10') // negative
 */
export function compareCodes(a: string, b: string): number {
	if (/^\d+$/.test(a) && /^\d+$/.test(b)) return Number(a) - Number(b);
	return a.localeCompare(b, 'es');
}

/** Columns a states table can be sorted by. `votes:<id>`/`share:<id>` name a contestant. */
export type RegionSortKey =
	| 'code'
	| 'name'
	| 'margin-points'
	| 'margin-votes'
	| 'total'
	| 'units'
	| `votes:${string}`
	| `share:${string}`;

function sortValue(o: RegionOutcome, key: RegionSortKey): number | string | undefined {
	if (key === 'code') return undefined; // handled by compareCodes
	if (key === 'name') return o.name;
	if (key === 'margin-points') return o.marginPoints;
	if (key === 'margin-votes') return o.marginVotes;
	if (key === 'total') return o.total;
	if (key === 'units') return o.unitsCounted;
	const [kind, id] = key.split(':') as ['votes' | 'share', string];
	const row = o.rows.find((r) => r.contestant === id);
	if (!row) return undefined;
	return kind === 'votes' ? row.votes : Number.isNaN(row.share) ? undefined : row.share;
}

/**
 * A sorted copy of region outcomes (the input is not mutated). Missing values sort last in both
 * directions; equal values fall back to the region code so the order is always the same.
 *
 * @example sortRegionOutcomes(outcomes, 'margin-points', 'ascending')[0].name // 'Sucre' (fact sheet §5)
 */
export function sortRegionOutcomes<T extends RegionOutcome>(
	outcomes: readonly T[],
	key: RegionSortKey,
	direction: 'ascending' | 'descending'
): T[] {
	const sign = direction === 'ascending' ? 1 : -1;
	return [...outcomes].sort((a, b) => {
		if (key === 'code') return sign * compareCodes(a.code, b.code);
		const va = sortValue(a, key);
		const vb = sortValue(b, key);
		if (va === undefined || vb === undefined) {
			if (va === vb) return compareCodes(a.code, b.code);
			return va === undefined ? 1 : -1;
		}
		const c =
			typeof va === 'string' && typeof vb === 'string'
				? va.localeCompare(vb, 'es')
				: (va as number) - (vb as number);
		return c !== 0 ? sign * c : compareCodes(a.code, b.code);
	});
}

/**
 * The region with the smallest margin among those with a leader (ties and empty regions are not
 * "closest": they have no margin to compare). Undefined when no region has a leader.
 *
 * @example closestRegion(outcomes)?.name // 'Sucre' for the opposition's 83.5 % release (§5)
 */
export function closestRegion(outcomes: readonly RegionOutcome[]): RegionOutcome | undefined {
	let best: RegionOutcome | undefined;
	for (const o of outcomes) {
		if (o.leader === undefined || o.marginPoints === undefined) continue;
		if (!best || o.marginPoints < best.marginPoints!) best = o;
	}
	return best;
}

/**
 * How many regions each candidate leads, most first (ties keep first-seen order).
 * @example countLeads(outcomes) // [{ contestant: 'gonzalez', regions: 24 }]
 */
export function countLeads(
	outcomes: readonly RegionOutcome[]
): { contestant: string; regions: number }[] {
	const counts = new Map<string, number>();
	for (const o of outcomes)
		if (o.leader !== undefined) counts.set(o.leader, (counts.get(o.leader) ?? 0) + 1);
	return [...counts.entries()]
		.map(([contestant, regions]) => ({ contestant, regions }))
		.sort((a, b) => b.regions - a.regions);
}
