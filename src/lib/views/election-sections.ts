import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildFindings } from './claims-page';
import { latestRegionSnapshots } from './states-page';

/**
 * The one-line summaries of the election's other pages, as the election page links them: how many
 * states, claims (and serious findings) and statements each holds. A page with nothing to show is
 * `undefined` (and not linked).
 */
export interface ElectionSections {
	states: { regions: number } | undefined;
	claims: { claims: number; seriousFindings: number } | undefined;
	statements: { statements: number; actors: number } | undefined;
}

/**
 * @example buildElectionSections(bundle, 'es').states // { regions: 24 }
 */
export function buildElectionSections(bundle: ElectionBundle, locale: Locale): ElectionSections {
	const [firstRegions] = latestRegionSnapshots(bundle);
	return {
		states: firstRegions && { regions: firstRegions.snapshot.regions.length },
		claims:
			bundle.claims.length > 0
				? {
						claims: bundle.claims.length,
						seriousFindings: buildFindings(bundle, locale).filter((f) => f.severity === 'serious')
							.length
					}
				: undefined,
		statements:
			bundle.statements.length > 0
				? {
						statements: bundle.statements.length,
						actors: new Set(bundle.statements.flatMap((s) => s.actors)).size
					}
				: undefined
	};
}
