import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import type { ElectionBundle } from '../data/bundle';
import { buildResultsSection } from './results-section';
import { answerFromResults, buildElectionStatus, isLive, LIVE_WINDOW_MS } from './election-answer';

const bundle = getElection('venezuela-2024') as ElectionBundle;
const after = Date.parse('2026-11-30T12:00:00Z');

describe('answerFromResults (Venezuela 2024)', () => {
	const [cne, opposition] = answerFromResults(buildResultsSection(bundle, 'es'));

	it('answers each count from its latest release, official first', () => {
		expect(cne).toMatchObject({ snapshotId: 'cne-bulletin-2', leader: 'Maduro' });
		expect(cne!.runnerUp).toBe('González');
		// Fact sheet §1c: 6,408,844 − 5,326,104.
		expect(cne!.marginVotes).toBe(1_082_740);
		expect(opposition).toMatchObject({ snapshotId: 'opposition-83-5', leader: 'González' });
		// Fact sheet §2: 7,303,480 − 3,316,142.
		expect(opposition!.marginVotes).toBe(3_987_338);
		expect(opposition!.coverage.unitsCounted).toBe(25_073);
	});

	it('says whether it can still change from the outstanding-vote arithmetic', () => {
		// Neither count is complete; in both the runner-up needs more than all that is left.
		expect(cne!.verdict).toBe('decided');
		expect(cne!.needed).toBeGreaterThan(1);
		expect(opposition!.verdict).toBe('decided');
		expect(opposition!.source?.url).toMatch(/^https?:\/\//);
	});

	it('calls a release at 100 % complete', () => {
		const results = buildResultsSection(bundle, 'es');
		const done = {
			...results,
			outstanding: results.outstanding.filter((o) => o.snapshotId !== 'cne-bulletin-2')
		};
		expect(answerFromResults(done)[0]!.verdict).toBe('complete');
	});
});

describe('buildElectionStatus', () => {
	it('names the newest release and the official act after it, from events.json', () => {
		const s = buildElectionStatus(bundle, 'en', after);
		expect(s.lastRelease).toBe('2024-08-06');
		expect(s.laterEvent).toEqual({ date: '2024-08-22', title: 'TSJ Electoral Chamber ruling' });
		expect(s.live).toBe(false);
	});

	it('does not show an act dated after the build, and is live the day after a release', () => {
		const s = buildElectionStatus(bundle, 'es', Date.parse('2024-08-07T12:00:00-04:00'));
		expect(s.live).toBe(true);
		expect(s.laterEvent).toBeUndefined();
	});
});

describe('isLive', () => {
	const release = '2024-07-29T00:06:00-04:00';
	it('is live within the window after the newest release and not after it', () => {
		const t = Date.parse(release);
		expect(isLive([release], 'America/Caracas', t + 1000)).toBe(true);
		expect(isLive([release], 'America/Caracas', t + LIVE_WINDOW_MS + 1)).toBe(false);
		expect(isLive([], 'America/Caracas', t)).toBe(false);
	});
	it('counts a date-only release from the end of its day in the election’s zone', () => {
		// 2 Aug ends at 2024-08-03T04:00Z in Caracas.
		const end = Date.parse('2024-08-03T04:00:00Z');
		expect(isLive(['2024-08-02'], 'America/Caracas', end + LIVE_WINDOW_MS - 2)).toBe(true);
		expect(isLive(['2024-08-02'], 'America/Caracas', end + LIVE_WINDOW_MS)).toBe(false);
	});
});
