import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	BENFORD_SECOND_DIGIT,
	BENFORD_SECOND_DIGIT_MEAN,
	UNIFORM_DIGITS,
	chiSquarePValue,
	chiSquareStatistic,
	lastDigitTest,
	secondDigit,
	secondDigitTest
} from './digits';
import { seeded } from './generate-sheets';

describe('chiSquarePValue', () => {
	// Critical values of the chi-square distribution with 9 degrees of freedom, as printed in
	// statistics tables (NIST/SEMATECH e-Handbook, table 1.3.6.7.4), to their 3 decimals.
	it.each([
		[14.684, 0.1],
		[16.919, 0.05],
		[19.023, 0.025],
		[21.666, 0.01],
		[23.589, 0.005],
		[27.877, 0.001]
	])('χ² = %f with 9 df has p = %f', (x, p) => {
		expect(chiSquarePValue(x, 9)).toBeCloseTo(p, 4);
		expect(Math.abs(chiSquarePValue(x, 9) - p) / p).toBeLessThan(1e-3);
	});

	it('matches the closed forms for 2 and 4 degrees of freedom to 12 digits', () => {
		for (const x of [0.1, 1, 5, 11, 30, 80]) {
			expect(chiSquarePValue(x, 2)).toBeCloseTo(Math.exp(-x / 2), 12);
			expect(chiSquarePValue(x, 4) / (Math.exp(-x / 2) * (1 + x / 2))).toBeCloseTo(1, 12);
		}
	});

	it('keeps precision in the far tail, where 1 − cdf would round to 0', () => {
		// df = 2: p = e^(−x/2) exactly; at x = 100 that is 1.93e-22.
		expect(chiSquarePValue(100, 2) / Math.exp(-50)).toBeCloseTo(1, 10);
	});

	it('gives 1 at 0 and NaN for nonsense degrees of freedom', () => {
		expect(chiSquarePValue(0, 9)).toBe(1);
		expect(chiSquarePValue(5, 0)).toBeNaN();
	});
});

describe('chiSquareStatistic', () => {
	it('is 0 when observed equals expected', () => {
		expect(chiSquareStatistic([3, 3, 3, 3, 3, 3, 3, 3, 3, 3], UNIFORM_DIGITS)).toBe(0);
	});
	it('computes a small case by hand', () => {
		// n = 4, expected 0.4 per digit: (2−0.4)²/0.4 = 6.4; digits 2 and 3: 0.6²/0.4 = 0.9 each;
		// seven empty digits: 0.4²/0.4 = 0.4 each → 6.4 + 1.8 + 2.8 = 11.
		expect(chiSquareStatistic([0, 2, 1, 1, 0, 0, 0, 0, 0, 0], UNIFORM_DIGITS)).toBeCloseTo(11, 12);
	});
});

describe('secondDigit', () => {
	it.each([
		[10, 0],
		[19, 9],
		[7156, 1],
		[3241461, 2],
		[100, 0],
		[99, 9]
	])('second digit of %i is %i', (n, d) => expect(secondDigit(n)).toBe(d));

	it('is the second character of the decimal string (property)', () => {
		fc.assert(
			fc.property(fc.integer({ min: 10, max: Number.MAX_SAFE_INTEGER }), (n) => {
				expect(secondDigit(n)).toBe(Number(String(n)[1]));
			})
		);
	});
});

describe('Benford second-digit law', () => {
	it('has the published probabilities and mean', () => {
		// The values tabulated in the second-digit Benford (2BL) literature, to 5 decimals.
		const published = [
			0.11968, 0.11389, 0.10882, 0.10433, 0.10031, 0.09668, 0.09337, 0.09035, 0.08757, 0.085
		];
		BENFORD_SECOND_DIGIT.forEach((p, d) => expect(p).toBeCloseTo(published[d]!, 5));
		expect(BENFORD_SECOND_DIGIT.reduce((s, p) => s + p, 0)).toBeCloseTo(1, 12);
		expect(BENFORD_SECOND_DIGIT_MEAN).toBeCloseTo(4.187, 3);
	});
});

