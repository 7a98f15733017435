import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';

// Placeholder until the claims area lands: the election page shows no claims section.
// eslint-disable-next-line @typescript-eslint/no-empty-object-type
export interface ClaimsSummaryModel {}

/** The claims section of the election page, or undefined when there is nothing to show. */
export function buildClaimsSummary(
	_bundle: ElectionBundle,
	_locale: Locale
): ClaimsSummaryModel | undefined {
	return undefined;
}
