/**
 * The models of the chart embeds (coverage timeline, states map, statements map, claim card), live
 * or pinned. A live embed shows the election as the build knows it (the latest release of each
 * tabulation); a pinned one shows it as of one release: only the releases published at or before
 * it, the statements published by then, and a claim compared with those releases alone.
 * Pure: every page builder it calls is the full page's own.
 */
import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { whenBounds } from '../i18n/format';
import { orderedTabulations } from './results-section';
import { buildTimelineModel } from './results-charts';
import type { TimelineModel } from '../charts/timeline.config';
import {
	buildStatesSnapshotView,
	latestRegionSnapshots,
	type StatesSnapshotView
} from './states-page';
import { buildStanceMap, type StanceMapModel } from './statements-map';
import { buildClaimCard, type ClaimCardModel } from './claims-page';
import { buildSnapshotTable, releaseInfo, type ReleaseInfo } from './snapshot-table';
import type { EmbedChart } from './embed-urls';

/** The chart embeds other than the headline results (which have their own page). */
export type ChartEmbedKind = Exclude<EmbedChart, 'results'>;
export const CHART_EMBED_PATHS = ['coverage', 'states', 'statements'] as const;

export interface ChartEmbedTarget {
	chart: ChartEmbedKind;
	/** Pinned to this release; live when undefined. */
	snapshot?: string;
	claim?: string;
}

interface Base {
	/** The release a pinned embed is fixed to, with its source and time; undefined when live. */
	pinned: ReleaseInfo | undefined;
	/** The latest release of each tabulation the embed shows (official first): what it cites. */
	releases: ReleaseInfo[];
}

export type ChartEmbedModel = Base &
	(
		| { chart: 'coverage'; timeline: TimelineModel }
		| { chart: 'states'; views: StatesSnapshotView[]; withoutRegions: string[] }
		| { chart: 'statements'; map: StanceMapModel; total: number }
		| { chart: 'claim'; card: ClaimCardModel }
	);

/** A release and its tabulation, by the release's id. */
export function findRelease(
	bundle: ElectionBundle,
	snapshotId: string
): { tabulation: Tabulation; snapshot: Snapshot } | undefined {
	for (const tabulation of bundle.tabulations) {
		const snapshot = tabulation.snapshots.find((s) => s.id === snapshotId);
		if (snapshot) return { tabulation, snapshot };
	}
	return undefined;
}

/**
 * The election as known when a release came out: the releases, statements, claims and events
 * published at or before it. An item dated without a time counts from the end of its day (the
 * opposition's date-only 73.2 % release came after the CNE's 00:06 bulletin of the same day);
 * for a date-only release, everything of its day counts. Tabulations with no release yet are left out.
 * @example bundleAsOf(bundle, 'cne-bulletin-1').tabulations.length // 1
 */
export function bundleAsOf(bundle: ElectionBundle, snapshotId: string): ElectionBundle {
	const found = findRelease(bundle, snapshotId);
	if (!found) throw new Error(`unknown release ${snapshotId}`);
	const tz = bundle.election.timeZone;
	const end = whenBounds(found.snapshot.asOf, tz)[1];
	// Known by then: a dated item whose whole day (or instant) is at or before the release.
	const known = (when: string | undefined) => when !== undefined && whenBounds(when, tz)[1] <= end;
	return {
		...bundle,
		tabulations: bundle.tabulations
			.map((t) => ({
				...t,
				snapshots: t.snapshots.filter((s) => s === found.snapshot || known(s.asOf))
			}))
			.filter((t) => t.snapshots.length > 0),
		statements: bundle.statements.filter((s) => known(s.date)),
		claims: bundle.claims.filter((c) => known(c.madeAt)),
		events: bundle.events.filter((e) => known(e.date))
	};
}

