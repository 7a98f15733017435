import type { ElectionBundle } from '../data/bundle';
import { t, type Locale } from '../i18n';
import { formatAnnouncedPercent, formatInteger, formatPercent } from '../i18n/format';
import type {
	CannotComputeReason,
	Estimate,
	OutstandingAnalysis,
	Verdict
} from '../results/outstanding';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { announcedDigits, differsFromAnnounced } from '../results/shares';
import { analyseRelease, releaseContext, type ReleaseBase } from '../results/release';
import { isPartial, shortNameOf } from './snapshot-table';

/** The leader or the runner-up, with their computed share and the announced one beside it. */
export interface Contender {
	id: string;
	name: string;
	votes: number;
	/** Computed share in points of the votes published. */
	share: number;
	announced: number | undefined;
	announcedDigits: number;
	announcedDiffers: boolean;
}

/** What the "Could it still change?" block shows for one release. */
export interface OutstandingModel {
	snapshotId: string;
	label: string;
	tabulationName: string;
	official: boolean;
	/** Coverage (0–1) used in the arithmetic, and how it was obtained. */
	coverage: number | undefined;
	coverageBasis: 'units' | 'announced' | undefined;
	unitsCounted: number | undefined;
	unitsTotal: number | undefined;
	announcedCoverage: number | undefined;
	/** Decimals the coverage was announced with ("73,20%": 2). */
	announcedCoverageDigits: number;
	counted: number;
	leader: Contender | undefined;
	runnerUp: Contender | undefined;
	marginVotes: number;
	/** Lead in points of the votes published (NaN when nothing was counted). */
	marginPoints: number;
	/** The unit-average estimate first, then the registered-turnout one when it can be made. */
	estimates: Estimate[];
	verdict: Verdict;
	reason: CannotComputeReason | undefined;
	/** Only some candidates' votes were published: the arithmetic uses those votes only. */
	partial: boolean;
	/** The base of the shares and of the counted votes (same as every other view of the release). */
	base: ReleaseBase;
	/** Primary estimate of outstanding votes, rounded once (the figure every page shows). */
	outstandingVotes: number | undefined;
	/** The votes of each contestant listed, largest first (for the worked arithmetic). */
	votes: number[];
	/** Inputs of the alternative estimate, when it was made. */
	registered: number | undefined;
	electorsOnCountedUnits: number | undefined;
	turnoutPercent: number | undefined;
	/** The verdict in one generated sentence, with names and numbers from the data. */
	sentence: string;
}

function coverageClause(m: Omit<OutstandingModel, 'sentence'>, locale: Locale): string {
	if (m.coverageBasis === 'units' && m.unitsCounted !== undefined && m.unitsTotal !== undefined)
		return t(locale, 'results.verdict.coverageUnits', {
			counted: formatInteger(m.unitsCounted, locale),
			total: formatInteger(m.unitsTotal, locale),
			coverage: formatPercent((m.coverage ?? 0) * 100, locale, 2)
		});
	return t(locale, 'results.verdict.coverageAnnounced', {
		coverage: formatAnnouncedPercent(
			m.announcedCoverage ?? (m.coverage ?? 0) * 100,
			locale,
			m.announcedCoverage === undefined ? undefined : m.announcedCoverageDigits
		)
	});
}

/**
 * The verdict as one sentence, written from the numbers: who needed what share of the remaining
 * vote and whether that made the result decided.
 * @example outstandingSentence(cneBulletin1, 'es')
 * // 'Con el 80 % anunciado, González necesitaba el 64,0 % de los votos restantes (61,7 % si los
 * //  demás candidatos mantienen su 4,6 %): el resultado no era matemáticamente irreversible.'
 */
export function outstandingSentence(
	m: Omit<OutstandingModel, 'sentence'>,
	locale: Locale,
	listedNames: string[]
): string {
	if (m.verdict === 'cannot-compute')
		return t(locale, `results.verdict.reason.${m.reason ?? 'no-estimate'}`);
	const clause = coverageClause(m, locale);
	const e = m.estimates[0]!;
	const leader = m.leader!.name;
	const runnerUp = m.runnerUp!.name;
	let s: string;
	if (m.marginVotes === 0) s = t(locale, 'results.verdict.tie', { clause, a: leader, b: runnerUp });
	else if (e.outstanding === 0) s = t(locale, 'results.verdict.complete', { clause, leader });
	else {
		s = t(locale, 'results.verdict.needed', {
			clause,
			runnerUp,
			needed: formatPercent(e.neededShare * 100, locale, 1)
		});
		if (e.minorShare > 0)
			s += t(locale, 'results.verdict.withMinors', {
				neededMinors: formatPercent(e.neededShareWithMinors * 100, locale, 1),
				minor: formatPercent(e.minorShare * 100, locale, 1)
			});
		s +=
			e.verdict === 'decided'
				? t(locale, 'results.verdict.decidedText', { leader })
				: t(locale, 'results.verdict.notDecided');
	}
	if (m.partial)
		s += t(locale, 'results.verdict.partial', { names: joinNames(listedNames, locale) });
	return s;
}

