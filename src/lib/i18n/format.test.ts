import { describe, expect, it } from 'vitest';
import { whenBounds } from './format';

describe('whenBounds', () => {
	it('spans the whole civil day of a date in the zone', () => {
		expect(whenBounds('2024-08-02', 'America/Caracas')).toEqual([
			Date.UTC(2024, 7, 2, 4),
			Date.UTC(2024, 7, 3, 4) - 1
		]);
	});

	it('gives the same answer when asked again (remembered midnights)', () => {
		const first = whenBounds('2024-07-29', 'America/Caracas');
		expect(whenBounds('2024-07-29', 'America/Caracas')).toEqual(first);
		// the same date in another zone is another answer
		expect(whenBounds('2024-07-29', 'Europe/Madrid')).toEqual([
			Date.UTC(2024, 6, 28, 22),
			Date.UTC(2024, 6, 29, 22) - 1
		]);
	});

	it('follows a daylight-saving change inside the day', () => {
		// New York moves its clocks forward on 10 March 2024: the day has 23 hours.
		const [start, end] = whenBounds('2024-03-10', 'America/New_York');
		expect(start).toBe(Date.UTC(2024, 2, 10, 5));
		expect(end + 1 - start).toBe(23 * 3600 * 1000);
	});

	it('takes an instant as itself', () => {
		const t = Date.parse('2024-07-29T00:10:00-04:00');
		expect(whenBounds('2024-07-29T00:10:00-04:00', 'America/Caracas')).toEqual([t, t]);
	});
});