/** The latest release of each tabulation (official first), with source and time. */
function latestReleases(bundle: ElectionBundle, locale: Locale): ReleaseInfo[] {
	return orderedTabulations(bundle).map((t) =>
		releaseInfo(bundle, t, t.snapshots[t.snapshots.length - 1]!, locale)
	);
}

/**
 * The model of one chart embed, or undefined when the view does not exist (an unknown release or
 * claim, a release without results by state, a claim made after the pinned release).
 * @example buildChartEmbed(bundle, 'en', { chart: 'coverage', snapshot: 'cne-bulletin-1' })?.pinned?.label // 'CNE bulletin 1'
 */
export function buildChartEmbed(
	full: ElectionBundle,
	locale: Locale,
	target: ChartEmbedTarget
): ChartEmbedModel | undefined {
	let pinned: ReleaseInfo | undefined;
	let bundle = full;
	if (target.snapshot !== undefined) {
		const found = findRelease(full, target.snapshot);
		if (!found) return undefined;
		pinned = releaseInfo(full, found.tabulation, found.snapshot, locale);
		bundle = bundleAsOf(full, target.snapshot);
	}
	const releases = latestReleases(bundle, locale);
	switch (target.chart) {
		case 'coverage':
			// The election page's timeline (buildResultsSection), without the rest of that section.
			return {
				chart: 'coverage',
				pinned,
				releases,
				timeline: buildTimelineModel(
					bundle,
					orderedTabulations(bundle).map((tab) => ({
						official: tab.official,
						name: tab.name[locale],
						snapshots: tab.snapshots.map((s) => buildSnapshotTable(bundle, tab, s, locale))
					})),
					locale
				)
			};
		case 'states': {
			const pairs = pinned
				? [findRelease(full, pinned.snapshotId)!].filter((x) => x.snapshot.regions.length > 0)
				: latestRegionSnapshots(bundle);
			if (pairs.length === 0) return undefined;
			const views = pairs.map((p) =>
				buildStatesSnapshotView(full, p.tabulation, p.snapshot, locale)
			);
			const shown = new Set(pairs.map((p) => p.tabulation.id));
			return {
				chart: 'states',
				pinned,
				releases: views,
				views,
				withoutRegions: orderedTabulations(bundle)
					.filter((t) => !shown.has(t.id))
					.map((t) => t.name[locale])
			};
		}
		case 'statements': {
			const map = buildStanceMap(bundle, locale);
			return { chart: 'statements', pinned, releases, map, total: map.countries.length };
		}
		case 'claim': {
			const claim = bundle.claims.find((c) => c.id === target.claim);
			if (!claim) return undefined;
			return { chart: 'claim', pinned, releases, card: buildClaimCard(bundle, claim, locale) };
		}
	}
}

/**
 * Which chart embeds exist for an election: every live one, and the pinned ones per release (a
 * states map only for a release with results by state, a claim only against releases published at
 * or after it).
 */
export function chartEmbedEntries(bundle: ElectionBundle): ChartEmbedTarget[] {
	const releases = bundle.tabulations.flatMap((t) => t.snapshots.map((s) => s.id));
	const live: ChartEmbedTarget[] = [
		{ chart: 'coverage' },
		...(latestRegionSnapshots(bundle).length > 0 ? [{ chart: 'states' as const }] : []),
		{ chart: 'statements' },
		...bundle.claims.map((c) => ({ chart: 'claim' as const, claim: c.id }))
	];
	const pinned = releases.flatMap((snapshot): ChartEmbedTarget[] => {
		const asOf = bundleAsOf(bundle, snapshot);
		return [
			{ chart: 'coverage', snapshot },
			...(findRelease(bundle, snapshot)!.snapshot.regions.length > 0
				? [{ chart: 'states' as const, snapshot }]
				: []),
			{ chart: 'statements', snapshot },
			...asOf.claims.map((c) => ({ chart: 'claim' as const, snapshot, claim: c.id }))
		];
	});
	return [...live, ...pinned];
}
