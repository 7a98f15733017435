/**
 * Integrity checks on reported numbers: does what a publisher released add up by its own
 * arithmetic? Each check is pure and returns findings; none throws, whatever the input (a check
 * that lacks the numbers it needs returns no finding rather than guessing).
 *
 * A finding carries a severity (info: nothing wrong; warning: odd, worth a question; serious: the
 * numbers cannot all be right, or a pattern very unlikely by chance), whether the check passed,
 * the snapshot(s) it used, the numbers it used and a message key for the plain explanation.
 */
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { releaseBase } from './release';

export type Severity = 'info' | 'warning' | 'serious';

interface FindingBase {
	/** Unique within an election: check, snapshot(s) and parameter. */
	id: string;
	tabulation: string;
	severity: Severity;
	passed: boolean;
	/**
	 * The finding this one follows from, when it adds nothing of its own: counts on exact multiples
	 * of 0.1 % are on multiples of 0.01 % too, so the 0.01 % finding is shown under the 0.1 % one and
	 * never counted beside it.
	 */
	derivedFrom?: string;
}

export interface ReproduceItem {
	what: 'share' | 'coverage' | 'turnout';
	contestant?: string;
	announced: number;
	computed: number;
	/** Half a unit of the last decimal announced: the widest honest rounding gap. */
	tolerance: number;
	ok: boolean;
}

export interface RoundCount {
	contestant: string;
	votes: number;
	/** Exact share of the total, in points (51.1999971…). */
	exactShare: number;
	/** Nearest multiple of the step, in points (51.2). */
	roundShare: number;
	/** Real distance in votes to that exact multiple (0.288 for Maduro in bulletin 1). */
	distance: number;
	/** Whole votes between the count and the whole number nearest that multiple (0 = it is that number). */
	wholeDistance: number;
}

export interface PairItem {
	contestant: string;
	before: number;
	after: number;
	ok: boolean;
}

export type Finding =
	| (FindingBase & {
			check: 'share-sum';
			snapshot: string;
			numbers: { sum: number; tolerance: number; count: number };
	  })
	| (FindingBase & {
			check: 'announced-reproduces';
			snapshot: string;
			numbers: { base: number; items: ReproduceItem[] };
	  })
	| (FindingBase & {
			check: 'round-percentages';
			snapshot: string;
			numbers: {
				total: number;
				/** The share step in points (0.1 or 0.01). */
				stepPercent: number;
				/** Votes in one step: total × step / 100. */
				stepVotes: number;
				counts: RoundCount[];
				/** Largest whole-vote distance: the "that close" of the model. */
				maxWholeDistance: number;
				/** P(one count that close) = min(1, (2D + 1) / stepVotes). */
				pEach: number;
				/** Counts that vary independently: n − 1, since the counts sum to the total. */
				freeCounts: number;
				/** pEach ^ freeCounts. */
				probability: number;
			};
	  })
	| (FindingBase & {
			check: 'monotonic';
			snapshots: [string, string];
			numbers: { items: PairItem[]; coverageBefore?: number; coverageAfter?: number };
	  })
	| (FindingBase & {
			check: 'increments';
			snapshots: [string, string];
			numbers: {
				basis: 'units' | 'points';
				votesAdded: number;
				unitsAdded: number;
				perUnitAdded: number;
				averageBefore: number;
				ratio: number;
			};
	  })
	| (FindingBase & {
			check: 'turnout';
			snapshot: string;
			numbers: { voters: number; limit: number; limitKind: 'registered' | 'electors-on-units' };
	  })
	| (FindingBase & {
			check: 'units';
			snapshot: string;
			numbers: { counted: number; total: number };
	  });

export type CheckName = Finding['check'];

/** What the checks need besides the snapshots. */
export interface IntegrityContext {
	/** Registered electors of the election, when known. */
	registered?: number;
	/** Counting units of the whole election, when known. */
	unitsTotal?: number;
	/** Combined groups (CNE bulletin 1 "others") and their members, to compare across releases. */
	groups?: readonly { id: string; members: readonly string[] }[];
	/** Candidate ids of the election: with them a release's share base is the one every page uses. */
	candidates?: readonly string[];
}

/**
 * Number of decimals a percentage was given with (51.2 → 1; 67 → 0; 96.87 → 2).
 * @example decimalsOf(96.87) // 2
 */
