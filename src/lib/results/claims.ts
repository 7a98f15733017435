/**
 * Claims against reported numbers. Pure: the caller passes the claim, the tabulations and the
 * election's time zone; nothing here reads a clock, a file or the DOM.
 *
 * For each tabulation a claim can be tested against, the claim is paired with every release
 * published at or before it (and those whose order is unknown, marked so) and with the latest
 * release. The verdict against a tabulation is the one against the latest release *known when the
 * claim was made*: later releases are shown, but hindsight does not decide.
 *
 * Verdicts:
 * - consistent: the reported numbers agree with what is asserted (shares within the rounding of
 *   the claimed figure, the claimed winner leads, a quality word holds);
 * - contradicted: they disagree, but the votes still outstanding could change that;
 * - impossible: given the partial counts, no split of the outstanding vote makes the claim true
 *   (the share of the outstanding vote needed is above 100 % or below 0 %);
 * - not-verifiable: nothing in the reported numbers can test it.
 */
import type { Assertion, Claim } from '../schemas/claim';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { whenBounds } from '../i18n/format';
import {
	analyseOutstanding,
	coverageFraction,
	neededShareForFinalShare,
	neededShareToDrawLevel
} from './outstanding';
import {
	checkRoundPercentages,
	listedAreComplete,
	roundingTolerance,
	shareBase,
	type Finding
} from './integrity';

export const VERDICTS = ['consistent', 'contradicted', 'impossible', 'not-verifiable'] as const;
export type ClaimVerdict = (typeof VERDICTS)[number];
/** Release relative to the claim: published at or before it, same day with unknown order, after. */
export type Timing = 'before' | 'unknown-order' | 'after';

type RoundFinding = Extract<Finding, { check: 'round-percentages' }>;

/** Why a check came out as it did, with the numbers used; the view turns it into a sentence. */
export type Reason =
	| { kind: 'not-reported'; contestant: string }
	| { kind: 'leads'; contestant: string; margin: number; runnerUp: string }
	| {
			kind: 'trails';
			contestant: string;
			leader: string;
			gap: number;
			/** Share (0–1+) of the outstanding vote needed to draw level, two-way; undefined without coverage. */
			needed: number | undefined;
			outstanding: number | undefined;
	  }
	| {
			kind: 'share';
			contestant: string;
			claimed: number;
			reported: number;
			delta: number;
			tolerance: number;
			/** Share (0–1+) of the outstanding vote needed to finish at the claimed share. */
			needed: number | undefined;
			outstanding: number | undefined;
	  }
	| { kind: 'votes'; contestant: string; claimed: number; reported: number; delta: number }
	| {
			kind: 'majority';
			contestant: string;
			reported: number;
			needed: number | undefined;
			outstanding: number | undefined;
	  }
	| { kind: 'coverage'; claimed: number; reported: number }
	| {
			kind: 'quality';
			word: string;
			contestant: string;
			leads: boolean;
			decided: boolean;
			leader: string | undefined;
			runnerUp: string | undefined;
			margin: number;
			outstanding: number | undefined;
			needed: number | undefined;
			neededWithMinors: number | undefined;
	  }
	| { kind: 'no-coverage' }
	| { kind: 'round-percentages'; finding: RoundFinding }
	| { kind: 'chance'; claimedOneIn: number; computedOneIn: number; finding: RoundFinding }
	| { kind: 'validates' | 'disputes'; tabulation: string }
	| { kind: 'process'; summary: { es: string; en: string } }
	/** Something no published figure records (the "hacking" claim, fact sheet §6.9). */
	| { kind: 'event'; summary: { es: string; en: string } };

export interface Check {
	assertion: Assertion['kind'];
	verdict: ClaimVerdict;
	reason: Reason;
}

/** Claimed and reported share of one contestant, for the paired bars. */
export interface ShareDelta {
	contestant: string;
	claimed: number;
	reported: number | undefined;
	deltaPoints: number | undefined;
}

export interface SnapshotComparison {
	tabulation: string;
	snapshot: string;
	timing: Timing;
	isLatest: boolean;
	/** The listed results are not every vote (shares are of the votes listed). */
	partialList: boolean;
	checks: Check[];
	verdict: ClaimVerdict;
	deltas: ShareDelta[];
}

export interface TabulationComparison {
	tabulation: string;
	/** The latest release published at or before the claim: it decides the verdict. */
	atClaimTime: SnapshotComparison | undefined;
	rows: SnapshotComparison[];
	verdict: ClaimVerdict;
}

