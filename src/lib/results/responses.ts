/**
 * Dates of responses to a claim, which may be known only to the month (fact sheet §6.11–6.13).
 * Pure: the caller passes the election's time zone.
 */
import type { When } from '../schemas/common';
import type { LooseWhen } from '../schemas/remark';
import { whenBounds } from '../i18n/format';

/**
 * True for a month-only value (`YYYY-MM`).
 * @example isMonth('2024-07') // true
 */
export function isMonth(when: LooseWhen): boolean {
	return /^\d{4}-\d{2}$/.test(when);
}

/**
 * The earliest and latest instants (ms since the epoch) a value can mean in a time zone: an
 * instant is itself, a date spans its day, a month spans its month.
 * @example looseWhenBounds('2024-07', 'America/Caracas')
 * // [Date.UTC(2024, 6, 1, 4), Date.UTC(2024, 7, 1, 4) - 1]
 */
export function looseWhenBounds(when: LooseWhen, timeZone: string): [number, number] {
	if (!isMonth(when)) return whenBounds(when, timeZone);
	const [y, m] = when.split('-').map(Number) as [number, number];
	const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
	const pad = (n: number) => String(n).padStart(2, '0');
	return [
		whenBounds(`${y}-${pad(m)}-01`, timeZone)[0],
		whenBounds(`${y}-${pad(m)}-${pad(last)}`, timeZone)[1]
	];
}

/**
 * A response is provably before its claim when even its latest possible instant comes before the
 * claim's earliest one. A response dated the same day as a claim made at 00:06 is not.
 * @example isBeforeClaim('2024-07-28', '2024-07-29T00:06:00-04:00', 'America/Caracas') // true
 * @example isBeforeClaim('2024-07', '2024-07-29T00:06:00-04:00', 'America/Caracas') // false
 */
export function isBeforeClaim(response: LooseWhen, claim: When, timeZone: string): boolean {
	return looseWhenBounds(response, timeZone)[1] < whenBounds(claim, timeZone)[0];
}

/**
 * Responses in date order. Each sits at its earliest possible instant, but never before the claim
 * (a response cannot precede what it answers); ties go to the more precise date (a day in July
 * before "July"), then to the data order. Does not mutate its input.
 * @example orderResponses([{ date: '2024-07' }, { date: '2024-07-29' }], '2024-07-29T00:06:00-04:00',
 *   'America/Caracas').map((r) => r.date) // ['2024-07-29', '2024-07']
 */
export function orderResponses<T extends { date: LooseWhen }>(
	responses: readonly T[],
	claimMadeAt: When | undefined,
	timeZone: string
): T[] {
	const floor = claimMadeAt ? whenBounds(claimMadeAt, timeZone)[0] : Number.NEGATIVE_INFINITY;
	return responses
		.map((r, i) => {
			const [t0, t1] = looseWhenBounds(r.date, timeZone);
			return { r, i, t0: Math.max(t0, floor), t1 };
		})
		.sort((a, b) => a.t0 - b.t0 || a.t1 - b.t1 || a.i - b.i)
		.map((x) => x.r);
}
