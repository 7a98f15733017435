import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';

// Placeholder until the statements area lands: the election page shows no statements section.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StatementsSummaryModel {}

/** The statements section of the election page, or undefined when there is nothing to show. */
export function buildStatementsSummary(
	_bundle: ElectionBundle,
	_locale: Locale
): StatementsSummaryModel | undefined {
	return undefined;
}
