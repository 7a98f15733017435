import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import {
	combineVerdicts,
	compareClaim,
	releaseOrder,
	timingOf,
	VERDICTS,
	type ClaimComparison,
	type Reason
} from './claims';
import { getElection } from '../server/load-dataset';
import { releaseContext } from './release';
import type { Claim } from '../schemas/claim';
import type { Tabulation } from '../schemas/tabulation';

const bundle = getElection('venezuela-2024')!;
const TZ = bundle.election.timeZone;
const claim = (id: string) => bundle.claims.find((c) => c.id === id)!;
const fixture = (name: string) =>
	JSON.parse(readFileSync(resolve('tests/fixtures/claims', name), 'utf8')) as Claim;
const RC = releaseContext(bundle.election);
const compare = (c: Claim) => compareClaim(c, bundle.tabulations, TZ, RC);
const against = (cmp: ClaimComparison, tab: string) => {
	const t = cmp.tabulations.find((x) => x.tabulation === tab);
	expect(t, `a comparison with ${tab}`).toBeDefined();
	return t!;
};
const reasons = <K extends Reason['kind']>(
	cmp: ClaimComparison,
	tab: string,
	kind: K
): Extract<Reason, { kind: K }>[] =>
	against(cmp, tab)
		.atClaimTime!.checks.map((c) => c.reason)
		.filter((r): r is Extract<Reason, { kind: K }> => r.kind === kind);
const OPP = 'opposition-tally-sheets';

describe('the CNE "irreversible" claim at bulletin 1 (fact sheet §1a–b)', () => {
	const cmp = compare(claim('cne-bulletin-1-irreversible'));

	it('is judged on bulletin 1, the release it announced', () => {
		expect(against(cmp, 'cne').atClaimTime!.snapshot).toBe('cne-bulletin-1');
	});

	it('has shares that match the counts, but a quality word the counts do not support', () => {
		const shares = reasons(cmp, 'cne', 'share');
		expect(shares.map((s) => s.contestant)).toEqual(['maduro', 'gonzalez', 'others']);
		expect(shares.every((s) => Math.abs(s.delta) < 1e-4)).toBe(true);
		const [q] = reasons(cmp, 'cne', 'quality');
		expect(q!.leads).toBe(true);
		expect(q!.decided).toBe(false);
		// González could still draw level with 64 % of the outstanding vote (61.7 % with minors).
		expect(q!.needed!).toBeCloseTo(0.64, 6);
		expect(q!.neededWithMinors!).toBeCloseTo(0.617, 6);
		expect(against(cmp, 'cne').verdict).toBe('not-established');
	});

	it('shows bulletin 2 as a later row that does not decide the verdict', () => {
		const rows = against(cmp, 'cne').rows;
		const later = rows.find((r) => r.snapshot === 'cne-bulletin-2')!;
		expect(later.timing).toBe('after');
		expect(later.isLatest).toBe(true);
		// Every assertion is tested against every release, with the same tolerance, whoever published it.
		expect(later.checks.map((c) => c.assertion)).toEqual([
			'winner',
			'shares',
			'shares',
			'shares',
			'quality'
		]);
	});
});

describe("the opposition's 67 % claim (31 Jul, fact sheet §2)", () => {
	const cmp = compare(claim('opposition-67-percent'));

	it('is impossible against the CNE partial counts: González would need ≈158 % of the rest', () => {
		const t = against(cmp, 'cne');
		expect(t.atClaimTime!.snapshot).toBe('cne-bulletin-1');
		expect(t.verdict).toBe('impossible');
		const g = reasons(cmp, 'cne', 'share').find((s) => s.contestant === 'gonzalez')!;
		expect(g.needed!).toBeGreaterThan(1.58);
		expect(g.needed!).toBeLessThan(1.59);
		expect(g.outstanding!).toBeCloseTo(2514693.5, 6);
	});

	it('is consistent with the opposition’s own 81.21 % release', () => {
		const t = against(cmp, OPP);
		expect(t.atClaimTime!.snapshot).toBe('opposition-81-21');
		expect(t.verdict).toBe('consistent');
		// 67 % is of voters (10,613,881): 7,119,768 / 10,613,881 = 67.08 %, the release's own base.
		const g = reasons(cmp, OPP, 'share').find((s) => s.contestant === 'gonzalez')!;
		expect(g.reported).toBeCloseTo(67.08, 2);
		expect(g.base).toBe('voters');
		expect(t.atClaimTime!.partialList).toBe(false);
	});
});