export function decimalsOf(n: number): number {
	if (!Number.isFinite(n)) return 0;
	const s = String(n);
	if (s.includes('e')) return Math.min(10, Math.max(0, -Math.floor(Math.log10(Math.abs(n) || 1))));
	return (s.split('.')[1] ?? '').length;
}

/**
 * Half a unit of the last decimal of an announced figure: 51.2 → 0.05; 67 → 0.5.
 * @example roundingTolerance(51.2) // 0.05
 */
export function roundingTolerance(n: number): number {
	return 0.5 * 10 ** -decimalsOf(n);
}

const sum = (xs: readonly { votes: number }[]) => xs.reduce((a, r) => a + r.votes, 0);

/**
 * Whether the listed results are every vote of their kind: no valid (or cast) vote left out. The
 * opposition's 81.21 % release listed two candidates and a voters total larger than their sum
 * (fact sheet §2), so its shares cannot be read as a split of the whole.
 * @example listedAreComplete({ results: [{ votes: 3 }, { votes: 1 }], totals: { valid: 4 } }) // true
 */
export function listedAreComplete(s: Pick<Snapshot, 'results' | 'totals'>): boolean {
	const listed = sum(s.results);
	if (s.totals?.valid !== undefined) return listed === s.totals.valid;
	if (s.totals?.voters !== undefined) return listed === s.totals.voters;
	return true;
}

/**
 * The denominator of shares: valid votes when published, else ballots cast when the listed
 * results are not complete, else the sum of the listed results.
 * @example shareBase({ results: [{ votes: 7119768 }, { votes: 3225819 }], totals: { voters: 10613881 } }) // 10613881
 */
export function shareBase(
	s: Pick<Snapshot, 'results' | 'totals'> & { shareBase?: Snapshot['shareBase'] },
	ctx: Pick<IntegrityContext, 'candidates' | 'groups'> = {}
): number {
	return releaseBase(s, { candidates: ctx.candidates ?? [], groups: ctx.groups ?? [] }).total;
}

function severityOfProbability(p: number): Severity {
	if (p < 1e-6) return 'serious';
	if (p < 1e-3) return 'warning';
	return 'info';
}

/**
 * Announced percentages of a snapshot add up to 100 within rounding (n × half a unit of the last
 * decimal). Only when every result has an announced percentage and the results are complete.
 * @example checkShareSum(tabulationId, cneBulletin2) // [{ check: 'share-sum', passed: true, numbers: { sum: 99.99, tolerance: 0.05, … } }]
 */
export function checkShareSum(tabulation: string, s: Snapshot): Finding[] {
	const announced = s.results.map((r) => r.announcedPercent);
	if (announced.some((a) => a === undefined) || !listedAreComplete(s)) return [];
	const values = announced as number[];
	const total = values.reduce((a, b) => a + b, 0);
	const tolerance = values.length * Math.max(...values.map(roundingTolerance));
	const passed = Math.abs(total - 100) <= tolerance + 1e-9;
	return [
		{
			id: `share-sum:${s.id}`,
			check: 'share-sum',
			tabulation,
			snapshot: s.id,
			severity: passed ? 'info' : 'warning',
			passed,
			numbers: { sum: Number(total.toFixed(10)), tolerance, count: values.length }
		}
	];
}

/**
 * Announced figures reproduce from the counts: each announced share from votes ÷ share base,
 * coverage from units counted ÷ units total, turnout from voters ÷ electors on counted units.
 * @example checkAnnouncedReproduce('cne', bulletin1).numbers.items[0] // { what: 'share', contestant: 'maduro', announced: 51.2, computed: 51.1999971…, ok: true }
 */
