import type { ElectionBundle } from '$lib/data/bundle';
import type { Locale } from '$lib/i18n';
import { buildFindings, type FindingModel } from './claims-page';

/**
 * The integrity findings whose full text, tables and citation live on a release's page of checks
 * (`/snapshots/<id>/findings/`): those about that release, and those comparing it with the release
 * before it. Derived findings stay under their parent. Same order as the claims page (serious
 * first, passed checks last).
 * @example releaseFindings(venezuela, 'cne-bulletin-1', 'en').map((f) => f.id)[0]
 * // 'round-percentages:cne-bulletin-1:0.1'
 */
export function releaseFindings(
	bundle: ElectionBundle,
	snapshotId: string,
	locale: Locale,
	findings: FindingModel[] = buildFindings(bundle, locale)
): FindingModel[] {
	return findings.filter((f) => f.snapshotId === snapshotId);
}

/** Every release that has a page of checks, in the order the findings name them. */
export function findingSnapshotIds(bundle: ElectionBundle): string[] {
	return [...new Set(buildFindings(bundle, 'es').map((f) => f.snapshotId))];
}

/** A finding and everything derived from it, depth first. */
export function withDerived(findings: readonly FindingModel[]): FindingModel[] {
	return findings.flatMap((f) => [f, ...withDerived(f.derived)]);
}

/**
 * The line on a release's page: how many of its checks found a problem and how many passed
 * (derived findings counted with the rest), or undefined when it has none.
 */
export function releaseFindingsCount(
	findings: readonly FindingModel[]
): { problems: number; passed: number } | undefined {
	const all = withDerived(findings);
	if (all.length === 0) return undefined;
	const passed = all.filter((f) => f.passed).length;
	return { problems: all.length - passed, passed };
}