export interface ClaimComparison {
	claim: string;
	/** Checks that do not depend on a release's numbers (validates, disputes, process). */
	claimChecks: Check[];
	tabulations: TabulationComparison[];
}

const RANK: Record<ClaimVerdict, number> = {
	impossible: 3,
	contradicted: 2,
	consistent: 1,
	'not-verifiable': 0
};

/**
 * The strongest verdict among checks: impossible over contradicted over consistent; not-verifiable
 * only when nothing could be checked.
 * @example combineVerdicts(['consistent', 'contradicted']) // 'contradicted'
 */
export function combineVerdicts(vs: readonly ClaimVerdict[]): ClaimVerdict {
	return vs.reduce<ClaimVerdict>((a, v) => (RANK[v] > RANK[a] ? v : a), 'not-verifiable');
}

/**
 * When a release sits relative to a claim. A release the claim is about existed when it was made.
 * Date-only values span their whole day in the election's zone, so a release dated 2 Aug is not
 * provably before a claim made on 2 Aug at 10:00: that is 'unknown-order', never a guess.
 * @example timingOf(claimAt0006, bulletin1At0006, 'America/Caracas') // 'before'
 */
export function timingOf(claim: Claim, s: Snapshot, timeZone: string): Timing {
	if (claim.aboutSnapshot === s.id) return 'before';
	if (!claim.madeAt) return 'unknown-order';
	const [s0, s1] = whenBounds(s.asOf, timeZone);
	const [c0, c1] = whenBounds(claim.madeAt, timeZone);
	if (s1 <= c0) return 'before';
	if (s0 > c1) return 'after';
	return 'unknown-order';
}

/** Votes still outstanding under the unit-average assumption, on the share base. */
function outstandingOn(s: Snapshot, base: number): number | undefined {
	const f = coverageFraction(s.coverage);
	if (!f || f.value <= 0) return undefined;
	return (base * (1 - Math.min(1, f.value))) / Math.min(1, f.value);
}

function finalVerdict(needed: number | undefined): ClaimVerdict {
	if (needed === undefined) return 'contradicted';
	return needed > 1 || needed < 0 ? 'impossible' : 'contradicted';
}

interface Ctx {
	claim: Claim;
	tabulation: Tabulation;
	snapshot: Snapshot;
}

/** Does this assertion say something about this release's numbers? */
function applies(a: Assertion, { claim, tabulation, snapshot }: Ctx): boolean {
	const claimedCoverage = claim.assertions.find((x) => x.kind === 'coverage')?.percent;
	// A claim about a partial count is one stage of its own tabulation; other stages of that same
	// count are compared by the integrity checks (monotonic, increments), not as contradictions.
	const otherStage =
		claim.about === tabulation.id &&
		claimedCoverage !== undefined &&
		snapshot.id !== claim.aboutSnapshot &&
		Math.abs((snapshot.coverage.announcedPercent ?? -1) - claimedCoverage) >
			roundingTolerance(claimedCoverage);
	switch (a.kind) {
		case 'winner':
		case 'majority':
		case 'quality':
			return true;
		case 'shares':
			return !otherStage;
		case 'votes':
			// Vote counts only compare with a release of the same coverage (or the one announced).
			return (
				snapshot.id === claim.aboutSnapshot ||
				(claimedCoverage !== undefined &&
					snapshot.coverage.announcedPercent !== undefined &&
					Math.abs(snapshot.coverage.announcedPercent - claimedCoverage) <=
						roundingTolerance(claimedCoverage))
			);
		case 'coverage':
			return snapshot.id === claim.aboutSnapshot;
		case 'round-percentages':
		case 'chance':
			return snapshot.id === a.snapshot;
		default:
			return false;
	}
}

