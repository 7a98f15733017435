import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	analyseOutstanding,
	coverageFraction,
	neededShareForFinalShare,
	neededShareToDrawLevel
} from './outstanding';

// CNE bulletin 1 (fact sheet §1b): 80 % announced, three contestants.
const bulletin1 = {
	results: [
		{ contestant: 'maduro', votes: 5150092 },
		{ contestant: 'gonzalez', votes: 4445978 },
		{ contestant: 'others', votes: 462704 }
	],
	coverage: { announcedPercent: 80 }
};

describe('analyseOutstanding', () => {
	it('shows that CNE bulletin 1 was not mathematically irreversible', () => {
		const a = analyseOutstanding(bulletin1);
		expect(a.verdict).toBe('not-decided');
		expect(a.leader?.contestant).toBe('maduro');
		expect(a.margin).toBe(704114);
		const e = a.estimates[0]!;
		expect(e.method).toBe('unit-average');
		expect(e.outstanding).toBeCloseTo(2514693.5, 6);
		// González needed roughly 62–64 % of the remaining vote.
		expect(e.neededShare).toBeCloseTo(0.64, 6);
		expect(e.neededShareWithMinors).toBeCloseTo(0.617, 6);
	});

	it('adds the registered-electors estimate when registered electors and turnout are known', () => {
		// CNE bulletin 2 (§1c): electors on transmitted actas and registered electors published.
		const a = analyseOutstanding({
			results: [
				{ contestant: 'maduro', votes: 6408844 },
				{ contestant: 'gonzalez', votes: 5326104 },
				{ contestant: 'rest', votes: 600936 }
			],
			coverage: { announcedPercent: 96.87 },
			registered: 21321805,
			electorsOnCountedUnits: 20654431,
			turnoutPercent: 59.97
		});
		expect(a.estimates.map((e) => e.method)).toEqual(['unit-average', 'registered-turnout']);
		expect(a.estimates[1]!.outstanding).toBeCloseTo((21321805 - 20654431) * 0.5997, 6);
		expect(a.verdict).toBe('decided');
		expect(a.estimates.every((e) => e.neededShare > 1)).toBe(true);
	});

	it('prefers counted units over the announced percentage', () => {
		expect(
			coverageFraction({ unitsCounted: 25073, unitsTotal: 30026, announcedPercent: 83.5 })
		).toEqual({
			value: 25073 / 30026,
			basis: 'units'
		});
	});

	it('cannot compute without a coverage, at 0 % coverage, or with fewer than two contestants', () => {
		expect(analyseOutstanding({ ...bulletin1, coverage: {} }).reason).toBe('no-coverage');
		expect(
			analyseOutstanding({ ...bulletin1, coverage: { unitsCounted: 0, unitsTotal: 10 } }).reason
		).toBe('nothing-counted');
		expect(
			analyseOutstanding({
				results: [{ contestant: 'a', votes: 5 }],
				coverage: { announcedPercent: 50 }
			}).reason
		).toBe('fewer-than-two');
	});

	it('at 100 % coverage nothing is outstanding: decided unless tied', () => {
		const full = { unitsCounted: 10, unitsTotal: 10 };
		const won = analyseOutstanding({
			results: [
				{ contestant: 'a', votes: 6 },
				{ contestant: 'b', votes: 4 }
			],
			coverage: full
		});
		expect(won.estimates[0]!.outstanding).toBe(0);
		expect(won.verdict).toBe('decided');
		const tie = analyseOutstanding({
			results: [
				{ contestant: 'a', votes: 5 },
				{ contestant: 'b', votes: 5 }
			],
			coverage: full
		});
		expect(tie.margin).toBe(0);
		expect(tie.verdict).toBe('not-decided');
	});

	it('does not mutate its input', () => {
		const input = structuredClone(bulletin1);
		analyseOutstanding(input);
		expect(input).toEqual(bulletin1);
	});

	it('needs ≤ 100 % exactly when the runner-up can still draw level', () => {
		fc.assert(
			fc.property(
				fc.nat({ max: 10_000_000 }),
				fc.nat({ max: 10_000_000 }),
				fc.nat({ max: 1_000_000 }),
				fc.integer({ min: 1, max: 1000 }),
				(a, b, minor, permille) => {
					fc.pre(a + b + minor > 0);
					const r = analyseOutstanding({
						results: [
							{ contestant: 'a', votes: a },
							{ contestant: 'b', votes: b },
							{ contestant: 'm', votes: minor }
						],
						coverage: { announcedPercent: permille / 10 }
					});
					if (r.verdict === 'cannot-compute') return true;
					const e = r.estimates[0]!;
					const canDrawLevel = r.margin <= e.outstanding + 1e-9 * Math.max(1, e.outstanding);
					return e.neededShare <= 1 + 1e-12 === canDrawLevel;
				}
			)
		);
	});
});

describe('neededShareForFinalShare', () => {
	it('González would have needed about 158 % of the votes outstanding after bulletin 1 to finish at 67 %', () => {
		const s = neededShareForFinalShare(4445978, 10058774, 2514693.5, 0.67);
		expect(s).toBeGreaterThan(1.58);
		expect(s).toBeLessThan(1.59);
	});
	it('is infinite when nothing is outstanding and the target is not yet reached', () => {
		expect(neededShareForFinalShare(40, 100, 0, 0.5)).toBe(Number.POSITIVE_INFINITY);
		expect(neededShareToDrawLevel(3, 0)).toBe(Number.POSITIVE_INFINITY);
		expect(neededShareToDrawLevel(0, 0)).toBe(0);
	});
});

describe('roundEstimate', () => {
	it('rounds the exact half of CNE bulletin 1 up despite float noise', async () => {
		const { roundEstimate } = await import('./outstanding');
		expect(roundEstimate((10058774 * (1 - 0.8)) / 0.8)).toBe(2514694);
		expect(roundEstimate(2.4)).toBe(2);
	});
});
