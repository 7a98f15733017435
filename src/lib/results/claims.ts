/**
 * Claims against reported numbers. Pure: the caller passes the claim, the tabulations and the
 * election's time zone; nothing here reads a clock, a file or the DOM.
 *
 * For each tabulation a claim can be tested against, the claim is paired with every release
 * published at or before it (and those whose order is unknown, marked so) and with the latest
 * release. The verdict against a tabulation is the one against the latest release *known when the
 * claim was made*: later releases are shown, but hindsight does not decide.
 *
 * One rule for both sides: a verdict depends on the claim's numbers, the release's numbers and the
 * stated tolerance only, never on who spoke, which tabulation the claim is about or which one is
 * official (property-tested in claims.symmetry.test.ts). Every percentage is compared on the base
 * the claim gives it (valid votes unless stated); a release that cannot give that base does not
 * test it. The rules are written out for readers in docs/methodology-verdicts.md.
 *
 * Verdicts:
 * - consistent: the reported numbers agree with what is asserted (shares within the rounding of
 *   the claimed figure, the claimed winner leads, a quality word holds);
 * - contradicted: they disagree, but the votes still outstanding could change that;
 * - impossible: given the partial counts, no split of the outstanding vote makes the claim true
 *   (the share of the outstanding vote needed is above 100 % or below 0 %);
 * - not-established: the numbers neither prove nor refute it ("irreversible" while the lead was
 *   still within reach; a majority of voters below 50 % when valid votes are not given);
 * - not-verifiable: nothing in the reported numbers can test it.
 */
import type { Assertion, Claim } from '../schemas/claim';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import type { ShareBase } from '../schemas/tabulation';
import { whenBounds } from '../i18n/format';
import { coverageFraction, neededShareForFinalShare, neededShareToDrawLevel } from './outstanding';
import { checkRoundPercentages, roundingTolerance, type Finding } from './integrity';
import { analyseRelease, baseTotal, type ReleaseContext } from './release';

export const VERDICTS = [
	'consistent',
	'contradicted',
	'impossible',
	'not-established',
	'not-verifiable'
] as const;
export type ClaimVerdict = (typeof VERDICTS)[number];
/** Release relative to the claim: published at or before it, same day with unknown order, after. */
export type Timing = 'before' | 'unknown-order' | 'after';

type RoundFinding = Extract<Finding, { check: 'round-percentages' }>;

/** Why a check came out as it did, with the numbers used; the view turns it into a sentence. */
export type Reason =
	| { kind: 'not-reported'; contestant: string }
	/** The release does not give the base the claimed share is of (voters without null votes…). */
	| { kind: 'base-unavailable'; contestant: string; base: ShareBase; claimed: number }
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
			/** What the reported percentage is a share of (the claim's base, or a bound of it). */
			base: ShareBase;
			/** `upper`: the release does not give the claim's base; this base's share can only be higher. */
			bound: 'exact' | 'upper';
			/**
			 * The base is the release's own, so `outstanding` is the release's one outstanding-vote
			 * figure (shown); on another base it is a different quantity and is not printed.
			 */
			releaseBase: boolean;
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
			/** The release's base: a share of voters is a lower bound of the share of valid votes; a share of the listed candidates only, an upper bound. */
			base: ShareBase;
			bound: 'exact' | 'lower' | 'upper';
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
	base: ShareBase;
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
	impossible: 4,
	contradicted: 3,
	'not-established': 2,
	consistent: 1,
	'not-verifiable': 0
};

/**
 * The strongest verdict among checks: impossible over contradicted over not-established over
 * consistent; not-verifiable only when nothing could be checked.
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
	const [s0, s1] = itemBounds(s.asOf, s.notBefore, timeZone);
	const [c0, c1] = itemBounds(claim.madeAt, claim.notBefore, timeZone);
	if (s1 <= c0) return 'before';
	if (s0 > c1) return 'after';
	return 'unknown-order';
}

/**
 * The span of time an item may sit in: its instant, or its whole day when only the date is known,
 * narrowed by `notBefore` when a source gives the part of the day ("afternoon": from 12:00).
 * @example itemBounds('2024-07-29', '2024-07-29T12:00:00-04:00', 'America/Caracas') // [12:00, 24:00) of 29 July
 */
export function itemBounds(
	when: string,
	notBefore: string | undefined,
	timeZone: string
): [number, number] {
	const [a, b] = whenBounds(when, timeZone);
	if (!notBefore) return [a, b];
	const nb = Date.parse(notBefore);
	return Number.isFinite(nb) && nb > a && nb <= b ? [nb, b] : [a, b];
}

/** Bases in the order of their shares: a share of voters ≤ of valid votes ≤ of the listed only. */
const BASE_ORDER: readonly ShareBase[] = ['voters', 'valid', 'listed'];

/**
 * The nearest base above `kind` the release gives, whose shares bound a share on `kind` from
 * above; undefined when there is none.
 * @example upperBase(bulletin1, 'voters', ctx) // 'valid'
 */