describe('other claims', () => {
	it("Machado's 70/30 at ~01:00: impossible against bulletin 1; no opposition release yet", () => {
		const cmp = compare(claim('machado-night-70-30'));
		expect(against(cmp, 'cne').verdict).toBe('impossible');
		const opp = against(cmp, OPP);
		expect(opp.atClaimTime).toBeUndefined();
		expect(opp.verdict).toBe('not-verifiable');
		// The 73.2 % release came in the afternoon (notBefore 12:00): after 01:00, not shown.
		expect(opp.rows.map((r) => [r.snapshot, r.timing])).toEqual([['opposition-83-5', 'after']]);
		// The same ±0.5 tolerance as for any claim: 67.08 % is not "70 %".
		const later = opp.rows[0]!;
		const g = later.checks.find(
			(c) => c.reason.kind === 'share' && c.reason.contestant === 'gonzalez'
		)!;
		expect(g.verdict).toBe('contradicted');
	});

	it('the US "majority" statement: contradicted by bulletin 1 (reachable), consistent with the opposition', () => {
		const cmp = compare(claim('us-gonzalez-won-majority'));
		const t = against(cmp, 'cne');
		expect(t.verdict).toBe('contradicted');
		const [m] = reasons(cmp, 'cne', 'majority');
		// (0.5 × 12,573,467.5 − 4,445,978) / 2,514,693.5 ≈ 73.2 % of the outstanding vote.
		expect(m!.needed!).toBeCloseTo(0.732, 3);
		expect(against(cmp, OPP).verdict).toBe('consistent');
		expect(against(cmp, OPP).atClaimTime!.snapshot).toBe('opposition-81-21');
	});

	it('the TSJ validation: not verifiable as such; Maduro as winner is impossible on the opposition count', () => {
		const cmp = compare(claim('tsj-validation'));
		expect(cmp.claimChecks).toEqual([
			{
				assertion: 'validates',
				verdict: 'not-verifiable',
				reason: { kind: 'validates', tabulation: 'cne' }
			}
		]);
		expect(against(cmp, 'cne').verdict).toBe('consistent');
		expect(against(cmp, OPP).verdict).toBe('impossible');
		expect(against(cmp, OPP).atClaimTime!.snapshot).toBe('opposition-83-5');
	});

	it('Carter Center and UN panel: nothing in the numbers can test them', () => {
		for (const id of ['carter-center-not-democratic', 'un-panel-transparency']) {
			const cmp = compare(claim(id));
			expect(cmp.tabulations).toEqual([]);
			expect(cmp.claimChecks.map((c) => [c.reason.kind, c.verdict])).toEqual([
				['process', 'not-verifiable']
			]);
		}
	});

	it('the "hacking" claim (§6.9): an event no published figure records is not verifiable', () => {
		const cmp = compare(claim('cne-transmission-attack'));
		expect(cmp.tabulations).toEqual([]);
		expect(cmp.claimChecks.map((c) => [c.reason.kind, c.verdict])).toEqual([
			['event', 'not-verifiable']
		]);
	});

	it('the round-percentages analysis is borne out by bulletin 1; Tao’s figure reproduces under the stated model', () => {
		const m = compare(claim('round-percentages-mowszet'));
		expect(m.tabulations.map((t) => [t.tabulation, t.verdict])).toEqual([['cne', 'consistent']]);
		const tao = compare(claim('round-percentages-tao'));
		const [c] = reasons(tao, 'cne', 'chance');
		expect(c!.computedOneIn).toBeGreaterThan(1.01e8);
		expect(c!.computedOneIn).toBeLessThan(1.02e8);
		expect(against(tao, 'cne').verdict).toBe('consistent');
	});

	it('the 73.2 % release is judged on the release it announced, same date or not', () => {
		const cmp = compare(claim('opposition-73-2-release'));
		expect(against(cmp, OPP).atClaimTime!.snapshot).toBe('opposition-73-2');
		expect(against(cmp, OPP).verdict).toBe('consistent');
	});
});