/** One check per assertion, or one per contestant for shares and votes. */
function checkAssertion(a: Assertion, { tabulation, snapshot: s }: Ctx): Check[] {
	const base = shareBase(s);
	const outstanding = outstandingOn(s, base);
	const votesOf = (c: string) => s.results.find((r) => r.contestant === c)?.votes;
	const one = (verdict: ClaimVerdict, reason: Reason): Check => ({
		assertion: a.kind,
		verdict,
		reason
	});
	const check = (verdict: ClaimVerdict, reason: Reason): Check[] => [one(verdict, reason)];
	switch (a.kind) {
		case 'winner': {
			const v = votesOf(a.contestant);
			if (v === undefined)
				return check('not-verifiable', { kind: 'not-reported', contestant: a.contestant });
			const others = s.results.filter((r) => r.contestant !== a.contestant);
			const top = others.reduce((x, r) => (r.votes > x.votes ? r : x), others[0]!);
			if (v > top.votes)
				return check('consistent', {
					kind: 'leads',
					contestant: a.contestant,
					margin: v - top.votes,
					runnerUp: top.contestant
				});
			const gap = top.votes - v;
			const needed =
				outstanding === undefined ? undefined : neededShareToDrawLevel(gap, outstanding);
			return check(finalVerdict(needed), {
				kind: 'trails',
				contestant: a.contestant,
				leader: top.contestant,
				gap,
				needed,
				outstanding
			});
		}
		case 'majority': {
			const v = votesOf(a.contestant);
			if (v === undefined || base <= 0)
				return check('not-verifiable', { kind: 'not-reported', contestant: a.contestant });
			const reported = (v / base) * 100;
			const needed =
				outstanding === undefined ? undefined : neededShareForFinalShare(v, base, outstanding, 0.5);
			const reason: Reason = {
				kind: 'majority',
				contestant: a.contestant,
				reported,
				needed,
				outstanding
			};
			if (reported > 50) return check('consistent', reason);
			return check(outstanding === 0 ? 'contradicted' : finalVerdict(needed), reason);
		}
		case 'shares': {
			return a.shares.map(({ contestant, percent }) => {
				const v = votesOf(contestant);
				if (v === undefined || base <= 0)
					return one('not-verifiable', { kind: 'not-reported', contestant });
				const reported = (v / base) * 100;
				const tolerance = roundingTolerance(percent);
				const needed =
					outstanding === undefined
						? undefined
						: neededShareForFinalShare(v, base, outstanding, percent / 100);
				const reason: Reason = {
					kind: 'share',
					contestant,
					claimed: percent,
					reported,
					delta: reported - percent,
					tolerance,
					needed,
					outstanding
				};
				if (Math.abs(reported - percent) <= tolerance + 1e-9) return one('consistent', reason);
				return one(outstanding === 0 ? 'contradicted' : finalVerdict(needed), reason);
			});
		}
		case 'votes': {
			return a.votes.map(({ contestant, votes }) => {
				const v = votesOf(contestant);
				if (v === undefined) return one('not-verifiable', { kind: 'not-reported', contestant });
				return one(v === votes ? 'consistent' : 'contradicted', {
					kind: 'votes',
					contestant,
					claimed: votes,
					reported: v,
					delta: v - votes
				});
			});
		}
		case 'coverage': {
			const f = coverageFraction(s.coverage);
			if (!f) return check('not-verifiable', { kind: 'no-coverage' });
			const reported = s.coverage.announcedPercent ?? f.value * 100;
			return check(
				Math.abs(reported - a.percent) <= roundingTolerance(a.percent) + 1e-9
					? 'consistent'
					: 'contradicted',
				{ kind: 'coverage', claimed: a.percent, reported }
			);
		}
		case 'quality': {
			const an = analyseOutstanding({ results: s.results, coverage: s.coverage });
			if (an.verdict === 'cannot-compute') return check('not-verifiable', { kind: 'no-coverage' });
			const e = an.estimates[0]!;
			const leads = an.leader?.contestant === a.contestant && an.margin > 0;
			const decided = leads && an.verdict === 'decided';
			return check(decided ? 'consistent' : 'contradicted', {
				kind: 'quality',
				word: a.word,
				contestant: a.contestant,
				leads,
				decided,
				leader: an.leader?.contestant,
				runnerUp: an.runnerUp?.contestant,
				margin: an.margin,
				outstanding: e.outstanding,
				needed: e.neededShare,
				neededWithMinors: e.neededShareWithMinors
			});
		}
		case 'round-percentages': {
			const f = checkRoundPercentages(tabulation.id, s, a.stepPercent)[0];
			if (!f || f.check !== 'round-percentages')
				return check('not-verifiable', { kind: 'no-coverage' });
			// "Exact, no rounding": every count within one vote of an exact multiple of the step.
			return check(f.numbers.maxWholeDistance <= 1 ? 'consistent' : 'contradicted', {
				kind: 'round-percentages',
				finding: f
			});
		}
		case 'chance': {
			const f = checkRoundPercentages(tabulation.id, s, 0.1)[0];
			if (!f || f.check !== 'round-percentages' || f.numbers.probability <= 0)
				return check('not-verifiable', { kind: 'no-coverage' });
			const computedOneIn = 1 / f.numbers.probability;
			// Same order of magnitude (within a factor of √10): the figure reproduces.
			const close = Math.abs(Math.log10(computedOneIn) - Math.log10(a.oneIn)) <= 0.5;
			return check(close ? 'consistent' : 'contradicted', {
				kind: 'chance',
				claimedOneIn: a.oneIn,
				computedOneIn,
				finding: f
			});
		}
		default:
			return [];
	}
}

