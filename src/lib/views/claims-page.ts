/**
 * Page models of the claims area: claim cards (claimed beside reported, with the verdict and the
 * sentence that explains it), integrity findings, and the methodology. Pure: everything is
 * computed by src/lib/results/claims.ts and integrity.ts; this module only chooses what to show
 * and formats it for a locale. Every reported figure is shown with its release, as-of time and
 * sources; every claimed figure with the claim's time and sources.
 */
import type { ElectionBundle } from '../data/bundle';
import type { Claim } from '../schemas/claim';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import type { Source } from '../schemas/source';
import { t, type MessageKey } from '../i18n';
import { tb } from '../i18n/messages/basis-build';
import {
	INTL_TAG,
	formatAnnouncedPercent,
	formatInteger,
	formatPercent,
	formatPoints,
	formatWhen,
	whenBounds
} from '../i18n/format';
import {
	compareClaim,
	releaseOrder,
	type Check,
	type ClaimVerdict,
	type SnapshotComparison
} from '../results/claims';
import { checkIntegrity, type Finding, type Severity } from '../results/integrity';
import { releaseContext } from '../results/release';
import { roundEstimate } from '../results/outstanding';
import { sourcesFor, actorName } from './lookup';
import {
	buildClaimRemarks,
	buildResponses,
	type ClaimRemarkModel,
	type ResponseModel
} from './remarks';

export interface VerdictModel {
	verdict: ClaimVerdict;
	label: string;
	/** A text symbol, so the verdict never rests on colour alone. */
	icon: string;
}

export interface DeltaRow {
	contestant: string;
	name: string;
	claimed: string;
	reported: string;
	delta: string;
}

export interface ReleaseRow {
	snapshot: string;
	/** "CNE bulletin 1 (80 %), 29 July 2024, 0:06 (…) (published before …)". */
	release: string;
	asOfIso: string;
	timing: SnapshotComparison['timing'];
	decides: boolean;
	verdict: VerdictModel;
	sentences: string[];
	partialNote: string | undefined;
	deltas: { caption: string; rows: DeltaRow[] } | undefined;
	sources: Source[];
}

export interface TabulationVerdict {
	tabulation: string;
	name: string;
	verdict: VerdictModel;
	/** The verdict with the count it comes from: "contradicted by CNE bulletin 1". */
	phrase: string;
	/** The same, capitalised, for a badge or a table cell: "Contradicted by CNE bulletin 1". */
	phraseCap: string;
	noneBefore: string | undefined;
	rows: ReleaseRow[];
}

export interface ChartSeries {
	/** Full label with claimant or release and time: the table's column head. */
	label: string;
	/** Short label for the legend, which has little room at 360 px. */
	legend: string;
	kind: 'claimed' | 'reported';
	values: (number | null)[];
}

export interface ClaimChartModel {
	id: string;
	title: string;
	description: string;
	axisLabel: string;
	categories: string[];
	series: ChartSeries[];
	/** The same numbers as text, for the table under the chart. */
	table: { caption: string; head: string[]; rows: { name: string; cells: string[] }[] };
}

export interface ClaimCardModel {
	id: string;
	actor: string;
	person: string | undefined;
	role: string | undefined;
	when: string;
	whenIso: string | undefined;
	whenNote: string | undefined;
	channel: string | undefined;
	quote: { text: string; lang: string; kindLabel: string; originalLabel: string };
	translations: { text: string; lang: string; label: string }[];
	secondHand: boolean;
	notes: string | undefined;
	sources: Source[];
	claimedAsOf: string;
	/** What was claimed, in the page's language when a translation exists, with its language. */
	what: { text: string; lang: string };
	/** One sentence a journalist can quote: who claimed what, and against which count it stands. */
	conclusion: string;
	claimChecks: { verdict: VerdictModel; sentence: string }[];
	tabulations: TabulationVerdict[];
	chart: ClaimChartModel | undefined;
	/** What others added or answered later, in date order (fact sheet §6.10–6.13). */
	responses: ResponseModel[];
	/** Remarks shown beside the claim (Machado's "overwhelming", §6.1). */
	remarks: ClaimRemarkModel[];
}

