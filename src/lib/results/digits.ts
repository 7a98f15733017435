/**
 * Digit tests on vote counts, as analysts run them on tally sheets.
 *
 * - Last digit (Beber & Scacco, "What the Numbers Say", Political Analysis 2012): in counts of
 *   ten or more, the last digit of an honest count is close to uniform (each digit 10 %), while
 *   people who invent numbers favour some digits. Pearson's chi-square against the uniform
 *   distribution, 9 degrees of freedom.
 * - Second digit (2BL, Mebane): the second digit of the counts against Benford's second-digit law
 *   (0 most frequent, 11.97 %; 9 least, 8.50 %; mean 4.187). Deckert, Myagkov & Ordeshook
 *   ("Benford's Law and the Detection of Election Fraud", Political Analysis 2011) showed that
 *   honest elections fail it and fraudulent simulations pass it, so a result either way says
 *   little on its own; the page says so beside the figure.
 *
 * Pure: counts in, numbers out. p-values come from the regularized upper incomplete gamma
 * function of @stdlib (the chi-square survival function), accurate in the far tail where
 * `1 − cdf` would round to 0.
 */
import gammainc from '@stdlib/math-base-special-gammainc';

/** Chance of each last digit 0–9 in an honest count (uniform). */
export const UNIFORM_DIGITS: readonly number[] = Array.from({ length: 10 }, () => 0.1);

/**
 * Benford's law for the second significant digit d = 0…9: Σₖ₌₁…₉ log₁₀(1 + 1/(10k + d)).
 * @example BENFORD_SECOND_DIGIT[0] // 0.11967926859688076
 */
export const BENFORD_SECOND_DIGIT: readonly number[] = Array.from({ length: 10 }, (_, d) => {
	let p = 0;
	for (let k = 1; k <= 9; k++) p += Math.log10(1 + 1 / (10 * k + d));
	return p;
});

/** The mean second digit that Benford's law expects (4.187…). */
export const BENFORD_SECOND_DIGIT_MEAN = BENFORD_SECOND_DIGIT.reduce((s, p, d) => s + p * d, 0);

/**
 * The second digit from the left of a whole number ≥ 10.
 * @example secondDigit(7156) // 1
 */
export function secondDigit(n: number): number {
	let x = n;
	while (x >= 100) x = Math.floor(x / 10);
	return x % 10;
}

/**
 * Upper-tail probability of the chi-square distribution: P(X ≥ x) with `df` degrees of freedom,
 * i.e. the p-value of Pearson's test. Q(df/2, x/2), the regularized upper incomplete gamma.
 * @example chiSquarePValue(16.919, 9) // ≈ 0.05
 * @example chiSquarePValue(0, 9) // 1
 */
export function chiSquarePValue(x: number, df: number): number {
	if (!(df > 0) || Number.isNaN(x)) return Number.NaN;
	if (x <= 0) return 1;
	return gammainc(x / 2, df / 2, true, true);
}

/**
 * Pearson's chi-square statistic of observed counts against expected probabilities.
 * @example chiSquareStatistic([10, 10, 10, 10, 10, 10, 10, 10, 10, 10], UNIFORM_DIGITS) // 0
 */
export function chiSquareStatistic(observed: readonly number[], probabilities: readonly number[]) {
	const n = observed.reduce((s, x) => s + x, 0);
	let chi = 0;
	for (let i = 0; i < observed.length; i++) {
		const e = n * (probabilities[i] ?? 0);
		if (e > 0) chi += ((observed[i] ?? 0) - e) ** 2 / e;
	}
	return chi;
}

export interface DigitTest {
	kind: 'last' | 'second';
	/** Counts tested (those ≥ `minCount`). */
	n: number;
	/** Counts left out for being below `minCount`. */
	excluded: number;
	minCount: number;
	/** How many tested counts end in (or have as second digit) 0, 1, …, 9. */
	observed: number[];
	/** The law's probability of each digit. */
	probabilities: number[];
	/** Expected counts: n × probability. */
	expected: number[];
	chiSquare: number;
	/** Degrees of freedom: 10 digits − 1. */
	df: 9;
	pValue: number;
	/** Mean digit observed, and what the law expects (4.5 uniform; 4.187 Benford 2nd digit). */
	mean: number;
	expectedMean: number;
}

function digitTest(
	kind: DigitTest['kind'],
	counts: readonly number[],
	minCount: number,
	digitOf: (n: number) => number,
	probabilities: readonly number[]
): DigitTest {
	const observed = Array.from({ length: 10 }, () => 0);
	let n = 0;
	let excluded = 0;
	let sum = 0;
	for (const c of counts) {
		if (c < minCount) {
			excluded++;
			continue;
		}
		const d = digitOf(c);
		observed[d]!++;
		sum += d;
		n++;
	}
	const chiSquare = n > 0 ? chiSquareStatistic(observed, probabilities) : Number.NaN;
	return {
		kind,
		n,
		excluded,
		minCount,
		observed,
		probabilities: [...probabilities],
		expected: probabilities.map((p) => p * n),
		chiSquare,
		df: 9,
		pValue: n > 0 ? chiSquarePValue(chiSquare, 9) : Number.NaN,
		mean: n > 0 ? sum / n : Number.NaN,
		expectedMean: probabilities.reduce((s, p, d) => s + p * d, 0)
	};
}

/**
 * Beber & Scacco's last-digit test on the counts ≥ `minCount` (10 by default: in smaller counts
 * the last digit is the whole number and follows the size of the electorate, not chance).
 * @example lastDigitTest([10, 21, 32, 43, 54, 65, 76, 87, 98, 109]).chiSquare // 0 (one of each)
 */
export function lastDigitTest(counts: readonly number[], minCount = 10): DigitTest {
	return digitTest('last', counts, minCount, (c) => c % 10, UNIFORM_DIGITS);
}

/**
 * Mebane's second-digit Benford (2BL) test on the counts ≥ `minCount` (10 at least: a count
 * needs two digits).
 * @example secondDigitTest([12, 345]).observed // [0, 0, 1, 0, 1, 0, 0, 0, 0, 0]
 */
export function secondDigitTest(counts: readonly number[], minCount = 10): DigitTest {
	return digitTest('second', counts, Math.max(10, minCount), secondDigit, BENFORD_SECOND_DIGIT);
}
