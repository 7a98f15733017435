import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';

// Placeholder until the states area lands: the election page shows no states section.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface StatesSummaryModel {}

/** The states section of the election page, or undefined when there is nothing to show. */
export function buildStatesSummary(
	_bundle: ElectionBundle,
	_locale: Locale
): StatesSummaryModel | undefined {
	return undefined;
}