export function upperBase(
	s: Pick<Snapshot, 'results' | 'totals'>,
	kind: ShareBase,
	ctx: ReleaseContext
): ShareBase | undefined {
	return BASE_ORDER.slice(BASE_ORDER.indexOf(kind) + 1).find(
		(k) => baseTotal(s, k, ctx) !== undefined
	);
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
	release: ReleaseContext;
}

/**
 * Does this assertion say something about this release's numbers? Shares, winners, majorities and
 * quality words are tested against every release, whoever published it and whatever the claim is
 * "about": the same tolerance for every side.
 */
function applies(a: Assertion, { claim, snapshot }: Ctx): boolean {
	const claimedCoverage = claim.assertions.find((x) => x.kind === 'coverage')?.percent;
	switch (a.kind) {
		case 'winner':
		case 'majority':
		case 'quality':
		case 'shares':
			return true;
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
function checkAssertion(a: Assertion, { tabulation, snapshot: s, release: rctx }: Ctx): Check[] {
	const release = analyseRelease(s, rctx);
	const base = release.base.total;
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
			// A share of voters can only be lower than the share of valid votes; a share of the listed
			// candidates only, higher. Each proves one side of "more than half", never the other.
			const bound =
				release.base.kind === 'voters' ? 'lower' : release.base.listedOnly ? 'upper' : 'exact';
			const reason: Reason = {
				kind: 'majority',
				contestant: a.contestant,
				base: release.base.kind,
				bound,
				reported,
				needed,
				outstanding
			};
			if (reported > 50) return check(bound === 'upper' ? 'not-established' : 'consistent', reason);
			if (bound === 'lower') return check('not-established', reason);
			return check(outstanding === 0 ? 'contradicted' : finalVerdict(needed), reason);
		}
		case 'shares': {
			// The claimed share is compared on the base the claim gives it. When the release cannot
			// give that base, a base whose shares can only be higher (voters ≤ valid ≤ listed) still
			// bounds it: a claim above even that bound's reach is impossible; otherwise untested.
			const exact = baseTotal(s, a.base, rctx);
			const upperKind = exact === undefined ? upperBase(s, a.base, rctx) : undefined;
			const kind = exact !== undefined ? a.base : upperKind;
			const claimBase = kind === undefined ? undefined : baseTotal(s, kind, rctx);
			const claimOutstanding = claimBase === undefined ? undefined : outstandingOn(s, claimBase);
			return a.shares.map(({ contestant, percent }) => {
				const v = votesOf(contestant);
				if (v === undefined) return one('not-verifiable', { kind: 'not-reported', contestant });
				const unavailable = (): Check =>
					one('not-verifiable', {
						kind: 'base-unavailable',
						contestant,
						base: a.base,
						claimed: percent
					});
				if (kind === undefined || claimBase === undefined || claimBase <= 0) return unavailable();
				const reported = (v / claimBase) * 100;
				const tolerance = roundingTolerance(percent);
				const needed =
					claimOutstanding === undefined
						? undefined
						: neededShareForFinalShare(v, claimBase, claimOutstanding, percent / 100);
				const reason: Reason = {
					kind: 'share',
					contestant,
					base: kind,
					bound: exact === undefined ? 'upper' : 'exact',
					releaseBase: kind === release.base.kind,
					claimed: percent,
					reported,
					delta: reported - percent,
					tolerance,
					needed,
					outstanding: claimOutstanding
				};
				if (exact === undefined)
					return needed !== undefined && needed > 1 && reported < percent
						? one('impossible', reason)
						: unavailable();
				if (Math.abs(reported - percent) <= tolerance + 1e-9) return one('consistent', reason);
				return one(claimOutstanding === 0 ? 'contradicted' : finalVerdict(needed), reason);
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
			const an = release.outstanding;
			if (an.verdict === 'cannot-compute') return check('not-verifiable', { kind: 'no-coverage' });
			const e = an.estimates[0]!;
			const leads = an.leader?.contestant === a.contestant && an.margin > 0;
			const decided = leads && an.verdict === 'decided';
			// A lead still within reach neither proves nor refutes "irreversible": not established.
			return check(decided ? 'consistent' : leads ? 'not-established' : 'contradicted', {
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
	// Deltas on the claim's own base (undefined where the release cannot give that base).
	const deltas: ShareDelta[] = ctx.claim.assertions
		.flatMap((a) =>
			a.kind === 'shares' && applies(a, ctx) ? a.shares.map((x) => ({ ...x, base: a.base })) : []
		)
		.map(({ contestant, percent, base: kind }) => {
			const v = ctx.snapshot.results.find((r) => r.contestant === contestant)?.votes;
			const base = baseTotal(ctx.snapshot, kind, ctx.release);
			const reported =
				v === undefined || base === undefined || base <= 0 ? undefined : (v / base) * 100;
			return {
				contestant,
				base: kind,
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
		partialList: analyseRelease(ctx.snapshot, ctx.release).base.listedOnly,
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
		.map((s, i) => ({ s, i, t0: itemBounds(s.asOf, s.notBefore, timeZone)[0] }))
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
	timeZone: string,
	release: ReleaseContext
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
			const row = compareSnapshot({ claim, tabulation, snapshot, release }, timing, isLatest);
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
