/**
 * What the votes not yet counted can still change.
 *
 * Two estimates of the outstanding vote, each with its assumption stated:
 * - `unit-average`: the units (tally sheets) not yet counted have, on average, as many votes as
 *   those counted: O = C × (1 − f) / f, with C the votes counted and f the coverage.
 * - `registered-turnout`: the electors not on counted units vote at the turnout announced:
 *   O = (registered − electors on counted units) × turnout, or registered × (1 − f) × turnout when
 *   the electors on counted units are not published; minus nothing else.
 *
 * For each estimate: the share of the outstanding vote the runner-up needs to draw level, first in
 * a two-way split (everything not the leader's goes to the runner-up), then with the minor
 * candidates keeping their current share of the outstanding vote. Needing more than 100 % means
 * the runner-up cannot catch up: the result is decided by the counts as reported.
 */

export type CoverageBasis = 'units' | 'announced';
export type EstimateMethod = 'unit-average' | 'registered-turnout';
export type Verdict = 'decided' | 'not-decided' | 'cannot-compute';
/** Why a verdict could not be computed. */
export type CannotComputeReason =
	'no-coverage' | 'nothing-counted' | 'fewer-than-two' | 'no-estimate';

export interface OutstandingInput {
	/** Votes per contestant (candidate or combined group). */
	results: readonly { contestant: string; votes: number }[];
	/**
	 * Votes counted on the release's share base (valid votes, voters or the listed votes; see
	 * results/release.ts). Defaults to the sum of the listed results. Votes in the base beyond the
	 * top two (minor candidates, null votes) count as the "minor" share.
	 */
	counted?: number;
	coverage: { unitsCounted?: number; unitsTotal?: number; announcedPercent?: number };
	/** Registered electors for the whole election, if known. */
	registered?: number;
	/** Electors registered on the units counted so far, if published. */
	electorsOnCountedUnits?: number;
	/** Turnout as announced, in points (59 for 59 %). */
	turnoutPercent?: number;
	/** Ballots cast on the counted units (valid + null + blank), if published. */
	voters?: number;
}

export interface Estimate {
	method: EstimateMethod;
	/** Estimated votes still outstanding (not rounded: it is an estimate). */
	outstanding: number;
	/** Share (0–1+) of the outstanding vote the runner-up needs to draw level, two-way. */
	neededShare: number;
	/** The same with minor candidates keeping their current share of the outstanding vote. */
	neededShareWithMinors: number;
	/** Share (0–1) of the counted vote that went to contestants other than the top two. */
	minorShare: number;
	verdict: Exclude<Verdict, 'cannot-compute'>;
}

export interface OutstandingAnalysis {
	/** Fraction (0–1) of units counted, and where it came from. */
	coverage: number | undefined;
	coverageBasis: CoverageBasis | undefined;
	counted: number;
	leader: { contestant: string; votes: number } | undefined;
	runnerUp: { contestant: string; votes: number } | undefined;
	/** Leader's lead over the runner-up in votes (0 on a tie). */
	margin: number;
	/** The unit-average estimate first, then registered-turnout when it can be made. */
	estimates: Estimate[];
	/** The verdict of the first (primary) estimate, or `cannot-compute`. */
	verdict: Verdict;
	reason: CannotComputeReason | undefined;
}

/**
 * Coverage as a fraction: units counted / units total when both are known, else the announced
 * percentage. Undefined when neither is known.
 * @example coverageFraction({ unitsCounted: 25073, unitsTotal: 30026 }) // { value: 0.83504…, basis: 'units' }
 * @example coverageFraction({ announcedPercent: 80 }) // { value: 0.8, basis: 'announced' }
 */
export function coverageFraction(
	c: OutstandingInput['coverage']
): { value: number; basis: CoverageBasis } | undefined {
	if (c.unitsCounted !== undefined && c.unitsTotal !== undefined && c.unitsTotal > 0)
		return { value: c.unitsCounted / c.unitsTotal, basis: 'units' };
	if (c.announcedPercent !== undefined)
		return { value: c.announcedPercent / 100, basis: 'announced' };
	return undefined;
}

/**
 * Share of the outstanding vote a trailing candidate needs to draw level with the leader.
 * With `minorShare` m, the minor candidates take m of the outstanding vote and the two leaders
 * split the rest: needed = (1 − m) / 2 + gap / (2 × outstanding). Infinity when nothing is
 * outstanding and the candidate trails.
 * @example neededShareToDrawLevel(704114, 2514693.5) // 0.64 (CNE bulletin 1, two-way)
 * @example neededShareToDrawLevel(704114, 2514693.5, 0.046) // 0.617 (minors keep 4.6 %)
 */
