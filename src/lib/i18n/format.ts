import type { Locale, When } from '../schemas/common';

/** BCP 47 tag used with Intl for each site locale (es: `51,2 %`; en: `51.2%`). */
export const INTL_TAG: Record<Locale, string> = { es: 'es', en: 'en-US' };

const cache = new Map<string, Intl.NumberFormat>();
function numberFormat(locale: Locale, opts: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = locale + JSON.stringify(opts);
	let f = cache.get(key);
	if (!f) {
		f = new Intl.NumberFormat(INTL_TAG[locale], opts);
		cache.set(key, f);
	}
	return f;
}

// Constructing an Intl.DateTimeFormat costs far more than formatting with one (the build formats
// dates tens of thousands of times: docs/build-time.md), so each distinct one is made once.
const dateCache = new Map<string, Intl.DateTimeFormat>();
/** A shared Intl.DateTimeFormat for these options (made once per process). */
export function dateFormat(tag: string, opts: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = tag + JSON.stringify(opts);
	let f = dateCache.get(key);
	if (!f) {
		f = new Intl.DateTimeFormat(tag, opts);
		dateCache.set(key, f);
	}
	return f;
}

/**
 * A whole number with the locale's grouping.
 * @example formatInteger(5150092, 'es') // '5.150.092'
 */
export function formatInteger(n: number, locale: Locale): string {
	return numberFormat(locale, { maximumFractionDigits: 0 }).format(n);
}

/**
 * A number as Intl writes it without options: up to three decimals, the locale's grouping (what
 * chart.js writes for a value it has no text for).
 * @example formatNumber(1234.5678, 'en') // '1,234.568'
 */
export function formatNumber(x: number, locale: Locale): string {
	return numberFormat(locale, {}).format(x);
}

/**
 * A percentage given in points (51.2 means 51.2 %), with a fixed number of decimals.
 * @example formatPercent(51.1999971, 'es', 1) // '51,2 %'
 * @example formatPercent(51.1999971, 'en', 7) // '51.1999971%'
 */
export function formatPercent(points: number, locale: Locale, digits = 1): string {
	return numberFormat(locale, {
		style: 'percent',
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(points / 100);
}

/**
 * A percentage as it was announced: as many decimals as the announcement had (2 for "51,20 %"
 * is not recoverable from the number 51.2, so `digits` may be passed from the announced text).
 * @example formatAnnouncedPercent(96.87, 'es') // '96,87 %'
 */
export function formatAnnouncedPercent(points: number, locale: Locale, digits?: number): string {
	const d = digits ?? Math.min(4, (String(points).split('.')[1] ?? '').length);
	return formatPercent(points, locale, d);
}

/**
 * Difference in percentage points with an explicit sign.
 * @example formatPoints(7, 'en') // '+7.0 pts'
 */
export function formatPoints(points: number, locale: Locale, digits = 1): string {
	const n = numberFormat(locale, {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits,
		signDisplay: 'exceptZero'
	}).format(points);
	return locale === 'es' ? `${n} pp` : `${n} pts`;
}

/** True when a `When` value carries a time of day (otherwise it is a calendar date). */
export function hasTime(when: When): boolean {
	return when.includes('T');
}

/**
 * A calendar date, long form, read as a civil date (no time-zone shift).
 * @example formatDate('2024-07-28', 'es') // '28 de julio de 2024'
 */
export function formatDate(
	date: string,
	locale: Locale,
	style: 'long' | 'medium' = 'long'
): string {
	const [y, m, d] = date.slice(0, 10).split('-').map(Number) as [number, number, number];
	return dateFormat(INTL_TAG[locale], { dateStyle: style, timeZone: 'UTC' }).format(
		new Date(Date.UTC(y, m - 1, d))
	);
}

/**
 * An instant or a date, shown in the election's time zone with the zone named. A date-only value
 * (time of day not confirmed) is shown as a date and never given an invented time.
 * @example formatWhen('2024-07-29T00:06:00-04:00', 'es', 'America/Caracas')
 * // '29 de julio de 2024, 0:06 (hora de Venezuela, GMT-4)'
 */
export function formatWhen(when: When, locale: Locale, timeZone: string): string {
	if (!hasTime(when)) return formatDate(when, locale);
	const d = new Date(when);
	const tag = INTL_TAG[locale];
	const date = dateFormat(tag, { dateStyle: 'long', timeZone }).format(d);
	const time = dateFormat(tag, { timeStyle: 'short', timeZone }).format(d);
	const zone = (style: 'long' | 'shortOffset') =>
		dateFormat(tag, { timeZone, timeZoneName: style })
			.formatToParts(d)
			.find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
	return `${date}, ${time} (${zone('long')}, ${zone('shortOffset')})`;
}

/**
 * Milliseconds since the epoch of the earliest and latest instant a `When` can mean. A date-only
 * value spans that whole civil day in the election's time zone.
 * @example whenBounds('2024-08-02', 'America/Caracas') // [Date.UTC(2024,7,2,4), Date.UTC(2024,7,3,4) - 1]
 */
export function whenBounds(when: When, timeZone: string): [number, number] {
	if (hasTime(when)) {
		const t = Date.parse(when);
		return [t, t];
	}
	const [y, m, d] = when.split('-').map(Number) as [number, number, number];
	const start = zonedMidnight(y, m, d, timeZone);
	const end = zonedMidnight(y, m, d + 1, timeZone) - 1;
	return [start, end];
}

// The build asks for the bounds of the same few dates thousands of times (every chart embed and
// claim card orders its releases), and formatToParts is the costly part: each answer is kept.
const midnightCache = new Map<string, number>();

/** The UTC instant of 00:00 local time on a civil date in a zone. */
function zonedMidnight(y: number, m: number, d: number, timeZone: string): number {
	const key = `${y} ${m} ${d} ${timeZone}`;
	let t = midnightCache.get(key);
	if (t === undefined) {
		t = computeZonedMidnight(y, m, d, timeZone);
		midnightCache.set(key, t);
	}
	return t;
}

function computeZonedMidnight(y: number, m: number, d: number, timeZone: string): number {
	const guess = Date.UTC(y, m - 1, d);
	const parts = dateFormat('en-US', {
		timeZone,
		hourCycle: 'h23',
		year: 'numeric',
		month: 'numeric',
		day: 'numeric',
		hour: 'numeric',
		minute: 'numeric'
	}).formatToParts(new Date(guess));
	const get = (t: string) => Number(parts.find((p) => p.type === t)?.value);
	const asUtc = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'));
	return guess - (asUtc - guess);
}
