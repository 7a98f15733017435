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

/**
 * Decimals an announced percentage was given with: from the announced wording when kept ("51,20%"
 * has 2), else from the number itself (51.2 has 1).
 * @example announcedDigits(51.2, '51,20%') // 2
 * @example announcedDigits(44.2) // 1
 */
export function announcedDigits(percent: number, text?: string): number {
	const fromText = text && /\d[.,](\d+)/.exec(text);
	if (fromText) return fromText[1]!.length;
	return (String(percent).split('.')[1] ?? '').length;
}

/**
 * Whether an announced percentage differs from the computed share once the computed share is
 * rounded to the announced precision (so 51.1999971 % computed agrees with "51.2 %" announced, but
 * 68.82 % computed differs from "67 %"). Comparison in integer units avoids float noise.
 * @example differsFromAnnounced(51.1999971, 51.2, 1) // false
 * @example differsFromAnnounced(68.82, 67, 0) // true
 */
export function differsFromAnnounced(share: number, announced: number, digits: number): boolean {
	if (!Number.isFinite(share)) return true;
	const k = 10 ** digits;
	return Math.round(share * k) !== Math.round(announced * k);
}
