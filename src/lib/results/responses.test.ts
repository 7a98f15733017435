import { describe, expect, it } from 'vitest';
import { isBeforeClaim, isMonth, looseWhenBounds, orderResponses } from './responses';

const TZ = 'America/Caracas';
const CLAIM = '2024-07-29T00:06:00-04:00'; // CNE bulletin 1 read at about 00:06 (fact sheet §6.9)

describe('looseWhenBounds', () => {
	it.each([
		['2024-07', Date.UTC(2024, 6, 1, 4), Date.UTC(2024, 7, 1, 4) - 1],
		['2024-02', Date.UTC(2024, 1, 1, 4), Date.UTC(2024, 2, 1, 4) - 1],
		['2024-12', Date.UTC(2024, 11, 1, 4), Date.UTC(2025, 0, 1, 4) - 1],
		['2024-07-29', Date.UTC(2024, 6, 29, 4), Date.UTC(2024, 6, 30, 4) - 1],
		[CLAIM, Date.UTC(2024, 6, 29, 4, 6), Date.UTC(2024, 6, 29, 4, 6)]
	])('%s spans its month, day or instant in Caracas', (when, start, end) => {
		expect(looseWhenBounds(when, TZ)).toEqual([start, end]);
	});

	it('tells a month from a date', () => {
		expect([isMonth('2024-07'), isMonth('2024-07-29'), isMonth(CLAIM)]).toEqual([
			true,
			false,
			false
		]);
	});
});

describe('isBeforeClaim', () => {
	it.each([
		['2024-07-28', true],
		['2024-06', true],
		['2024-07-29T00:05:00-04:00', true],
		// The same day, or the same month, may be after 00:06: not provably before.
		['2024-07-29', false],
		['2024-07', false],
		['2024-07-29T00:06:00-04:00', false],
		['2025-05', false]
	])('%s → %s', (when, before) => expect(isBeforeClaim(when, CLAIM, TZ)).toBe(before));
});

describe('orderResponses', () => {
	// The responses to the "hacking" claim, in a scrambled order (fact sheet §6.10–6.13).
	const responses = [
		{ who: 'Quintero', date: '2025-05' },
		{ who: 'Carter Center', date: '2024-08' },
		{ who: 'North Macedonia', date: '2024-07' },
		{ who: 'Saab', date: '2024-07-29' }
	];

	it('puts them in date order, a day of July before "July", which cannot precede the claim', () => {
		expect(orderResponses(responses, CLAIM, TZ).map((r) => r.who)).toEqual([
			'Saab',
			'North Macedonia',
			'Carter Center',
			'Quintero'
		]);
	});

	it('keeps the data order for equal dates and does not mutate its input', () => {
		const same = [
			{ who: 'a', date: '2024-08-01' },
			{ who: 'b', date: '2024-08-01' }
		];
		const copy = structuredClone(responses);
		expect(orderResponses(same, CLAIM, TZ).map((r) => r.who)).toEqual(['a', 'b']);
		orderResponses(responses, CLAIM, TZ);
		expect(responses).toEqual(copy);
	});

	it('without a claim date, a month sits at its first day', () => {
		expect(
			orderResponses(
				[
					{ who: 'day', date: '2024-07-29' },
					{ who: 'month', date: '2024-07' }
				],
				undefined,
				TZ
			).map((r) => r.who)
		).toEqual(['month', 'day']);
	});
});