export interface FindingModel {
	id: string;
	/** Findings that follow from this one, shown under it and never counted beside it. */
	derived: FindingModel[];
	/** Published readings that dispute this finding, with their sources (fact sheet §3). */
	counterViews: { text: string; sources: Source[] }[];
	check: Finding['check'];
	severity: Severity;
	severityLabel: string;
	passed: boolean;
	title: string;
	text: string[];
	release: string;
	/** The release whose page holds the finding in full: the one it checks, or the later of two. */
	snapshotId: string;
	/** The as-of time of the (latest) release the finding is about. */
	asOf: string;
	sources: Source[];
	roundTable:
		| {
				caption: string;
				head: string[];
				rows: { name: string; votes: string; exact: string; round: string; distance: string }[];
		  }
		| undefined;
}

export interface MethodSection {
	title: string;
	body: string;
}

export interface ClaimsPageModel {
	election: { id: string; name: string };
	cards: ClaimCardModel[];
	findings: FindingModel[];
	method: MethodSection[];
}

const ICONS: Record<ClaimVerdict, string> = {
	consistent: '✓',
	contradicted: '✗',
	impossible: '⊘',
	'not-established': '~',
	'not-verifiable': '?'
};

export function verdictModel(v: ClaimVerdict, locale: Locale): VerdictModel {
	const label =
		v === 'not-established'
			? tb(locale, 'claims.verdict.not-established')
			: t(locale, `claims.verdict.${v}`);
	return { verdict: v, label, icon: ICONS[v] };
}

/**
 * A plain decimal in the locale (no percent sign), for votes per sheet, ratios and distances.
 * @example formatDecimal(0.288, 'es', 3) // '0,288'
 */
