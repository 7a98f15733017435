import type { ElectionBundle } from '../data/bundle';
import type { Locale, When } from '../schemas/common';
import type { Coverage } from '../schemas/tabulation';
import { whenBounds } from '../i18n/format';
import type { Verdict } from '../results/outstanding';
import type { ResultsSectionModel } from './results-section';

/**
 * How long after its newest release an election still counts as live: the page then says it
 * checks for new data every 60 s and mounts the poller. Decided from the data (the releases'
 * times) against the build's time, not from a flag an editor must remember to clear: two days
 * cover a count that runs through a night and the next day; a count silent for longer is not
 * "going on" any more, and a page built after that has nothing to poll for.
 */
export const LIVE_WINDOW_MS = 2 * 24 * 60 * 60 * 1000;

/** One tabulation as the first screen answers it: who leads, by how much, how much is counted. */
export interface AnswerTabulation {
	id: string;
	name: string;
	official: boolean;
	snapshotId: string;
	label: string;
	asOf: When;
	timeZone: string;
	leader: string | undefined;
	runnerUp: string | undefined;
	tie: boolean;
	marginVotes: number;
	/** Lead in points of the votes counted (NaN when nothing was counted). */
	marginPoints: number;
	coverage: Coverage;
	/** "Can it still change?" for this release, from the outstanding-vote arithmetic. */
	verdict: Verdict | 'complete';
	/** Share (0–1+) of the outstanding vote the runner-up would need (unit-average estimate). */
	needed: number | undefined;
	/** The release's first source, cited beside the figures. */
	source: { publisher: string; url: string; lang: string } | undefined;
}

/**
 * The answer per tabulation, from the results model (so it follows the live updates): the latest
 * release's leader and margin, and its row of "Could it still change?" (a release at 100 % has
 * none: nothing is left to count).
 * @example answerFromResults(buildResultsSection(bundle, 'es'))[0].leader // 'Maduro'
 */
export function answerFromResults(results: ResultsSectionModel): AnswerTabulation[] {
	return results.tabulations.map((tab) => {
		const l = tab.latest;
		const o = results.outstanding.find((x) => x.snapshotId === l.snapshotId);
		const first = l.rows[0];
		const second = l.rows[1];
		return {
			id: tab.id,
			name: tab.name,
			official: tab.official,
			snapshotId: l.snapshotId,
			label: l.label,
			asOf: l.asOf,
			timeZone: l.timeZone,
			leader: first?.shortName,
			runnerUp: second?.shortName,
			tie: l.margin.tie,
			marginVotes: l.margin.votes,
			marginPoints: l.margin.points,
			coverage: l.coverage,
			verdict: o ? o.verdict : 'complete',
			needed: o?.estimates[0]?.neededShare,
			source: l.sources[0] && {
				publisher: l.sources[0].publisher,
				url: l.sources[0].url,
				lang: l.sources[0].lang
			}
		};
	});
}

/** The state of the election in one line, from the data. */
export interface ElectionStatus {
	timeZone: string;
	/** The newest release of any tabulation. */
	lastRelease: When | undefined;
	/** The newest dated official act after the newest release (a ruling, a proclamation). */
	laterEvent: { date: When; title: string } | undefined;
	/** The count is going on: the page polls for new data and says so. */
	live: boolean;
}

/**
 * Whether the election is still being counted at `now` (the build's time): its newest release is
 * less than `LIVE_WINDOW_MS` old. A date-only release counts from the end of its day.
 * @example isLive(['2024-08-06'], 'America/Caracas', Date.parse('2026-11-30')) // false
 */
export function isLive(releases: When[], timeZone: string, now: number): boolean {
	if (releases.length === 0) return false;
	const newest = Math.max(...releases.map((w) => whenBounds(w, timeZone)[1]));
	return now - newest < LIVE_WINDOW_MS;
}

/**
 * The status line of the election page: the newest release, the official act that followed it
 * (events.json), and whether the count is live at `now`.
 * @example buildElectionStatus(bundle, 'en', Date.parse('2026-11-30')).laterEvent?.title
 * // 'TSJ Electoral Chamber ruling'
 */
export function buildElectionStatus(
	bundle: ElectionBundle,
	locale: Locale,
	now: number
): ElectionStatus {
	const timeZone = bundle.election.timeZone;
	const end = (w: When) => whenBounds(w, timeZone)[1];
	const releases = bundle.tabulations
		.flatMap((t) => t.snapshots.map((s) => s.asOf))
		.sort((a, b) => end(a) - end(b));
	const lastRelease = releases.at(-1);
	// Acts after the newest release and not after the build's time (a scheduled deadline has not
	// happened yet).
	const later = bundle.events
		.filter((e) => lastRelease === undefined || whenBounds(e.date, timeZone)[0] > end(lastRelease))
		.filter((e) => whenBounds(e.date, timeZone)[0] <= now)
		.sort((a, b) => end(b.date) - end(a.date))[0];
	return {
		timeZone,
		lastRelease,
		laterEvent: later && { date: later.date, title: later.title[locale] },
		live: isLive(releases, timeZone, now)
	};
}
