import type { Result } from '../schemas/tabulation';

export interface ShareRow {
	contestant: string;
	votes: number;
	/** Share of the votes listed, in points (0–100), computed from counts. NaN if nothing counted. */
	share: number;
	/** As the publisher announced it; never used in place of `share`. */
	announcedPercent: number | undefined;
}

/**
 * Shares computed from vote counts, largest first (ties keep the data order). The denominator is
 * the sum of the listed results, i.e. valid votes for candidates when every contestant is listed.
 * Announced percentages are carried beside the computed share, never overwriting it.
 *
 * @example computeShares([{ contestant: 'a', votes: 3 }, { contestant: 'b', votes: 1 }])
 * // [{ contestant: 'a', votes: 3, share: 75, … }, { contestant: 'b', votes: 1, share: 25, … }]
 */
export function computeShares(results: readonly Result[]): ShareRow[] {
	const total = results.reduce((a, r) => a + r.votes, 0);
	return results
		.map((r, i) => ({ r, i }))
		.sort((x, y) => y.r.votes - x.r.votes || x.i - y.i)
		.map(({ r }) => ({
			contestant: r.contestant,
			votes: r.votes,
			share: total === 0 ? Number.NaN : (r.votes / total) * 100,
			announcedPercent: r.announcedPercent
		}));
}

/**
 * Sum of votes of the listed results.
 * @example totalVotes([{ contestant: 'a', votes: 3 }, { contestant: 'b', votes: 1 }]) // 4
 */
export function totalVotes(results: readonly Result[]): number {
	return results.reduce((a, r) => a + r.votes, 0);
}