export function formatDecimal(n: number, locale: Locale, digits: number): string {
	return new Intl.NumberFormat(INTL_TAG[locale], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(n);
}

const SUPERSCRIPT: Record<string, string> = {
	'-': '⁻',
	'0': '⁰',
	'1': '¹',
	'2': '²',
	'3': '³',
	'4': '⁴',
	'5': '⁵',
	'6': '⁶',
	'7': '⁷',
	'8': '⁸',
	'9': '⁹'
};

/**
 * A small probability as "≈ 1 in 101,000,000 (p ≈ 9.88 × 10⁻⁹)": three significant figures, as the
 * model is a model, not a measurement.
 * @example formatProbability(9.88e-9, 'en') // '≈ 1 in 101,000,000 (p ≈ 9.88 × 10⁻⁹)'
 */
export function formatProbability(p: number, locale: Locale): string {
	if (!(p > 0)) return t(locale, 'claims.prob', { oneIn: '∞', p: '0' });
	const oneIn = Number((1 / p).toPrecision(3));
	const exp = Math.floor(Math.log10(p));
	const mantissa = p / 10 ** exp;
	const sci =
		exp === 0
			? formatDecimal(p, locale, 2)
			: `${formatDecimal(mantissa, locale, 2)} × 10${String(exp)
					.split('')
					.map((c) => SUPERSCRIPT[c] ?? c)
					.join('')}`;
	return t(locale, 'claims.prob', { oneIn: formatInteger(oneIn, locale), p: sci });
}

interface Ctx {
	bundle: ElectionBundle;
	locale: Locale;
	tz: string;
}

function nameOf({ bundle, locale }: Ctx, id: string): string {
	const c = bundle.election.candidates.find((x) => x.id === id);
	if (c) return c.shortName ?? c.fullName;
	return bundle.election.groups.find((g) => g.id === id)?.name[locale] ?? id;
}

function findSnapshot(bundle: ElectionBundle, id: string): [Tabulation, Snapshot] | undefined {
	for (const tab of bundle.tabulations) {
		const s = tab.snapshots.find((x) => x.id === id);
		if (s) return [tab, s];
	}
	return undefined;
}

const pct = (x: number, locale: Locale, digits = 2) => formatPercent(x, locale, digits);
const share = (x: number | undefined, locale: Locale) =>
	x === undefined ? '—' : formatPercent(x * 100, locale, 1);
// Estimates are rounded once, the same way on every page (2,514,693.5 shows as 2,514,694).
const votes = (x: number | undefined, locale: Locale) =>
	x === undefined ? '—' : formatInteger(roundEstimate(x), locale);
const ofBase = (base: 'valid' | 'voters' | 'listed', locale: Locale) =>
	t(locale, `basis.of.${base}`);

/** The sentence for one check. */
function sentence(ctx: Ctx, c: Check, snapshotLabel: string): string {
	const { locale } = ctx;
	const r = c.reason;
	const suffix = (needed: number | undefined) =>
		c.verdict === 'impossible'
			? ' ' +
				t(
					locale,
					needed !== undefined && needed < 0
						? 'claims.r.belowZeroSuffix'
						: 'claims.r.impossibleSuffix'
				)
			: '';
	switch (r.kind) {
		case 'not-reported':
			return t(locale, 'claims.r.notReported', {
				snapshot: snapshotLabel,
				name: nameOf(ctx, r.contestant)
			});
		case 'leads':
			return t(locale, 'claims.r.leads', {
				name: nameOf(ctx, r.contestant),
				other: nameOf(ctx, r.runnerUp),
				margin: votes(r.margin, locale),
				snapshot: snapshotLabel
			});
		case 'trails':
			return r.needed === undefined || !Number.isFinite(r.needed)
				? t(locale, 'claims.r.trailsNoCoverage', {
						name: nameOf(ctx, r.contestant),
						other: nameOf(ctx, r.leader),
						gap: votes(r.gap, locale),
						snapshot: snapshotLabel
					})
				: t(locale, 'claims.r.trails', {
						name: nameOf(ctx, r.contestant),
						other: nameOf(ctx, r.leader),
						gap: votes(r.gap, locale),
						snapshot: snapshotLabel,
						needed: share(r.needed, locale),
						outstanding: votes(r.outstanding, locale)
					}) + suffix(r.needed);
		case 'base-unavailable':
			return tb(locale, 'basis.r.baseUnavailable', {
				name: nameOf(ctx, r.contestant),
				claimed: formatAnnouncedPercent(r.claimed, locale),
				base: ofBase(r.base, locale),
				snapshot: snapshotLabel
			});
		case 'share': {
			const vars = {
				name: nameOf(ctx, r.contestant),
				claimed: formatAnnouncedPercent(r.claimed, locale),
				reported: `${pct(r.reported, locale)} ${ofBase(r.base, locale)}`,
				delta: formatPoints(r.delta, locale, 2),
				snapshot: snapshotLabel,
				needed: share(r.needed, locale),
				outstanding: votes(r.outstanding, locale)
			};
			if (c.verdict === 'consistent') return t(locale, 'claims.r.shareOk', vars);
			if (r.needed === undefined || !Number.isFinite(r.needed) || r.outstanding === 0)
				return t(locale, 'claims.r.shareDiff', vars);
			const bound =
				r.bound === 'upper'
					? ' ' + tb(locale, 'basis.r.upperBound', { base: ofBase(r.base, locale) })
					: '';
			// Only the release's own outstanding-vote figure is ever printed: one value per release.
			return (
				(r.releaseBase
					? t(locale, 'claims.r.shareFinal', vars)
					: tb(locale, 'basis.r.shareFinalNoCount', vars)) +
				bound +
				suffix(r.needed)
			);
		}
		case 'votes':
			return t(locale, r.delta === 0 ? 'claims.r.votesOk' : 'claims.r.votesDiff', {
				name: nameOf(ctx, r.contestant),
				claimed: votes(r.claimed, locale),
				reported: votes(r.reported, locale),
				delta: (r.delta > 0 ? '+' : '') + formatInteger(r.delta, locale)
			});
		case 'majority': {
			const vars = {
				name: nameOf(ctx, r.contestant),
				reported: pct(r.reported, locale),
				snapshot: snapshotLabel,
				needed: share(r.needed, locale),
				outstanding: votes(r.outstanding, locale)
			};
			if (r.bound === 'lower')
				return tb(
					locale,
					c.verdict === 'consistent' ? 'basis.r.majorityLowerOk' : 'basis.r.majorityLower',
					vars
				);
			if (r.bound === 'upper' && c.verdict === 'not-established')
				return tb(locale, 'basis.r.majorityUpper', vars);
			if (c.verdict === 'consistent') return t(locale, 'claims.r.majorityOk', vars);
			if (r.needed === undefined || !Number.isFinite(r.needed) || r.outstanding === 0)
				return t(locale, 'claims.r.majorityFinal', vars);
			return t(locale, 'claims.r.majority', vars) + suffix(r.needed);
		}
		case 'coverage':
			return t(locale, 'claims.r.coverage', {
				claimed: formatAnnouncedPercent(r.claimed, locale),
				reported: formatAnnouncedPercent(r.reported, locale)
			});
		case 'quality': {
			const vars = {
				word: r.word,
				name: nameOf(ctx, r.contestant),
				other: r.runnerUp ? nameOf(ctx, r.runnerUp) : '—',
				margin: votes(r.margin, locale),
				outstanding: votes(r.outstanding, locale),
				needed: share(r.needed, locale),
				neededMinors: share(r.neededWithMinors, locale),
				snapshot: snapshotLabel
			};
			if (!r.leads) return t(locale, 'claims.r.qualityNotLeading', vars);
			return r.decided
				? t(locale, 'claims.r.qualityDecided', vars)
				: tb(locale, 'basis.r.qualityNotEstablished', vars);
		}
		case 'no-coverage':
			return t(locale, 'claims.r.noCoverage', { snapshot: snapshotLabel });
		case 'round-percentages': {
			const n = r.finding.numbers;
			const stepLabel = formatAnnouncedPercent(n.stepPercent, locale);
			if (c.verdict !== 'consistent') return t(locale, 'claims.r.roundNot', { step: stepLabel });
			return t(locale, 'claims.r.round', {
				step: stepLabel,
				shares: n.counts
					.map((x) => `${nameOf(ctx, x.contestant)} ${pct(x.exactShare, locale, 7)}`)
					.join(', '),
				prob: formatProbability(n.probability, locale)
			});
		}
		case 'chance':
			return t(locale, 'claims.r.chance', {
				claimed: formatInteger(r.claimedOneIn, locale),
				prob: formatProbability(r.finding.numbers.probability, locale),
				agree: t(
					locale,
					c.verdict === 'consistent' ? 'claims.r.chanceAgree' : 'claims.r.chanceDisagree'
				)
			});
		case 'validates':
		case 'disputes':
			return t(locale, r.kind === 'validates' ? 'claims.r.validates' : 'claims.r.disputes', {
				tabulation:
					ctx.bundle.tabulations.find((x) => x.id === r.tabulation)?.name[locale] ?? r.tabulation
			});
		case 'process':
			return t(locale, 'claims.r.process', { summary: r.summary[locale] });
		case 'event':
			return t(locale, 'remarks.r.event', { summary: r.summary[locale] });
	}
}

function releaseRow(ctx: Ctx, row: SnapshotComparison, decides: boolean): ReleaseRow {
	const { bundle, locale, tz } = ctx;
	const [, s] = findSnapshot(bundle, row.snapshot)!;
	const label = s.label[locale];
	return {
		snapshot: s.id,
		release: t(locale, 'claims.releaseAsOf', {
			snapshot: label,
			when: formatWhen(s.asOf, locale, tz),
			timing: t(locale, `claims.timing.${row.timing}`)
		}),
		asOfIso: s.asOf,
		timing: row.timing,
		decides,
		verdict: verdictModel(row.verdict, locale),
		sentences: row.checks.map((c) => sentence(ctx, c, label)),
		partialNote: row.partialList ? t(locale, 'claims.partialList') : undefined,
		deltas:
			row.deltas.length === 0
				? undefined
				: {
						caption: t(locale, 'claims.deltaCaption', { snapshot: label }),
						rows: row.deltas.map((d) => ({
							contestant: d.contestant,
							name: nameOf(ctx, d.contestant),
							claimed: formatAnnouncedPercent(d.claimed, locale),
							reported: d.reported === undefined ? '—' : pct(d.reported, locale),
							delta: d.deltaPoints === undefined ? '—' : formatPoints(d.deltaPoints, locale, 2)
						}))
					},
		sources: sourcesFor(bundle, s.sourceIds)
	};
}

function whoOf(ctx: Ctx, c: Claim): string {
	return c.person ?? actorName(ctx.bundle, c.actor, ctx.locale);
}

function whenOf(ctx: Ctx, c: Claim): string {
	return c.madeAt ? formatWhen(c.madeAt, ctx.locale, ctx.tz) : t(ctx.locale, 'claims.whenUnknown');
}

function chartFor(ctx: Ctx, c: Claim, rows: SnapshotComparison[]): ClaimChartModel | undefined {
	const { locale } = ctx;
	const shares = c.assertions.flatMap((a) => (a.kind === 'shares' ? a.shares : []));
	if (shares.length === 0) return undefined;
	const reported = rows.filter((r) => r.deltas.some((d) => d.reported !== undefined));
	const who = whoOf(ctx, c);
	const categories = shares.map((s) => nameOf(ctx, s.contestant));
	const series: ChartSeries[] = [
		{
			label: t(locale, 'claims.chartClaimed', { who }),
			legend: t(locale, 'claims.colClaimed'),
			kind: 'claimed',
			values: shares.map((s) => s.percent)
		},
		...reported.map((r) => {
			const [, s] = findSnapshot(ctx.bundle, r.snapshot)!;
			return {
				label: t(locale, 'claims.chartReported', {
					snapshot: s.label[locale],
					when: formatWhen(s.asOf, locale, ctx.tz)
				}),
				legend: s.label[locale],
				kind: 'reported' as const,
				values: r.deltas.map((d) =>
					d.reported === undefined ? null : Number(d.reported.toFixed(4))
				)
			};
		})
	];
	const pairs = shares
		.map((s, i) =>
			t(locale, 'claims.chartPair', {
				name: categories[i]!,
				claimed: formatAnnouncedPercent(s.percent, locale),
				reported: reported
					.map((r) => {
						const d = r.deltas[i]?.reported;
						const label = findSnapshot(ctx.bundle, r.snapshot)![1].label[locale];
						return `${d === undefined ? '—' : pct(d, locale)} (${label})`;
					})
					.join(', ')
			})
		)
		.join('; ');
	return {
		id: `claim-chart-${c.id}`,
		title: t(locale, 'claims.chartTitle'),
		description: t(locale, 'claims.chartDescription', { pairs }),
		axisLabel: t(locale, 'claims.chartAxis'),
		categories,
		series,
		table: {
			caption: t(locale, 'claims.chartTitle'),
			head: [t(locale, 'claims.colCandidate'), ...series.map((s) => s.label)],
			rows: categories.map((name, i) => ({
				name,
				cells: series.map((s) => {
					const v = s.values[i];
					return v === null || v === undefined
						? '—'
						: s.kind === 'claimed'
							? formatAnnouncedPercent(v, locale)
							: pct(v, locale);
				})
			}))
		}
	};
}

/**
 * One claim as a card: who, when, words, sources, the verdict against each tabulation with the
 * sentence that explains it, and the claimed-against-reported chart model.
 * @example buildClaimCard(bundle, bundle.claims[0], 'en').tabulations[0].verdict.label // 'Contradicted'
 */
export function buildClaimCard(
	bundle: ElectionBundle,
	claim: Claim,
	locale: Locale
): ClaimCardModel {
	const tz = bundle.election.timeZone;
	const ctx: Ctx = { bundle, locale, tz };
	const cmp = compareClaim(claim, bundle.tabulations, tz, releaseContext(bundle.election));
	const tabulations: TabulationVerdict[] = cmp.tabulations.map((tc) => {
		const tab = bundle.tabulations.find((x) => x.id === tc.tabulation)!;
		const decisive = tc.atClaimTime && findSnapshot(bundle, tc.atClaimTime.snapshot)?.[1];
		const phrase = decisive
			? tb(locale, `basis.by.${tc.verdict}`, { release: decisive.label[locale] })
			: tb(locale, 'basis.by.none', { tabulation: tab.name[locale] });
		return {
			tabulation: tab.id,
			name: tab.name[locale],
			verdict: verdictModel(tc.verdict, locale),
			phrase,
			phraseCap: phrase.charAt(0).toUpperCase() + phrase.slice(1),
			noneBefore: tc.atClaimTime
				? undefined
				: t(locale, 'claims.noneBefore', { tabulation: tab.name[locale] }),
			rows: tc.rows.map((r) => releaseRow(ctx, r, r === tc.atClaimTime))
		};
	});
	const atTime = cmp.tabulations.flatMap((tc) => (tc.atClaimTime ? [tc.atClaimTime] : []));
	const other = (['es', 'en'] as const).filter((l) => l !== claim.quote.lang);
	const translated = claim.quote.lang === locale ? undefined : claim.quote.translations[locale];
	const what = translated
		? { text: translated.text, lang: locale as string }
		: { text: claim.quote.text, lang: claim.quote.lang };
	const verdictPhrases = [
		...tabulations.filter((x) => x.verdict.verdict !== 'not-verifiable' || !x.noneBefore),
		...(cmp.claimChecks.length > 0 ? [{ phrase: tb(locale, 'basis.by.claimLevel') }] : [])
	].map((x) => x.phrase);
	const conclusion = tb(locale, 'basis.conclusion', {
		who: whoOf(ctx, claim),
		when: whenOf(ctx, claim),
		what: what.text,
		verdicts: (verdictPhrases.length > 0 ? verdictPhrases : tabulations.map((x) => x.phrase)).join(
			'; '
		)
	});
	return {
		id: claim.id,
		actor: actorName(bundle, claim.actor, locale),
		person: claim.person,
		role: claim.role?.[locale],
		when: whenOf(ctx, claim),
		whenIso: claim.madeAt,
		whenNote: claim.madeAtNote?.[locale],
		channel: claim.channel?.[locale],
		quote: {
			text: claim.quote.text,
			lang: claim.quote.lang,
			kindLabel: t(locale, `claims.kind.${claim.quote.kind}`),
			originalLabel: t(locale, 'claims.quoteOriginal', { lang: claim.quote.lang })
		},
		translations: other.flatMap((l) => {
			const tr = claim.quote.translations[l];
			return tr
				? [
						{
							text: tr.text,
							lang: l,
							label: t(locale, 'claims.translation', {
								lang: l,
								by: t(locale, `claims.by.${tr.by}`)
							})
						}
					]
				: [];
		}),
		secondHand: claim.secondHand,
		notes: claim.notes?.[locale],
		sources: sourcesFor(bundle, claim.sourceIds),
		claimedAsOf: t(locale, 'claims.claimedAsOf', {
			who: whoOf(ctx, claim),
			when: whenOf(ctx, claim)
		}),
		what,
		conclusion,
		claimChecks: cmp.claimChecks.map((c) => ({
			verdict: verdictModel(c.verdict, locale),
			sentence: sentence(ctx, c, '')
		})),
		tabulations,
		chart: chartFor(ctx, claim, atTime),
		responses: buildResponses(bundle, claim, locale),
		remarks: buildClaimRemarks(bundle, claim, locale)
	};
}

const midpoint = ([a, b]: [number, number]) => (a + b) / 2;

/**
 * Claims in time order. A date-only claim sits at the middle of its day (the opposition's 73.2 %
 * press conference, afternoon of 29 Jul, after the CNE's 00:06 reading); claims with no known date
 * come last, in data order.
 */
export function claimsInTimeOrder(bundle: ElectionBundle): Claim[] {
	const tz = bundle.election.timeZone;
	return bundle.claims
		.map((c, i) => ({
			c,
			i,
			t0: c.madeAt ? midpoint(whenBounds(c.madeAt, tz)) : Number.POSITIVE_INFINITY
		}))
		.sort((a, b) => a.t0 - b.t0 || a.i - b.i)
		.map((x) => x.c);
}

const SEVERITY_RANK: Record<Severity, number> = { serious: 0, warning: 1, info: 2 };

function findingModel(ctx: Ctx, f: Finding): FindingModel {
	const { bundle, locale, tz } = ctx;
	const tab = bundle.tabulations.find((x) => x.id === f.tabulation)!;
	const ids = 'snapshot' in f ? [f.snapshot] : f.snapshots;
	const snaps = ids.map((id) => tab.snapshots.find((s) => s.id === id)!);
	const label = (s: Snapshot) => s.label[locale];
	const release = snaps
		.map((s) =>
			t(locale, 'claims.findingRelease', {
				tabulation: tab.name[locale],
				snapshot: label(s),
				when: formatWhen(s.asOf, locale, tz)
			})
		)
		.join(' → ');
	const sources = [...new Set(snaps.flatMap((s) => s.sourceIds))];
	const text: string[] = [];
	let title: string;
	let roundTable: FindingModel['roundTable'];
	const k = (key: string) => key as MessageKey;
	switch (f.check) {
		case 'share-sum':
			title = t(locale, 'claims.f.share-sum.title');
			text.push(
				t(locale, f.passed ? 'claims.f.share-sum.ok' : 'claims.f.share-sum.bad', {
					count: f.numbers.count,
					sum: formatAnnouncedPercent(Number(f.numbers.sum.toFixed(4)), locale),
					tolerance: formatPoints(f.numbers.tolerance, locale, 2).replace(/^\+/, '')
				})
			);
			break;
		case 'announced-reproduces': {
			title = t(locale, 'claims.f.announced-reproduces.title');
			const bad = f.numbers.items.filter((i) => !i.ok);
			text.push(
				f.passed
					? t(locale, 'claims.f.announced-reproduces.ok', { count: f.numbers.items.length })
					: t(locale, 'claims.f.announced-reproduces.bad', {
							items: bad
								.map((i) =>
									t(locale, 'claims.f.announced-reproduces.item', {
										what: t(locale, k(`claims.f.what.${i.what}`), {
											name: i.contestant ? nameOf(ctx, i.contestant) : ''
										}),
										announced: formatAnnouncedPercent(i.announced, locale),
										computed: pct(i.computed, locale, 4)
									})
								)
								.join('; ')
						})
			);
			break;
		}
		case 'round-percentages': {
			const n = f.numbers;
			const step = formatAnnouncedPercent(n.stepPercent, locale);
			title = t(locale, 'claims.f.round-percentages.title', { step });
			text.push(
				t(locale, f.passed ? 'claims.f.round-percentages.ok' : 'claims.f.round-percentages.bad', {
					n: n.counts.length,
					maxD: formatInteger(n.maxWholeDistance, locale),
					step,
					total: formatInteger(n.total, locale),
					stepVotes: formatDecimal(n.stepVotes, locale, 3),
					free: n.freeCounts,
					prob: formatProbability(n.probability, locale)
				})
			);
			if (!f.passed) text.push(t(locale, 'claims.m.round'));
			roundTable = {
				caption: t(locale, 'claims.f.round.caption', { step }),
				head: [
					t(locale, 'claims.colCandidate'),
					t(locale, 'claims.f.round.colVotes'),
					t(locale, 'claims.f.round.colExact'),
					t(locale, 'claims.f.round.colRound'),
					t(locale, 'claims.f.round.colDistance')
				],
				rows: n.counts.map((c) => ({
					name: nameOf(ctx, c.contestant),
					votes: formatInteger(c.votes, locale),
					exact: pct(c.exactShare, locale, 7),
					round: formatAnnouncedPercent(c.roundShare, locale),
					distance: formatDecimal(c.distance, locale, 3)
				}))
			};
			break;
		}
		case 'monotonic': {
			title = t(locale, 'claims.f.monotonic.title');
			const [a, b] = snaps.map(label) as [string, string];
			const items = f.numbers.items
				.filter((i) => !i.ok)
				.map((i) =>
					t(locale, 'claims.f.monotonic.item', {
						name: nameOf(ctx, i.contestant),
						before: formatInteger(i.before, locale),
						after: formatInteger(i.after, locale)
					})
				);
			const { coverageBefore: cb, coverageAfter: ca } = f.numbers;
			if (cb !== undefined && ca !== undefined && ca < cb)
				items.push(
					t(locale, 'claims.f.monotonic.coverage', {
						before: pct(cb, locale),
						after: pct(ca, locale)
					})
				);
			text.push(
				f.passed
					? t(locale, 'claims.f.monotonic.ok', { a, b })
					: t(locale, 'claims.f.monotonic.bad', { a, b, items: items.join('; ') })
			);
			break;
		}
		case 'increments': {
			title = t(locale, 'claims.f.increments.title');
			const [a, b] = snaps.map(label) as [string, string];
			const n = f.numbers;
			const vars = {
				a,
				b,
				votesAdded: formatInteger(n.votesAdded, locale),
				unitsAdded:
					n.basis === 'units'
						? formatInteger(n.unitsAdded, locale)
						: formatDecimal(n.unitsAdded, locale, 2),
				perUnit: Number.isFinite(n.perUnitAdded) ? formatInteger(n.perUnitAdded, locale) : '—',
				average: formatInteger(n.averageBefore, locale),
				ratio: Number.isFinite(n.ratio) ? formatDecimal(n.ratio, locale, 2) : '—'
			};
			text.push(
				n.unitsAdded <= 0
					? t(locale, 'claims.f.increments.noUnits', vars)
					: t(
							locale,
							n.basis === 'units' ? 'claims.f.increments.units' : 'claims.f.increments.points',
							vars
						)
			);
			if (!f.passed) text.push(t(locale, 'claims.f.increments.odd'));
			break;
		}
		case 'turnout':
			title = t(locale, 'claims.f.turnout.title');
			text.push(
				t(locale, k(`claims.f.turnout.${f.numbers.limitKind}`), {
					voters: formatInteger(f.numbers.voters, locale),
					limit: formatInteger(f.numbers.limit, locale)
				})
			);
			if (!f.passed) text.push(t(locale, 'claims.f.turnout.bad'));
			break;
		case 'units':
			title = t(locale, 'claims.f.units.title');
			text.push(
				t(locale, 'claims.f.units.text', {
					counted: formatInteger(f.numbers.counted, locale),
					total: formatInteger(f.numbers.total, locale)
				})
			);
			if (!f.passed) text.push(t(locale, 'claims.f.units.bad'));
			break;
	}
	const cvs = snaps.flatMap((s) => (s.counterViews ?? []).filter((cv) => cv.check === f.check));
	return {
		id: f.id,
		derived: [],
		counterViews: cvs.map((cv) => ({
			text: cv.text[locale],
			sources: sourcesFor(bundle, cv.sourceIds)
		})),
		check: f.check,
		severity: f.severity,
		severityLabel: t(locale, `claims.severity.${f.severity}`),
		passed: f.passed,
		title,
		text,
		release,
		snapshotId: snaps[snaps.length - 1]!.id,
		asOf: snaps[snaps.length - 1]!.asOf,
		sources: sourcesFor(bundle, sources),
		roundTable
	};
}

/**
 * Integrity findings of every tabulation, serious first, passed checks last.
 * @example buildFindings(bundle, 'en')[0].title // 'Round percentages (0.1% steps)'
 */
export function buildFindings(bundle: ElectionBundle, locale: Locale): FindingModel[] {
	const tz = bundle.election.timeZone;
	const ctx: Ctx = { bundle, locale, tz };
	const findings = checkIntegrity(
		bundle.tabulations,
		{
			registered: bundle.election.registeredVoters?.count,
			unitsTotal: bundle.election.countingUnit.total?.count,
			groups: bundle.election.groups,
			candidates: bundle.election.candidates.map((c) => c.id)
		},
		(tab) => releaseOrder(tab, tz)
	);
	const models = new Map(findings.map((f) => [f.id, findingModel(ctx, f)]));
	for (const f of findings)
		if (f.derivedFrom) {
			const parent = models.get(f.derivedFrom);
			const child = models.get(f.id)!;
			if (parent) {
				child.text.unshift(tb(locale, 'basis.derivedFrom', { parent: parent.title }));
				parent.derived.push(child);
			}
		}
	return findings
		.filter((f) => !(f.derivedFrom && models.has(f.derivedFrom)))
		.map((f, i) => ({ f, i }))
		.sort((a, b) => SEVERITY_RANK[a.f.severity] - SEVERITY_RANK[b.f.severity] || a.i - b.i)
		.map(({ f }) => models.get(f.id)!);
}

export function buildMethod(locale: Locale): MethodSection[] {
	return (['time', 'outstanding', 'final', 'level', 'rounding', 'round', 'integrity'] as const).map(
		(k) => ({
			title: t(locale, `claims.m.${k}Title`),
			body: t(locale, `claims.m.${k}`)
		})
	);
}

/**
 * The full claims page: every card in time order, every finding, and how we check.
 * @example buildClaimsPage(bundle, 'es').cards.length // 10
 */
export function buildClaimsPage(bundle: ElectionBundle, locale: Locale): ClaimsPageModel {
	return {
		election: { id: bundle.election.id, name: bundle.election.name[locale] },
		cards: claimsInTimeOrder(bundle).map((c) => buildClaimCard(bundle, c, locale)),
		findings: buildFindings(bundle, locale),
		method: buildMethod(locale)
	};
}