/**
 * "A, B and C" in the locale.
 * @example joinNames(['González', 'Maduro'], 'es') // 'González y Maduro'
 */
export function joinNames(names: string[], locale: Locale): string {
	if (names.length <= 1) return names[0] ?? '';
	return t(locale, 'results.list.and', {
		a: names.slice(0, -1).join(', '),
		b: names[names.length - 1]!
	});
}

/**
 * The outstanding-vote model of one release: both estimates, the share the runner-up needed and
 * the verdict with its sentence. Registered electors come from the release when it gives them,
 * else from the election (fact sheet §1c); turnout only as announced.
 * @example buildOutstanding(bundle, cne, bulletin1, 'en').estimates[0].neededShare // 0.64
 */
export function buildOutstanding(
	bundle: ElectionBundle,
	tabulation: Tabulation,
	snapshot: Snapshot,
	locale: Locale
): OutstandingModel {
	const registered = snapshot.totals.registered ?? bundle.election.registeredVoters?.count;
	const turnoutPercent = snapshot.turnout?.announcedPercent;
	const release = analyseRelease(snapshot, releaseContext(bundle.election));
	const a: OutstandingAnalysis = release.outstanding;
	const shares = release.shares;
	const named = (x: { contestant: string; votes: number } | undefined): Contender | undefined => {
		if (!x) return undefined;
		const row = shares.find((r) => r.contestant === x.contestant)!;
		const digits =
			row.announcedPercent === undefined
				? 0
				: announcedDigits(row.announcedPercent, row.announcedText);
		return {
			id: x.contestant,
			name: shortNameOf(bundle, x.contestant, locale),
			votes: x.votes,
			share: row.share,
			announced: row.announcedPercent,
			announcedDigits: digits,
			announcedDiffers:
				row.announcedPercent !== undefined &&
				differsFromAnnounced(row.share, row.announcedPercent, digits)
		};
	};
	const sorted = [...snapshot.results].sort((x, y) => y.votes - x.votes);
	const base: Omit<OutstandingModel, 'sentence'> = {
		snapshotId: snapshot.id,
		label: snapshot.label[locale],
		tabulationName: tabulation.name[locale],
		official: tabulation.official,
		coverage: a.coverage,
		coverageBasis: a.coverageBasis,
		unitsCounted: snapshot.coverage.unitsCounted,
		unitsTotal: snapshot.coverage.unitsTotal,
		announcedCoverage: snapshot.coverage.announcedPercent,
		announcedCoverageDigits:
			snapshot.coverage.announcedPercent === undefined
				? 0
				: announcedDigits(snapshot.coverage.announcedPercent, snapshot.coverage.announcedText),
		counted: a.counted,
		leader: named(a.leader),
		runnerUp: named(a.runnerUp),
		marginVotes: a.margin,
		marginPoints: release.margin.points,
		estimates: a.estimates,
		verdict: a.verdict,
		reason: a.reason,
		partial: isPartial(bundle, snapshot),
		base: release.base,
		outstandingVotes: release.outstandingVotes,
		votes: sorted.map((r) => r.votes),
		registered: a.estimates.some((e) => e.method === 'registered-turnout') ? registered : undefined,
		electorsOnCountedUnits: snapshot.totals.electorsOnCountedUnits,
		turnoutPercent
	};
	const listed = sorted.map((r) => shortNameOf(bundle, r.contestant, locale));
	return { ...base, sentence: outstandingSentence(base, locale, listed) };
}

/**
 * Every release of every tabulation whose coverage is below 100 % (or unknown), official first,
 * in publication order: the rows of "Could it still change?".
 */
export function buildOutstandingRows(bundle: ElectionBundle, locale: Locale): OutstandingModel[] {
	return [...bundle.tabulations]
		.sort((a, b) => Number(b.official) - Number(a.official))
		.flatMap((tab) => tab.snapshots.map((s) => buildOutstanding(bundle, tab, s, locale)))
		.filter((m) => m.coverage === undefined || m.coverage < 1);
}