export function checkAnnouncedReproduce(
	tabulation: string,
	s: Snapshot,
	ctx: IntegrityContext = {}
): Finding[] {
	const items: ReproduceItem[] = [];
	const base = shareBase(s, ctx);
	const push = (item: Omit<ReproduceItem, 'tolerance' | 'ok'>) => {
		if (!Number.isFinite(item.computed)) return;
		const tolerance = roundingTolerance(item.announced);
		items.push({
			...item,
			tolerance,
			ok: Math.abs(item.computed - item.announced) <= tolerance + 1e-9
		});
	};
	if (base > 0)
		for (const r of s.results)
			if (r.announcedPercent !== undefined)
				push({
					what: 'share',
					contestant: r.contestant,
					announced: r.announcedPercent,
					computed: (r.votes / base) * 100
				});
	const c = s.coverage;
	if (c.unitsCounted !== undefined && c.unitsTotal && c.announcedPercent !== undefined)
		push({
			what: 'coverage',
			announced: c.announcedPercent,
			computed: (c.unitsCounted / c.unitsTotal) * 100
		});
	if (s.turnout && s.totals?.voters !== undefined && s.totals.electorsOnCountedUnits)
		push({
			what: 'turnout',
			announced: s.turnout.announcedPercent,
			computed: (s.totals.voters / s.totals.electorsOnCountedUnits) * 100
		});
	if (items.length === 0) return [];
	const passed = items.every((i) => i.ok);
	return [
		{
			id: `announced-reproduces:${s.id}`,
			check: 'announced-reproduces',
			tabulation,
			snapshot: s.id,
			severity: passed ? 'info' : 'warning',
			passed,
			numbers: { base, items }
		}
	];
}

/**
 * The round-percentage test (fact sheet §3). For each count v of total T and a share step k
 * (0.1 % or 0.01 %), one step is L = T·k votes; the distance to the nearest exact multiple is
 * d = |v − round(v/L)·L|, and the whole-vote distance e = |v − round(round(v/L)·L)|.
 *
 * Model, stated on the page: each count's position within its step of L votes is independent and
 * uniform over the L whole numbers, so P(e ≤ D) = min(1, (2D + 1) / L), with D the largest e
 * observed. The counts sum to T, so once n − 1 of them are fixed the last is too (and lies within
 * the others' distances of a multiple whenever T is one): only n − 1 counts vary freely, and the
 * probability that all are that close is P(e ≤ D)^(n − 1).
 *
 * @example checkRoundPercentages('cne', bulletin1, 0.1)[0].numbers
 * // { total: 10058774, stepVotes: 10058.774, maxWholeDistance: 0, freeCounts: 2, probability: 9.88e-9, … }
 */
export function checkRoundPercentages(
	tabulation: string,
	s: Snapshot,
	stepPercent: number
): Finding[] {
	if (!(stepPercent > 0) || s.results.length < 2 || !listedAreComplete(s)) return [];
	const total = sum(s.results);
	const stepVotes = (total * stepPercent) / 100;
	if (!(stepVotes > 0) || !Number.isFinite(stepVotes)) return [];
	const counts: RoundCount[] = s.results.map((r) => {
		const m = Math.round(r.votes / stepVotes);
		const exact = m * stepVotes;
		return {
			contestant: r.contestant,
			votes: r.votes,
			exactShare: (r.votes / total) * 100,
			roundShare: Number((m * stepPercent).toFixed(6)),
			distance: Math.abs(r.votes - exact),
			wholeDistance: Math.abs(r.votes - Math.round(exact))
		};
	});
	const maxWholeDistance = Math.max(...counts.map((c) => c.wholeDistance));
	const pEach = Math.min(1, (2 * maxWholeDistance + 1) / stepVotes);
	const freeCounts = counts.length - 1;
	const probability = pEach ** freeCounts;
	const severity = severityOfProbability(probability);
	return [
		{
			id: `round-percentages:${s.id}:${stepPercent}`,
			check: 'round-percentages',
			tabulation,
			snapshot: s.id,
			severity,
			passed: severity === 'info',
			numbers: {
				total,
				stepPercent,
				stepVotes,
				counts,
				maxWholeDistance,
				pEach,
				freeCounts,
				probability
			}
		}
	];
}

/**
 * Votes of a contestant in a snapshot, also when the snapshot lists a group's members instead of
 * the group (CNE bulletin 1 gave "others" combined; bulletin 2 gave each of the 8).
 */
function votesOf(
	s: Snapshot,
	id: string,
	groups: IntegrityContext['groups'] = []
): number | undefined {
	const direct = s.results.find((r) => r.contestant === id);
	if (direct) return direct.votes;
	const members = groups.find((g) => g.id === id)?.members;
	if (!members || members.length === 0) return undefined;
	const found = members.map((m) => s.results.find((r) => r.contestant === m)?.votes);
	return found.every((v) => v !== undefined)
		? found.reduce<number>((a, v) => a + v!, 0)
		: undefined;
}

