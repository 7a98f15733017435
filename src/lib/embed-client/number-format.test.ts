import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import * as intl from '../i18n/format';
import {
	fixedDigits,
	formatAnnouncedPercent,
	formatInteger,
	formatNumber,
	formatPercent
} from './number-format';

// The chart scripts' formats without Intl must write exactly what format.ts (Intl) writes.
const LOCALES = ['es', 'en'] as const;

describe('number-format (the chart scripts, without Intl) writes what Intl writes', () => {
	it('percentages: shares, ticks and announced figures, 0–4 decimals', () => {
		const points = fc.oneof(
			fc.double({ min: 0, max: 100, noNaN: true }),
			fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000),
			fc.integer({ min: 0, max: 10_000 }).map((n) => n / 100 + 0.005),
			fc.double({ min: 0, max: 1e6, noNaN: true })
		);
		fc.assert(
			fc.property(points, fc.integer({ min: 0, max: 4 }), (p, d) => {
				for (const l of LOCALES) expect(formatPercent(p, l, d)).toBe(intl.formatPercent(p, l, d));
			}),
			{ numRuns: 5000 }
		);
	});

	it('whole numbers with the locale grouping (Spanish from five digits)', () => {
		const n = fc.oneof(
			fc.integer({ min: 0, max: 2 ** 40 }),
			fc.double({ min: 0, max: 1e9, noNaN: true }),
			fc.integer({ min: 0, max: 100_000 }).map((k) => k + 0.5)
		);
		fc.assert(
			fc.property(n, (x) => {
				for (const l of LOCALES) expect(formatInteger(x, l)).toBe(intl.formatInteger(x, l));
			}),
			{ numRuns: 5000 }
		);
	});

	it("plain numbers (chart.js's own labels): up to three decimals, grouped", () => {
		const x = fc.oneof(
			fc.double({ min: 0, max: 1e9, noNaN: true }),
			fc.integer({ min: 0, max: 10_000_000 }).map((n) => n / 1000),
			fc.integer({ min: 0, max: 100_000 }).map((n) => n / 1000 + 0.0005),
			fc.integer({ min: 0, max: 2 ** 40 })
		);
		fc.assert(
			fc.property(x, (v) => {
				for (const l of LOCALES) expect(formatNumber(v, l)).toBe(intl.formatNumber(v, l));
			}),
			{ numRuns: 5000 }
		);
		expect(formatNumber(1234.5678, 'es')).toBe('1234,568');
		expect(formatNumber(12345.5, 'es')).toBe('12.345,5');
		expect(formatNumber(1234.5678, 'en')).toBe('1,234.568');
		expect(formatNumber(1722614399999.5, 'en')).toBe('1,722,614,399,999.5');
		for (const l of LOCALES)
			for (const v of [0, 1.0005, 2.6745, 0.0004, 999.9995, -3.25, Number.NaN, Infinity, 1e30])
				expect(formatNumber(v, l)).toBe(intl.formatNumber(v, l));
	});

	it('the cases Intl rounds on the shortest decimal form, not on the binary value', () => {
		// 2.675 is 2.67499999999999982… as a double: toFixed(2) says 2.67, Intl (and this) 2.68 %,
		// from the shortest form of 2.675 / 100; 96.865 / 100 is 0.96864999…, so 96.86 % for both.
		for (const l of LOCALES) {
			expect(formatPercent(1.005, l, 2)).toBe(intl.formatPercent(1.005, l, 2));
			expect(formatPercent(99.995, l, 2)).toBe(intl.formatPercent(99.995, l, 2));
			expect(formatPercent(99.96, l, 1)).toBe(intl.formatPercent(99.96, l, 1));
			expect(formatInteger(1234, l)).toBe(intl.formatInteger(1234, l));
			expect(formatInteger(12345, l)).toBe(intl.formatInteger(12345, l));
			expect(formatInteger(999.5, l)).toBe(intl.formatInteger(999.5, l));
		}
		expect((2.675).toFixed(2)).toBe('2.67');
		expect(formatPercent(2.675, 'es', 2)).toBe('2,68\u00a0%');
		expect(formatPercent(96.865, 'en', 2)).toBe('96.86%');
		expect(formatInteger(1234, 'es')).toBe('1234');
		expect(formatInteger(5150092, 'es')).toBe('5.150.092');
		expect(formatInteger(1234, 'en')).toBe('1,234');
	});

	it('anything unusual is left to Intl (negative, not finite, huge)', () => {
		expect(fixedDigits(-1, 0, 0)).toBeUndefined();
		expect(fixedDigits(Number.NaN, 0, 0)).toBeUndefined();
		expect(fixedDigits(1e30, 0, 0)).toBeUndefined();
		for (const l of LOCALES)
			for (const x of [-0.04, -12.5, -0, Number.NaN, Infinity, 1e30, 5e-324]) {
				expect(formatPercent(x, l, 1)).toBe(intl.formatPercent(x, l, 1));
				expect(formatInteger(x, l)).toBe(intl.formatInteger(x, l));
			}
	});

	it('announced percentages keep their decimals', () => {
		for (const l of LOCALES)
			for (const [p, d] of [
				[96.87, undefined],
				[51.2, 2],
				[80, undefined],
				[43.1801, undefined]
			] as const)
				expect(formatAnnouncedPercent(p, l, d)).toBe(intl.formatAnnouncedPercent(p, l, d));
	});
});