describe('timing', () => {
	const cne = bundle.tabulations.find((t) => t.id === 'cne')!;
	it('a date-only release on the day of a timed claim is "unknown-order", not before', () => {
		const c = fixture('claim-same-day-order-unknown.json');
		const b2 = cne.snapshots.find((s) => s.id === 'cne-bulletin-2')!;
		expect(timingOf(c, b2, TZ)).toBe('unknown-order');
		const t = compareClaim(c, [cne], TZ, RC).tabulations[0]!;
		expect(t.atClaimTime!.snapshot).toBe('cne-bulletin-1');
		expect(t.rows.map((r) => [r.snapshot, r.timing])).toEqual([
			['cne-bulletin-1', 'before'],
			['cne-bulletin-2', 'unknown-order']
		]);
	});
	it('a claim before any release is not verifiable at its time, and the latest release is still shown', () => {
		const c = fixture('claim-before-any-release.json');
		const t = compareClaim(c, [cne], TZ, RC).tabulations[0]!;
		expect(t.verdict).toBe('not-verifiable');
		expect(t.rows.map((r) => [r.snapshot, r.timing, r.isLatest])).toEqual([
			['cne-bulletin-2', 'after', true]
		]);
	});
	it('a claim with only a process assertion compares with no tabulation', () => {
		expect(
			compareClaim(fixture('claim-without-numbers.json'), bundle.tabulations, TZ, RC).tabulations
		).toEqual([]);
	});
	it('orders releases by their earliest possible instant', () => {
		expect(releaseOrder(cne, TZ).map((s) => s.id)).toEqual(['cne-bulletin-1', 'cne-bulletin-2']);
	});
});

describe('properties', () => {
	it('combineVerdicts: impossible wins, not-verifiable only when alone', () => {
		fc.assert(
			fc.property(fc.array(fc.constantFrom(...VERDICTS)), (vs) => {
				const v = combineVerdicts(vs);
				if (vs.includes('impossible')) expect(v).toBe('impossible');
				else if (vs.includes('contradicted')) expect(v).toBe('contradicted');
				else if (vs.includes('not-established')) expect(v).toBe('not-established');
				else if (vs.includes('consistent')) expect(v).toBe('consistent');
				else expect(v).toBe('not-verifiable');
			})
		);
	});

	it('a shares claim equal to the reported computed shares is consistent; never throws; input untouched', () => {
		fc.assert(
			fc.property(
				fc.array(fc.integer({ min: 1, max: 5_000_000 }), { minLength: 2, maxLength: 5 }),
				fc.integer({ min: 1, max: 100 }),
				(votes, coverage) => {
					const tab: Tabulation = {
						id: 't',
						name: { es: 't', en: 't' },
						kind: 'official-bulletins',
						official: true,
						publisher: 'p',
						snapshots: [
							{
								id: 's',
								label: { es: 's', en: 's' },
								asOf: '2030-01-01T00:00:00+00:00',
								coverage: { announcedPercent: coverage },
								results: votes.map((v, i) => ({ contestant: `c${i}`, votes: v })),
								totals: {},
								regions: [],
								sourceIds: ['x']
							}
						]
					};
					const total = votes.reduce((a, b) => a + b, 0);
					const c: Claim = {
						id: 'c',
						actor: 'a',
						madeAt: '2030-01-02T00:00:00+00:00',
						quote: { text: 'x', lang: 'es', kind: 'paraphrase', translations: {} },
						assertions: [
							{
								kind: 'shares',
								shares: votes.map((v, i) => ({
									contestant: `c${i}`,
									percent: Number(((v / total) * 100).toFixed(2))
								})),
								base: 'valid'
							}
						],
						secondHand: false,
						sourceIds: ['x']
					};
					const before = JSON.stringify([tab, c]);
					const cmp = compareClaim(c, [tab], 'UTC', { candidates: [], groups: [] });
					expect(JSON.stringify([tab, c])).toBe(before);
					expect(cmp.tabulations[0]!.verdict).toBe('consistent');
				}
			)
		);
	});
});
