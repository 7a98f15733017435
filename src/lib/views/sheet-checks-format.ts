import { t, type Locale } from '../i18n';
import { INTL_TAG } from '../i18n/format';

/** Below this a p-value is shown as "less than 0.000001": more digits would mean nothing to a reader. */
export const P_FLOOR = 1e-6;

/**
 * A p-value for readers: two significant digits, or "less than 0.000001".
 * @example formatPValue(0.513458, 'es') // '0,51'
 * @example formatPValue(8.3e-21, 'en') // 'less than 0.000001'
 */
export function formatPValue(p: number, locale: Locale): string {
	const f = new Intl.NumberFormat(INTL_TAG[locale], { maximumSignificantDigits: 2 });
	if (p < P_FLOOR)
		return t(locale, 'sheets.pLessThan', {
			p: new Intl.NumberFormat(INTL_TAG[locale], { maximumFractionDigits: 6 }).format(P_FLOOR)
		});
	return f.format(p);
}

/**
 * A p-value as a share of honest counts ("51 %", "0.28%"), two significant digits.
 * @example pAsPercent(0.513458, 'es') // '51 %'
 */
export function pAsPercent(p: number, locale: Locale): string {
	return new Intl.NumberFormat(INTL_TAG[locale], {
		style: 'percent',
		maximumSignificantDigits: 2
	}).format(p);
}

export type PReading = 'none' | 'some' | 'strong';

/**
 * How the page reads a p-value: ≥ 0.05 nothing unusual; 0.001–0.05 somewhat unusual; < 0.001
 * the digits do not follow the law. Never a verdict on the election.
 * @example pReading(0.28) // 'none'
 */
export function pReading(p: number): PReading {
	if (p >= 0.05) return 'none';
	if (p >= 0.001) return 'some';
	return 'strong';
}

/**
 * A statistic with two decimals (chi-square, mean digit).
 * @example formatStat(116.10882, 'es') // '116,11'
 */
export function formatStat(x: number, locale: Locale, digits = 2): string {
	return new Intl.NumberFormat(INTL_TAG[locale], {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(x);
}
