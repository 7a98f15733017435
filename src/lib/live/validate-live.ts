/**
 * Validation of fetched data in the browser, loaded only when a fetched file differs from the last
 * good one (dynamic import): zod and the schemas stay out of the page's first-load JavaScript.
 */
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildResultsSection, type ResultsSectionModel } from '../views/results-section';
import { bundleToRawFiles, formatBundleError } from './bundle-files';
import type { ValidationResult } from './poller';

/** What the live page keeps of good data: the bundle and the results model built from it. */
export interface LiveData {
	bundle: ElectionBundle;
	results: ResultsSectionModel;
}

/**
 * Validate fetched bundle JSON with the build's own rules and build the results model from it.
 * `changed` says whether that model differs from what the page shows now.
 * @example validateLive(json, 'venezuela-2024', 'es', shown) // { ok: true, bundle: { bundle, results }, changed: false }
 */
export function validateLive(
	json: unknown,
	electionId: string,
	locale: Locale,
	shown: ResultsSectionModel
): ValidationResult<LiveData> {
	const { bundle, errors } = validateElectionFiles(bundleToRawFiles(json, electionId));
	if (!bundle) return { ok: false, errors: errors.map(formatBundleError) };
	const results = buildResultsSection(bundle, locale);
	return {
		ok: true,
		bundle: { bundle, results },
		changed: JSON.stringify(results) !== JSON.stringify(shown)
	};
}