/** Each release with the one after it, in order. @example consecutive([1, 2, 3]) // [[1, 2], [2, 3]] */
function consecutive<T>(xs: readonly T[]): [T, T][] {
	return xs.slice(1).map((b, i) => [xs[i]!, b]);
}

/** Contestants comparable across two releases: in the earlier one, and findable in the later. */
function comparable(a: Snapshot, b: Snapshot, groups: IntegrityContext['groups']) {
	return a.results
		.map((r) => ({
			contestant: r.contestant,
			before: r.votes,
			after: votesOf(b, r.contestant, groups)
		}))
		.filter(
			(x): x is { contestant: string; before: number; after: number } => x.after !== undefined
		);
}

function coveragePoints(s: Snapshot): number | undefined {
	const c = s.coverage;
	if (c.unitsCounted !== undefined && c.unitsTotal) return (c.unitsCounted / c.unitsTotal) * 100;
	return c.announcedPercent;
}

/**
 * No contestant loses votes, and coverage does not shrink, from one release of a tabulation to the
 * next. `ordered` must be in release order (sort by as-of first).
 * @example checkMonotonic(cneTabulation.id, cneTabulation.snapshots) // [{ check: 'monotonic', passed: true, … }]
 */
export function checkMonotonic(
	tabulation: string,
	ordered: readonly Snapshot[],
	ctx: IntegrityContext = {}
): Finding[] {
	const out: Finding[] = [];
	for (const [a, b] of consecutive(ordered)) {
		const items = comparable(a, b, ctx.groups).map((x) => ({ ...x, ok: x.after >= x.before }));
		const coverageBefore = coveragePoints(a);
		const coverageAfter = coveragePoints(b);
		const coverageOk =
			coverageBefore === undefined ||
			coverageAfter === undefined ||
			coverageAfter >= coverageBefore;
		if (items.length === 0 && coverageBefore === undefined) continue;
		const passed = coverageOk && items.every((x) => x.ok);
		out.push({
			id: `monotonic:${a.id}:${b.id}`,
			check: 'monotonic',
			tabulation,
			snapshots: [a.id, b.id],
			severity: passed ? 'info' : 'serious',
			passed,
			numbers: { items, coverageBefore, coverageAfter }
		});
	}
	return out;
}

/**
 * Votes added between two releases per unit added (tally sheet, or point of coverage when units
 * are not published), against the average unit of the earlier release. A ratio far from 1 (below
 * ½ or above 2) is worth a question; votes added with no coverage added is a warning.
 * @example checkIncrements('cne', [b1, b2])[0].numbers.ratio // ≈ 1.07
 */
export function checkIncrements(
	tabulation: string,
	ordered: readonly Snapshot[],
	ctx: IntegrityContext = {}
): Finding[] {
	const out: Finding[] = [];
	for (const [a, b] of consecutive(ordered)) {
		const both = (s: Snapshot) => s.coverage.unitsCounted !== undefined;
		const basis: 'units' | 'points' = both(a) && both(b) ? 'units' : 'points';
		const unitsOf = (s: Snapshot) =>
			basis === 'units' ? s.coverage.unitsCounted : s.coverage.announcedPercent;
		const ua = unitsOf(a);
		const ub = unitsOf(b);
		const items = comparable(a, b, ctx.groups);
		if (ua === undefined || ub === undefined || !(ua > 0) || items.length === 0) continue;
		const before = items.reduce((x, c) => x + c.before, 0);
		const after = items.reduce((x, c) => x + c.after, 0);
		const votesAdded = after - before;
		const unitsAdded = ub - ua;
		const averageBefore = before / ua;
		const perUnitAdded = unitsAdded > 0 ? votesAdded / unitsAdded : Number.NaN;
		const ratio = averageBefore > 0 ? perUnitAdded / averageBefore : Number.NaN;
		let severity: Severity = 'info';
		if (unitsAdded <= 0 ? votesAdded > 0 : ratio > 2 || ratio < 0.5) severity = 'warning';
		out.push({
			id: `increments:${a.id}:${b.id}`,
			check: 'increments',
			tabulation,
			snapshots: [a.id, b.id],
			severity,
			passed: severity === 'info',
			numbers: { basis, votesAdded, unitsAdded, perUnitAdded, averageBefore, ratio }
		});
	}
	return out;
}

