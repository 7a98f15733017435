import type { Result } from '../schemas/tabulation';

export interface MarginResult {
	/** Contestant with the most votes (data order breaks a tie), undefined with fewer than one. */
	leader: string | undefined;
	/** Contestant with the second-most votes, undefined with fewer than two. */
	runnerUp: string | undefined;
	/** Leader's votes minus the runner-up's (0 on a tie). */
	votes: number;
	/**
	 * Lead in percentage points of the votes listed, computed from counts (never from announced
	 * percentages). NaN when nothing was counted or fewer than two contestants are listed.
	 */
	points: number;
	/** True when the top two have the same number of votes (then "leader" is only data order). */
	tie: boolean;
	/** Sum of the votes listed: the denominator of `points`. */
	total: number;
}

/**
 * The lead of the first over the second contestant, in votes and in points of the votes listed.
 * A combined group ("others") is a contestant like any other: if a group ever led, it would be
 * reported as the leader rather than silently split (fact sheet §1b: groups are never split).
 *
 * @example computeMargin([{ contestant: 'maduro', votes: 5150092 }, { contestant: 'gonzalez', votes: 4445978 },
 *   { contestant: 'others', votes: 462704 }])
 * // { leader: 'maduro', runnerUp: 'gonzalez', votes: 704114, points: 6.99999…, tie: false, total: 10058774 }
 */
export function computeMargin(
	results: readonly Pick<Result, 'contestant' | 'votes'>[]
): MarginResult {
	const sorted = results
		.map((r, i) => ({ r, i }))
		.sort((x, y) => y.r.votes - x.r.votes || x.i - y.i)
		.map(({ r }) => r);
	const total = sorted.reduce((a, r) => a + r.votes, 0);
	const [first, second] = sorted;
	if (!first || !second)
		return {
			leader: first?.contestant,
			runnerUp: undefined,
			votes: 0,
			points: Number.NaN,
			tie: false,
			total
		};
	const votes = first.votes - second.votes;
	return {
		leader: first.contestant,
		runnerUp: second.contestant,
		votes,
		points: total === 0 ? Number.NaN : (votes / total) * 100,
		tie: votes === 0,
		total
	};
}