export function neededShareToDrawLevel(gap: number, outstanding: number, minorShare = 0): number {
	if (outstanding <= 0) return gap > 0 ? Number.POSITIVE_INFINITY : 0;
	return (1 - minorShare) / 2 + gap / (2 * outstanding);
}

/**
 * Share of the outstanding vote a candidate with `votes` of `counted` needs to finish with
 * `finalShare` (0–1) of all votes once `outstanding` more are counted.
 * @example neededShareForFinalShare(4445978, 10058774, 2514693.5, 0.67) // 1.582… (158 %)
 */
export function neededShareForFinalShare(
	votes: number,
	counted: number,
	outstanding: number,
	finalShare: number
): number {
	const needed = finalShare * (counted + outstanding) - votes;
	if (outstanding <= 0) return needed > 0 ? Number.POSITIVE_INFINITY : 0;
	return needed / outstanding;
}

function estimate(
	method: EstimateMethod,
	outstanding: number,
	margin: number,
	minorShare: number
): Estimate {
	const neededShare = neededShareToDrawLevel(margin, outstanding);
	return {
		method,
		outstanding,
		neededShare,
		neededShareWithMinors: neededShareToDrawLevel(margin, outstanding, minorShare),
		minorShare,
		// Decided only when the runner-up could not even draw level with every outstanding vote.
		verdict: margin > 0 && margin > outstanding ? 'decided' : 'not-decided'
	};
}

/**
 * Can the votes still outstanding change who leads?
 *
 * @example analyseOutstanding({
 *   results: [{ contestant: 'maduro', votes: 5150092 }, { contestant: 'gonzalez', votes: 4445978 },
 *             { contestant: 'others', votes: 462704 }],
 *   coverage: { announcedPercent: 80 }
 * }) // verdict 'not-decided'; estimates[0].neededShare 0.64; neededShareWithMinors 0.617
 */
export function analyseOutstanding(input: OutstandingInput): OutstandingAnalysis {
	const sorted = [...input.results].sort((a, b) => b.votes - a.votes);
	const listed = sorted.reduce((a, r) => a + r.votes, 0);
	const counted = input.counted !== undefined && input.counted >= listed ? input.counted : listed;
	const [first, second] = sorted;
	const leader = first && { contestant: first.contestant, votes: first.votes };
	const runnerUp = second && { contestant: second.contestant, votes: second.votes };
	const margin = first && second ? first.votes - second.votes : 0;
	const cov = coverageFraction(input.coverage);
	const base = {
		coverage: cov?.value,
		coverageBasis: cov?.basis,
		counted,
		leader,
		runnerUp,
		margin
	};
	const cannot = (reason: CannotComputeReason): OutstandingAnalysis => ({
		...base,
		estimates: [],
		verdict: 'cannot-compute',
		reason
	});
	if (!first || !second) return cannot('fewer-than-two');
	if (!cov) return cannot('no-coverage');
	if (counted === 0 || cov.value === 0) return cannot('nothing-counted');

	const minorShare = (counted - first.votes - second.votes) / counted;
	const estimates: Estimate[] = [];
	// A coverage above 100 % is refused by validation; clamp only against float noise.
	const f = Math.min(cov.value, 1);
	estimates.push(estimate('unit-average', (counted * (1 - f)) / f, margin, minorShare));

	if (input.registered !== undefined && input.turnoutPercent !== undefined) {
		const electorsLeft =
			input.electorsOnCountedUnits !== undefined
				? input.registered - input.electorsOnCountedUnits
				: input.registered * (1 - f);
		if (electorsLeft >= 0)
			estimates.push(
				estimate(
					'registered-turnout',
					(electorsLeft * input.turnoutPercent) / 100,
					margin,
					minorShare
				)
			);
	}
	return { ...base, estimates, verdict: estimates[0]!.verdict, reason: undefined };
}

/**
 * An estimate of votes rounded to a whole vote for display, after removing float noise, so that
 * 10,058,774 × 0.2 ÷ 0.8 (exactly 2,514,693.5, computed as 2,514,693.4999999995) shows as 2,514,694.
 * @example roundEstimate((10058774 * (1 - 0.8)) / 0.8) // 2514694
 */
export function roundEstimate(n: number): number {
	return Math.round(Math.round(n * 1e6) / 1e6);
}