/**
 * Ballots cast do not exceed the electors on the counted units, nor the registered electors.
 * @example checkTurnout('cne', bulletin2, { registered: 21321805 }) // two passing findings
 */
export function checkTurnout(
	tabulation: string,
	s: Snapshot,
	ctx: IntegrityContext = {}
): Extract<Finding, { check: 'turnout' }>[] {
	const voters = s.totals?.voters;
	if (voters === undefined) return [];
	const limits: ['registered' | 'electors-on-units', number | undefined][] = [
		['electors-on-units', s.totals.electorsOnCountedUnits],
		['registered', s.totals.registered ?? ctx.registered]
	];
	return limits
		.filter((l): l is ['registered' | 'electors-on-units', number] => l[1] !== undefined)
		.map(([limitKind, limit]) => {
			const passed = voters <= limit;
			return {
				id: `turnout:${s.id}:${limitKind}`,
				check: 'turnout' as const,
				tabulation,
				snapshot: s.id,
				severity: passed ? ('info' as const) : ('serious' as const),
				passed,
				numbers: { voters, limit, limitKind }
			};
		});
}

/**
 * Units counted do not exceed the units in the election.
 * @example checkUnits('opposition', release83, { unitsTotal: 30026 }) // passes: 25,073 ≤ 30,026
 */
export function checkUnits(
	tabulation: string,
	s: Snapshot,
	ctx: IntegrityContext = {}
): Extract<Finding, { check: 'units' }>[] {
	const counted = s.coverage.unitsCounted;
	const total = s.coverage.unitsTotal ?? ctx.unitsTotal;
	if (counted === undefined || total === undefined) return [];
	const passed = counted <= total;
	return [
		{
			id: `units:${s.id}`,
			check: 'units',
			tabulation,
			snapshot: s.id,
			severity: passed ? 'info' : 'serious',
			passed,
			numbers: { counted, total }
		}
	];
}

/**
 * A failed round-percentage finding at a finer step is derived from a failed one at a coarser step
 * that divides it (a multiple of 0.1 % is a multiple of 0.01 %): mark it so, keep it as it is.
 * @example markDerived([f01, f001])[1].derivedFrom // 'round-percentages:cne-bulletin-1:0.1'
 */
export function markDerived(findings: readonly Finding[]): Finding[] {
	const round = findings.filter(
		(f): f is Extract<Finding, { check: 'round-percentages' }> => f.check === 'round-percentages'
	);
	return findings.map((f) => {
		if (f.check !== 'round-percentages' || f.passed) return f;
		const parent = round.find(
			(g) =>
				g !== f &&
				!g.passed &&
				g.snapshot === f.snapshot &&
				g.numbers.stepPercent > f.numbers.stepPercent &&
				Math.abs(
					Math.round(g.numbers.stepPercent / f.numbers.stepPercent) -
						g.numbers.stepPercent / f.numbers.stepPercent
				) < 1e-9
		);
		return parent ? { ...f, derivedFrom: parent.id } : f;
	});
}

/** Steps of the round-percentage test: tenths and hundredths of a percent. */
export const ROUND_STEPS = [0.1, 0.01] as const;

/**
 * Every check on every release of every tabulation. `order` gives each tabulation's releases in
 * release order (the caller sorts by as-of; this module does not read dates).
 * @example checkIntegrity(bundle.tabulations, { registered: 21321805, unitsTotal: 30026 }) // Finding[]
 */
export function checkIntegrity(
	tabulations: readonly Tabulation[],
	ctx: IntegrityContext = {},
	order: (t: Tabulation) => readonly Snapshot[] = (t) => t.snapshots
): Finding[] {
	const out: Finding[] = [];
	for (const t of tabulations) {
		for (const s of t.snapshots) {
			out.push(...checkShareSum(t.id, s), ...checkAnnouncedReproduce(t.id, s, ctx));
			out.push(...markDerived(ROUND_STEPS.flatMap((step) => checkRoundPercentages(t.id, s, step))));
			out.push(...checkTurnout(t.id, s, ctx), ...checkUnits(t.id, s, ctx));
		}
		const ordered = order(t);
		out.push(...checkMonotonic(t.id, ordered, ctx), ...checkIncrements(t.id, ordered, ctx));
	}
	return out;
}
