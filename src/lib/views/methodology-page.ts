import type { ElectionBundle } from '../data/bundle';
import { t, type Locale } from '../i18n';
import { formatAnnouncedPercent, formatInteger, formatPercent, formatPoints } from '../i18n/format';
import { roundEstimate } from '../results/outstanding';
import { buildOutstanding, type OutstandingModel } from './snapshot-outstanding';
import { orderedTabulations } from './results-section';

/** One estimate's worked arithmetic: its name and one line per step. */
export interface WorkedEstimate {
	method: string;
	lines: string[];
}

/** The worked arithmetic of one release. */
export interface WorkedSnapshot {
	snapshotId: string;
	label: string;
	tabulationName: string;
	/** Coverage, votes counted and lead. */
	lines: string[];
	estimates: WorkedEstimate[];
	sentence: string;
}

export interface MethodologyPageModel {
	election: { id: string; name: string };
	worked: WorkedSnapshot[];
}

const pct = (share: number, locale: Locale, digits = 2) =>
	formatPercent(share * 100, locale, digits);

/**
 * The steps of the outstanding-vote arithmetic for one release, written with its real numbers
 * (every number here comes from `buildOutstanding`, i.e. from `analyseOutstanding`).
 * @example workedArithmetic(bulletin1, 'es').estimates[0].lines[0]
 * // 'O = 10.058.774 × (1 − 80 %) ÷ 80 % = 2.514.694'
 */
export function workedArithmetic(m: OutstandingModel, locale: Locale): WorkedSnapshot {
	const int = (n: number) => formatInteger(roundEstimate(n), locale);
	const f =
		m.coverage === undefined
			? undefined
			: m.coverageBasis === 'announced' && m.announcedCoverage !== undefined
				? formatAnnouncedPercent(m.announcedCoverage, locale)
				: formatPercent(m.coverage * 100, locale, 4);
	const lines: string[] = [];
	if (f !== undefined)
		lines.push(
			t(locale, 'results.methodology.step.coverage', {
				f:
					m.coverageBasis === 'units' && m.unitsCounted !== undefined && m.unitsTotal !== undefined
						? `${int(m.unitsCounted)} ÷ ${int(m.unitsTotal)} = ${f}`
						: f
			})
		);
	lines.push(
		t(locale, 'results.methodology.step.counted', {
			terms: m.votes.map(int).join(' + '),
			counted: int(m.counted)
		})
	);
	if (m.leader && m.runnerUp)
		lines.push(
			t(locale, 'results.methodology.step.margin', {
				leaderVotes: int(m.leader.votes),
				runnerUpVotes: int(m.runnerUp.votes),
				margin: int(m.marginVotes),
				points: Number.isFinite(m.marginPoints)
					? formatPoints(m.marginPoints, locale, 2).replace(/^\+/, '')
					: '—'
			})
		);
	const estimates: WorkedEstimate[] = m.estimates.map((e) => {
		const out = int(e.outstanding);
		const l: string[] = [];
		if (e.method === 'unit-average')
			l.push(
				t(locale, 'results.methodology.step.unitAverage', {
					counted: int(m.counted),
					f: f!,
					outstanding: out
				})
			);
		else if (m.electorsOnCountedUnits !== undefined)
			l.push(
				t(locale, 'results.methodology.step.registeredUnits', {
					registered: int(m.registered!),
					electors: int(m.electorsOnCountedUnits),
					turnout: formatAnnouncedPercent(m.turnoutPercent!, locale),
					outstanding: out
				})
			);
		else
			l.push(
				t(locale, 'results.methodology.step.registeredShare', {
					registered: int(m.registered!),
					f: f!,
					turnout: formatAnnouncedPercent(m.turnoutPercent!, locale),
					outstanding: out
				})
			);
		if (e.outstanding === 0) l.push(t(locale, 'results.methodology.complete'));
		else {
			l.push(
				t(locale, 'results.methodology.step.twoWay', {
					margin: int(m.marginVotes),
					outstanding: out,
					needed: pct(e.neededShare, locale)
				})
			);
			l.push(
				e.minorShare > 0
					? t(locale, 'results.methodology.step.minors', {
							minor: pct(e.minorShare, locale),
							margin: int(m.marginVotes),
							outstanding: out,
							needed: pct(e.neededShareWithMinors, locale)
						})
					: t(locale, 'results.methodology.noMinors')
			);
		}
		return { method: t(locale, `results.methodology.method.${e.method}`), lines: l };
	});
	return {
		snapshotId: m.snapshotId,
		label: m.label,
		tabulationName: m.tabulationName,
		lines,
		estimates,
		sentence: m.sentence
	};
}

/**
 * The results methodology page: the formulas (static text in the catalogue) and the worked
 * arithmetic of every release of every tabulation, official first.
 */
export function buildMethodologyPage(bundle: ElectionBundle, locale: Locale): MethodologyPageModel {
	return {
		election: { id: bundle.election.id, name: bundle.election.name[locale] },
		worked: orderedTabulations(bundle).flatMap((tab) =>
			tab.snapshots.map((s) => workedArithmetic(buildOutstanding(bundle, tab, s, locale), locale))
		)
	};
}