describe('lastDigitTest', () => {
	it('leaves out counts below 10 and counts each last digit', () => {
		const r = lastDigitTest([0, 5, 9, 11, 11, 12, 13]);
		expect(r.excluded).toBe(3);
		expect(r.n).toBe(4);
		expect(r.observed).toEqual([0, 2, 1, 1, 0, 0, 0, 0, 0, 0]);
		expect(r.expected).toEqual(Array(10).fill(0.4));
		expect(r.chiSquare).toBeCloseTo(11, 12);
		expect(r.df).toBe(9);
		// 11 lies between the 0.50 (8.343) and 0.10 (14.684) critical values.
		expect(r.pValue).toBeGreaterThan(0.1);
		expect(r.pValue).toBeLessThan(0.5);
		expect(r.mean).toBeCloseTo((1 + 1 + 2 + 3) / 4, 12);
		expect(r.expectedMean).toBeCloseTo(4.5, 12);
	});

	it('gives χ² = 0 and p = 1 for one count per digit', () => {
		const r = lastDigitTest([10, 21, 32, 43, 54, 65, 76, 87, 98, 109]);
		expect(r.chiSquare).toBe(0);
		expect(r.pValue).toBe(1);
	});

	it('has no statistic when no count is 10 or more', () => {
		const r = lastDigitTest([1, 2, 3]);
		expect(r.n).toBe(0);
		expect(r.pValue).toBeNaN();
	});

	it('does not flag honest data: uniform last digits give p-values spread over 0–1', () => {
		const ps: number[] = [];
		for (let seed = 1; seed <= 60; seed++) {
			const rand = seeded(seed);
			const counts = Array.from({ length: 5000 }, () => 10 + Math.floor(rand() * 990));
			ps.push(lastDigitTest(counts).pValue);
		}
		// Under the null hypothesis p is uniform on [0, 1]: none of 60 below 0.001 (chance of one
		// or more: 6 %), and their mean near 0.5.
		expect(Math.min(...ps)).toBeGreaterThan(0.001);
		const mean = ps.reduce((s, p) => s + p, 0) / ps.length;
		expect(mean).toBeGreaterThan(0.35);
		expect(mean).toBeLessThan(0.65);
	});

	it('flags invented data: digits forced to one value give a tiny p-value', () => {
		const rand = seeded(7);
		const counts = Array.from({ length: 2000 }, () => 10 * (1 + Math.floor(rand() * 99)) + 7);
		const r = lastDigitTest(counts);
		expect(r.observed[7]).toBe(2000);
		expect(r.chiSquare).toBeCloseTo(18000, 6);
		expect(r.pValue).toBeLessThan(1e-100);
	});

	it('flags a mild preference: 20 % more zeros and fives over 20,000 counts', () => {
		const rand = seeded(11);
		const counts = Array.from({ length: 20000 }, () => {
			const d = rand() < 0.24 ? (rand() < 0.5 ? 0 : 5) : Math.floor(rand() * 10);
			return 10 * (1 + Math.floor(rand() * 50)) + d;
		});
		expect(lastDigitTest(counts).pValue).toBeLessThan(1e-6);
	});

	it('keeps every count: tested + excluded = input, observed sums to tested (property)', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 100000 })), fc.integer({ min: 1, max: 100 }), (c, m) => {
				const r = lastDigitTest(c, m);
				expect(r.n + r.excluded).toBe(c.length);
				expect(r.observed.reduce((s, x) => s + x, 0)).toBe(r.n);
				if (r.n > 0) {
					expect(r.chiSquare).toBeGreaterThanOrEqual(0);
					expect(r.pValue).toBeGreaterThanOrEqual(0);
					expect(r.pValue).toBeLessThanOrEqual(1);
				}
			})
		);
	});

	it('does not mutate its input', () => {
		const c = [13, 27, 4];
		lastDigitTest(c);
		expect(c).toEqual([13, 27, 4]);
	});
});

describe('secondDigitTest', () => {
	it('counts second digits of counts ≥ 10', () => {
		const r = secondDigitTest([5, 12, 345, 10, 1999]);
		expect(r.excluded).toBe(1);
		expect(r.observed).toEqual([1, 0, 1, 0, 1, 0, 0, 0, 0, 1]);
		expect(r.mean).toBeCloseTo((0 + 2 + 4 + 9) / 4, 12);
		expect(r.expectedMean).toBeCloseTo(BENFORD_SECOND_DIGIT_MEAN, 12);
	});

	it('never tests one-digit counts, whatever the threshold asked', () => {
		expect(secondDigitTest([3, 7], 1).n).toBe(0);
	});

	it('does not flag counts that follow Benford: log-uniform counts give p not small', () => {
		// floor(10^u) for u uniform over whole decades follows Benford's law exactly for the
		// first two digits.
		const ps: number[] = [];
		for (let seed = 100; seed < 130; seed++) {
			const rand = seeded(seed);
			const counts = Array.from({ length: 5000 }, () => Math.floor(10 ** (1 + 4 * rand())));
			ps.push(secondDigitTest(counts).pValue);
		}
		expect(Math.min(...ps)).toBeGreaterThan(0.001);
		const mean = ps.reduce((s, p) => s + p, 0) / ps.length;
		expect(mean).toBeGreaterThan(0.3);
		expect(mean).toBeLessThan(0.7);
	});

	it('flags uniform second digits over many counts (the law is not uniform)', () => {
		const rand = seeded(5);
		const counts = Array.from({ length: 50000 }, () => 100 + Math.floor(rand() * 900));
		const r = secondDigitTest(counts);
		expect(r.pValue).toBeLessThan(1e-10);
		expect(r.mean).toBeCloseTo(4.5, 1);
	});
});
