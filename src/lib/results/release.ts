/**
 * One computation per figure: the base, shares, margin and outstanding-vote analysis of a release,
 * used by every page, card, embed and download (snapshot tables, "Could it still change?", the
 * methodology, claim cards, integrity checks, CSV). Two views of one release can then never show
 * two different values for the same quantity (issue 15).
 *
 * Pure: no clock, no DOM, no formatting.
 */
import type { ShareBase, Snapshot } from '../schemas/tabulation';
import { analyseOutstanding, roundEstimate, type OutstandingAnalysis } from './outstanding';

/** What a release needs to know about its election to compute its shares. */
export interface ReleaseContext {
	/** Candidate ids of the election. */
	candidates: readonly string[];
	/** Combined groups ("other 8 candidates") and their members. */
	groups: readonly { id: string; members: readonly string[] }[];
	/** Registered electors of the election, for the registered-turnout estimate. */
	registered?: number;
}

export interface ReleaseShare {
	contestant: string;
	votes: number;
	/** Share in points (0–100) of `base.total`, computed from counts. NaN when the base is 0. */
	share: number;
	/** As the publisher announced it, on the same base; never used in place of `share`. */
	announcedPercent: number | undefined;
	announcedText: string | undefined;
}

export interface ReleaseBase {
	kind: ShareBase;
	/** The denominator: valid votes, voters, or the sum of the listed votes. */
	total: number;
	/** True when the base was stated in the data, false when derived from the totals given. */
	declared: boolean;
	/**
	 * The shares are of the listed contestants only and some candidate's votes were not published
	 * (the 73.2 % release): every page says so beside the share.
	 */
	listedOnly: boolean;
}

export interface ReleaseAnalysis {
	snapshot: string;
	base: ReleaseBase;
	/** Largest first; ties keep the data order. */
	shares: ReleaseShare[];
	/** Sum of the listed votes. */
	listed: number;
	/** Every candidate appears, by name or inside a combined group. */
	complete: boolean;
	margin: {
		leader: string | undefined;
		runnerUp: string | undefined;
		votes: number;
		/** Lead in points of `base.total`. */
		points: number;
		tie: boolean;
	};
	/** Outstanding-vote analysis on the same base (counted = `base.total`). */
	outstanding: OutstandingAnalysis;
	/** The primary estimate of outstanding votes, rounded once for every page (undefined if none). */
	outstandingVotes: number | undefined;
}

const sum = (xs: readonly { votes: number }[]) => xs.reduce((a, r) => a + r.votes, 0);

/**
 * True when every candidate of the election appears in the release by name or inside a group.
 * @example coversAllCandidates(bulletin1, { candidates: ['maduro', 'gonzalez', 'martinez'], groups: [{ id: 'others', members: ['martinez'] }] }) // true
 */
export function coversAllCandidates(
	s: Pick<Snapshot, 'results'> & { totals?: Snapshot['totals'] },
	ctx: Pick<ReleaseContext, 'candidates' | 'groups'>
): boolean {
	// Without the candidate list (a bare release in a test), the totals tell: the listed votes are
	// every vote when they add up to the valid votes, or to the voters when no valid total is given.
	if (ctx.candidates.length === 0) {
		const whole = s.totals?.valid ?? s.totals?.voters;
		return whole === undefined || whole === sum(s.results);
	}
	const covered = new Set<string>();
	for (const r of s.results) {
		covered.add(r.contestant);
		for (const m of ctx.groups.find((g) => g.id === r.contestant)?.members ?? []) covered.add(m);
	}
	return ctx.candidates.every((c) => covered.has(c));
}

/**
 * The denominator a release can give for a base, or undefined when it cannot: valid votes need
 * `totals.valid` or a list covering every candidate; voters need `totals.voters`.
 * @example baseTotal(release8121, 'voters', ctx) // 10613881
 * @example baseTotal(release732, 'valid', ctx) // undefined (two candidates only, no totals)
 */
export function baseTotal(
	s: Pick<Snapshot, 'results' | 'totals'>,
	kind: ShareBase,
	ctx: Pick<ReleaseContext, 'candidates' | 'groups'>
): number | undefined {
	switch (kind) {
		case 'listed':
			return sum(s.results);
		case 'voters':
			return s.totals.voters;
		case 'valid':
			if (s.totals.valid !== undefined) return s.totals.valid;
			return coversAllCandidates(s, ctx) ? sum(s.results) : undefined;
	}
}