function compareSnapshot(ctx: Ctx, timing: Timing, isLatest: boolean): SnapshotComparison {
	const checks = ctx.claim.assertions
		.filter((a) => applies(a, ctx))
		.flatMap((a) => checkAssertion(a, ctx));
	const base = shareBase(ctx.snapshot);
	// Deltas only where shares are actually tested (not against another stage of the same count).
	const deltas: ShareDelta[] = ctx.claim.assertions
		.flatMap((a) => (a.kind === 'shares' && applies(a, ctx) ? a.shares : []))
		.map(({ contestant, percent }) => {
			const v = ctx.snapshot.results.find((r) => r.contestant === contestant)?.votes;
			const reported = v === undefined || base <= 0 ? undefined : (v / base) * 100;
			return {
				contestant,
				claimed: percent,
				reported,
				deltaPoints: reported === undefined ? undefined : reported - percent
			};
		});
	return {
		tabulation: ctx.tabulation.id,
		snapshot: ctx.snapshot.id,
		timing,
		isLatest,
		partialList: !listedAreComplete(ctx.snapshot),
		checks,
		verdict: combineVerdicts(checks.map((c) => c.verdict)),
		deltas
	};
}

/**
 * Releases of a tabulation in release order (earliest possible instant first; ties keep the
 * data order, which is the publisher's sequence).
 * @example releaseOrder(cne, 'America/Caracas').map((s) => s.id) // ['cne-bulletin-1', 'cne-bulletin-2']
 */
export function releaseOrder(t: Tabulation, timeZone: string): Snapshot[] {
	return t.snapshots
		.map((s, i) => ({ s, i, t0: whenBounds(s.asOf, timeZone)[0] }))
		.sort((a, b) => a.t0 - b.t0 || a.i - b.i)
		.map((x) => x.s);
}

/**
 * Compare one claim with every tabulation it can be tested against.
 *
 * @example compareClaim(opposition67, [cne, opposition], 'America/Caracas').tabulations
 * // [{ tabulation: 'cne', verdict: 'impossible', … }, { tabulation: 'opposition-tally-sheets', verdict: 'consistent', … }]
 * // (González at 67 % would need ≈158 % of the votes outstanding after CNE bulletin 1)
 */
export function compareClaim(
	claim: Claim,
	tabulations: readonly Tabulation[],
	timeZone: string
): ClaimComparison {
	const claimChecks: Check[] = claim.assertions.flatMap((a): Check[] => {
		if (a.kind === 'validates' || a.kind === 'disputes')
			return [
				{
					assertion: a.kind,
					verdict: 'not-verifiable',
					reason: { kind: a.kind, tabulation: a.tabulation }
				}
			];
		if (a.kind === 'event')
			return [
				{
					assertion: a.kind,
					verdict: 'not-verifiable',
					reason: { kind: 'event', summary: a.summary }
				}
			];
		if (a.kind === 'process')
			return [
				{
					assertion: a.kind,
					verdict: 'not-verifiable',
					reason: { kind: 'process', summary: a.summary }
				}
			];
		return [];
	});
	const out: TabulationComparison[] = [];
	for (const tabulation of tabulations) {
		const ordered = releaseOrder(tabulation, timeZone);
		const latest = ordered[ordered.length - 1];
		const rows: SnapshotComparison[] = [];
		for (const snapshot of ordered) {
			const timing = timingOf(claim, snapshot, timeZone);
			const isLatest = snapshot === latest;
			if (timing === 'after' && !isLatest) continue;
			const row = compareSnapshot({ claim, tabulation, snapshot }, timing, isLatest);
			if (row.checks.length > 0) rows.push(row);
		}
		if (rows.length === 0) continue;
		const before = rows.filter((r) => r.timing === 'before');
		const atClaimTime = before[before.length - 1];
		out.push({
			tabulation: tabulation.id,
			atClaimTime,
			rows,
			verdict: atClaimTime?.verdict ?? 'not-verifiable'
		});
	}
	// The official tabulation first, then the others in data order.
	const official = new Set(tabulations.filter((t) => t.official).map((t) => t.id));
	out.sort((a, b) => Number(official.has(b.tabulation)) - Number(official.has(a.tabulation)));
	return { claim: claim.id, claimChecks, tabulations: out };
}
