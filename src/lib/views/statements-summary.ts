import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Stance } from '../schemas/statement';
import { stanceSeries } from '../results/stances';
import { buildStatementViews, finalCounts, type StanceCount } from './statements-page';

/** One of the latest statements, as the election page lists it. */
export interface SummaryStatement {
	id: string;
	date: string;
	dateApprox: boolean;
	actors: string;
	stance: Stance;
	unconfirmed: boolean;
}

/** The statements section of the election page: counts by stance and the latest statements. */
export interface StatementsSummaryModel {
	/** Day of the last statement; the counts are "as of" it. */
	asOf: string;
	counts: StanceCount[];
	statementCount: number;
	actorCount: number;
	/** Newest first. */
	latest: SummaryStatement[];
}

/** How many of the newest statements the election page lists. */
export const SUMMARY_LATEST = 5;

/**
 * The statements section of the election page, or undefined when there are no statements.
 * Counts are governments at their latest stance (joint statements count for each signatory).
 * @example buildStatementsSummary(bundle, 'en')?.latest[0].actors // 'United States'
 */
export function buildStatementsSummary(
	bundle: ElectionBundle,
	locale: Locale
): StatementsSummaryModel | undefined {
	if (bundle.statements.length === 0) return undefined;
	const views = buildStatementViews(bundle, locale);
	const series = stanceSeries(bundle.statements, bundle.actors);
	const last = views.at(-1)!;
	return {
		asOf: series.days.at(-1) ?? last.date,
		counts: finalCounts(series),
		statementCount: views.length,
		actorCount: new Set(views.flatMap((v) => v.actorIds)).size,
		latest: views
			.slice(-SUMMARY_LATEST)
			.reverse()
			.map((v) => ({
				id: v.id,
				date: v.date,
				dateApprox: v.dateApprox,
				actors: v.actors.map((a) => a.name).join(', '),
				stance: v.stance,
				unconfirmed: v.unconfirmed.length > 0
			}))
	};
}
