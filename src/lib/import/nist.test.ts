import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { listNistContests, readNistContest } from './nist';

const sample = JSON.parse(
	readFileSync(resolve('tests/fixtures/nist/sample-err-gen-01.json'), 'utf8')
) as {
	Election: {
		Contest: {
			'@id': string;
			ContestSelection: {
				'@id': string;
				IsWriteIn?: boolean;
				VoteCounts?: { GpUnitId: string; Count: number }[];
			}[];
		}[];
	}[];
};

/** Independent sum: counts of the units other than the county, which holds their total. */
function independent(contestId: string) {
	const c = sample.Election[0]!.Contest.find((x) => x['@id'] === contestId)!;
	const out = new Map<string, number>();
	for (const s of c.ContestSelection) {
		const key = s.IsWriteIn ? 'write-in' : s['@id'];
		const sum = (s.VoteCounts ?? [])
			.filter((v) => v.GpUnitId !== 'ru-county-1')
			.reduce((a, v) => a + v.Count, 0);
		out.set(key, (out.get(key) ?? 0) + sum);
	}
	return out;
}

describe('NIST SP 1500-100 v2 reader', () => {
	it('lists the sample’s contests with their types', () => {
		const [e] = listNistContests(sample);
		expect(e!.contests).toHaveLength(19);
		expect(e!.contests[1]).toEqual({
			id: 'cc-president',
			name: 'President and Vice President of the United States',
			type: 'CandidateContest'
		});
		expect(e!.contests.filter((c) => c.type === 'BallotMeasureContest')).toHaveLength(3);
	});

	for (const id of ['cc-president', 'cc-senate', 'cc-county-assessor'])
		it(`sums ${id} over the reporting units and count types as an independent sum does`, () => {
			const c = readNistContest(sample, id);
			expect(c.errors).toEqual([]);
			const want = independent(id);
			for (const cand of c.candidates)
				expect(c.totals.get(cand.selectionId)).toBe(want.get(cand.selectionId));
			expect(c.writeIns).toBe(want.get('write-in') ?? 0);
			expect(c.countTypes).toEqual(['total']);
			expect(c.units[0]).toMatchObject({ id: 'ru-county-1', depth: 0 });
			expect(c.units.slice(1).every((u) => u.parent === 'ru-county-1')).toBe(true);
		});

	it('names tickets, parties and what it leaves out by JSON path', () => {
		const c = readNistContest(sample, 'cc-president');
		expect(c.candidates[0]).toEqual({
			selectionId: 'cs-president-hb',
			fullName: 'Harry Brown / Jim Doyle',
			shortName: 'Harry Brown',
			party: 'Libertarian'
		});
		expect(c.unsupported).toContain(
			'Election[0].Contest[1].OtherCounts: overvotes, undervotes and the like are not imported'
		);
	});

	it('refuses a ballot measure and an unknown contest, and a county total that disagrees with its units', () => {
		expect(readNistContest(sample, 'bm-proposal-1').errors[0]).toBe(
			'Election[0].Contest[8]: expected a CandidateContest, got a BallotMeasureContest (ballot measures and party contests are not supported)'
		);
		expect(readNistContest(sample, 'nope').errors[0]).toMatch(
			/^--contest: expected one of spc-1, cc-president/
		);
		const broken = structuredClone(sample);
		broken.Election[0]!.Contest[1]!.ContestSelection[0]!.VoteCounts![0]!.Count = 13;
		expect(readNistContest(broken, 'cc-president').errors).toEqual([
			'Election[0].Contest[1]: expected the counts of ru-county-1 for cs-president-hb (13) to equal the sum of its reporting units (12)'
		]);
	});

	it('cleans names with stray spaces', () => {
		const messy = structuredClone(sample) as unknown as {
			Election: { Candidate: { BallotName: { Text: { Content: string }[] } }[] }[];
		};
		messy.Election[0]!.Candidate[0]!.BallotName.Text[0]!.Content = '  Harry   Brown ';
		expect(readNistContest(messy, 'cc-president').candidates[0]?.shortName).toBe('Harry Brown');
	});
});
