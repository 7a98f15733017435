/**
 * The number formats of src/lib/i18n/format.ts without `Intl`, for the classic chart scripts
 * (embed/js/share.js, histogram.js, fingerprint.js, claim.js: src/lib/server/embed-scripts.ts
 * puts this module in place of format.ts when it bundles them).
 *
 * Why: a page's first `Intl.NumberFormat` starts the browser's ICU, 30–40 ms of one task on this
 * machine and four times that on Lighthouse's phone (docs/tbt-election.md), which was the largest
 * long task left on the election page. Every figure of the site's pages is in their HTML, formatted
 * by the server; the chart scripts only format the bars' labels and the axes' ticks, in two
 * languages, with a handful of options. Those are written here digit by digit, the way ICU does
 * it: the shortest decimal form of the number (what `Number.prototype.toExponential()` gives, as
 * ICU reads a double), rounded half away from zero, the locale's separators and grouping
 * (Spanish groups from five integer digits on: 1234, 12.345), the percent sign after a no-break
 * space in Spanish. format.test.ts-style checks (number-format.test.ts) compare every function
 * with `Intl` on many values. Anything unusual (a negative or non-finite number, a huge one)
 * goes to `Intl` itself, so the output is always Intl's.
 *
 * Dates (formatDate and the others) are format.ts's own: the scripts that format dates (the
 * timeline and stance charts) start ICU in a task of their own (define.ts, `intl`).
 */
import type { Locale } from '../schemas/common';
import * as intl from '../i18n/format';

export {
	INTL_TAG,
	dateFormat,
	formatDate,
	formatWhen,
	hasTime,
	whenBounds,
	formatPoints
} from '../i18n/format';

const SEP: Record<Locale, { group: string; decimal: string; percent: string; minGroup: number }> = {
	es: { group: '.', decimal: ',', percent: '\u00a0%', minGroup: 5 },
	en: { group: ',', decimal: '.', percent: '%', minGroup: 4 }
};

/**
 * `x × 10^shift` written with exactly `digits` decimals, rounded half away from zero on the
 * shortest decimal form of `x`; undefined where this does not apply (negative, not finite, or
 * more than 21 integer digits).
 */
export function fixedDigits(
	x: number,
	shift: number,
	digits: number
): { int: string; frac: string } | undefined {
	if (!Number.isFinite(x) || x < 0 || Object.is(x, -0) || digits < 0 || digits > 20)
		return undefined;
	if (x === 0) return { int: '0', frac: '0'.repeat(digits) };
	// "5.1234e-1" → mantissa digits "51234", point after the first digit, then the exponent.
	const m = /^(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(x.toExponential());
	if (!m) return undefined;
	const all = m[1]! + (m[2] ?? '');
	const point = 1 + Number(m[3]) + shift; // digits before the decimal point
	if (point > 21) return undefined;
	// Digits as an array of numbers, padded so that index `point + digits` exists.
	const pad = Math.max(0, -point);
	const ds = ('0'.repeat(pad) + all).split('').map(Number);
	const p = point + pad;
	const keep = p + digits;
	while (ds.length < keep + 1) ds.push(0);
	const roundUp = ds[keep]! >= 5;
	const out = ds.slice(0, keep);
	if (roundUp) {
		let i = out.length - 1;
		for (; i >= 0; i--) {
			if (out[i]! < 9) {
				out[i]!++;
				break;
			}
			out[i] = 0;
		}
		if (i < 0) out.unshift(1);
	}
	const intLen = out.length - digits;
	const int =
		out
			.slice(0, intLen)
			.join('')
			.replace(/^0+(?=\d)/, '') || '0';
	return { int, frac: out.slice(intLen).join('') };
}

function group(int: string, locale: Locale): string {
	const s = SEP[locale];
	if (int.length < s.minGroup) return int;
	return int.replace(/\B(?=(\d{3})+$)/g, s.group);
}

function write(x: number, shift: number, digits: number, locale: Locale): string | undefined {
	const f = fixedDigits(x, shift, digits);
	if (!f) return undefined;
	return group(f.int, locale) + (digits > 0 ? SEP[locale].decimal + f.frac : '');
}

/**
 * As format.ts: a whole number with the locale's grouping.
 * @example formatInteger(5150092, 'es') // '5.150.092'
 */
export function formatInteger(n: number, locale: Locale): string {
	return write(n, 0, 0, locale) ?? intl.formatInteger(n, locale);
}

/**
 * As format.ts: up to three decimals, without trailing zeros, grouped.
 * @example formatNumber(1234.5678, 'es') // '1234,568'
 */
export function formatNumber(x: number, locale: Locale): string {
	const f = fixedDigits(x, 0, 3);
	if (!f) return intl.formatNumber(x, locale);
	const frac = f.frac.replace(/0+$/, '');
	return group(f.int, locale) + (frac ? SEP[locale].decimal + frac : '');
}

/**
 * As format.ts: a percentage given in points, with a fixed number of decimals.
 * @example formatPercent(51.1999971, 'es', 1) // '51,2 %'
 */
export function formatPercent(points: number, locale: Locale, digits = 1): string {
	// Intl formats points / 100 in percent style: the shortest form of that quotient, times 100.
	const text = write(points / 100, 2, digits, locale);
	return text === undefined
		? intl.formatPercent(points, locale, digits)
		: text + SEP[locale].percent;
}

/**
 * As format.ts: a percentage with as many decimals as it was announced with.
 * @example formatAnnouncedPercent(96.87, 'es') // '96,87 %'
 */
export function formatAnnouncedPercent(points: number, locale: Locale, digits?: number): string {
	const d = digits ?? Math.min(4, (String(points).split('.')[1] ?? '').length);
	return formatPercent(points, locale, d);
}