/**
 * The base of a release's percentages: as declared, else valid votes when the release can give
 * them, else voters when published, else the listed votes.
 * @example releaseBase(bulletin1, ctx) // { kind: 'valid', total: 10058774, declared: true, listedOnly: false }
 */
export function releaseBase(
	s: Pick<Snapshot, 'results' | 'totals' | 'shareBase'>,
	ctx: Pick<ReleaseContext, 'candidates' | 'groups'>
): ReleaseBase {
	const complete = coversAllCandidates(s, ctx);
	const kinds: ShareBase[] = s.shareBase ? [s.shareBase] : ['valid', 'voters', 'listed'];
	for (const kind of kinds) {
		const total = baseTotal(s, kind, ctx);
		if (total !== undefined)
			return {
				kind,
				total,
				declared: s.shareBase !== undefined,
				listedOnly: kind === 'listed' && !complete
			};
	}
	// A declared base the release cannot give is refused by validation; fall back to the list.
	return { kind: 'listed', total: sum(s.results), declared: false, listedOnly: !complete };
}

/**
 * A contestant's share of a release on a given base, or undefined when the release does not give
 * that base or that contestant.
 * @example shareOn(release8121, 'gonzalez', 'voters', ctx) // 67.0795…
 */
export function shareOn(
	s: Pick<Snapshot, 'results' | 'totals'>,
	contestant: string,
	kind: ShareBase,
	ctx: Pick<ReleaseContext, 'candidates' | 'groups'>
): number | undefined {
	const v = s.results.find((r) => r.contestant === contestant)?.votes;
	const total = baseTotal(s, kind, ctx);
	if (v === undefined || total === undefined || total <= 0) return undefined;
	return (v / total) * 100;
}

/**
 * Base, shares, margin and outstanding-vote analysis of one release: the single source of every
 * figure shown about it.
 *
 * @example analyseRelease(release8121, ctx).shares[0].share // 67.0795… (of 10,613,881 voters, as announced)
 * @example analyseRelease(bulletin1, ctx).outstandingVotes // 2514694
 */
export function analyseRelease(s: Snapshot, ctx: ReleaseContext): ReleaseAnalysis {
	const base = releaseBase(s, ctx);
	const shares: ReleaseShare[] = s.results
		.map((r, i) => ({ r, i }))
		.sort((x, y) => y.r.votes - x.r.votes || x.i - y.i)
		.map(({ r }) => ({
			contestant: r.contestant,
			votes: r.votes,
			share: base.total === 0 ? Number.NaN : (r.votes / base.total) * 100,
			announcedPercent: r.announcedPercent,
			announcedText: r.announcedText
		}));
	const [first, second] = shares;
	const marginVotes = first && second ? first.votes - second.votes : 0;
	const outstanding = analyseOutstanding({
		results: s.results,
		counted: base.total,
		coverage: s.coverage,
		registered: s.totals.registered ?? ctx.registered,
		electorsOnCountedUnits: s.totals.electorsOnCountedUnits,
		turnoutPercent: s.turnout?.announcedPercent,
		voters: s.totals.voters
	});
	const e = outstanding.estimates[0];
	return {
		snapshot: s.id,
		base,
		shares,
		listed: sum(s.results),
		complete: coversAllCandidates(s, ctx),
		margin: {
			leader: first?.contestant,
			runnerUp: second?.contestant,
			votes: marginVotes,
			points: !second || base.total === 0 ? Number.NaN : (marginVotes / base.total) * 100,
			tie: !!second && marginVotes === 0
		},
		outstanding,
		outstandingVotes: e ? roundEstimate(e.outstanding) : undefined
	};
}

/**
 * The release context of an election bundle (candidates, groups, registered electors).
 * @example releaseContext(bundle.election).candidates.length // 10
 */
export function releaseContext(election: {
	candidates: readonly { id: string }[];
	groups: readonly { id: string; members: readonly string[] }[];
	registeredVoters?: { count: number } | undefined;
}): ReleaseContext {
	return {
		candidates: election.candidates.map((c) => c.id),
		groups: election.groups,
		registered: election.registeredVoters?.count
	};
}
