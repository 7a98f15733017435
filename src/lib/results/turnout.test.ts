import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { median, sheetTurnout, summariseTurnout, turnoutAtLeast } from './turnout';
import type { SheetRow } from './sheet-row';

const sheet = (registered: number | undefined, valid: number, nul = 0): SheetRow => ({
	sheet: `s${registered}-${valid}-${nul}`,
	region: 'r',
	registered,
	valid,
	null: nul,
	votes: { a: valid }
});

describe('sheetTurnout', () => {
	it('is (valid + null) / registered in points', () => {
		expect(sheetTurnout(sheet(400, 250, 2))).toBe(63);
	});
	it('is undefined without registered electors', () => {
		expect(sheetTurnout(sheet(undefined, 10))).toBeUndefined();
		expect(sheetTurnout(sheet(0, 0))).toBeUndefined();
	});
});

describe('turnoutAtLeast', () => {
	it('counts a sheet at exactly the threshold, in whole numbers', () => {
		// 19 / 20 = 95 % exactly; 0.95 × 20 in floating point is 18.999999999999996.
		expect(turnoutAtLeast(sheet(20, 19), 95)).toBe(true);
		expect(turnoutAtLeast(sheet(20, 18, 0), 95)).toBe(false);
		expect(turnoutAtLeast(sheet(undefined, 18), 95)).toBe(false);
	});
});

describe('median', () => {
	it.each([
		[[], undefined],
		[[5], 5],
		[[3, 1, 2], 2],
		[[3, 1, 2, 10], 2.5]
	])('median of %j is %s', (xs, m) => expect(median(xs)).toBe(m));
});

describe('summariseTurnout', () => {
	it('computes a small case by hand', () => {
		const rows = [
			sheet(100, 50),
			sheet(100, 60, 1),
			sheet(200, 190),
			sheet(10, 11),
			sheet(undefined, 5)
		];
		const s = summariseTurnout(rows);
		expect(s.sheets).toBe(5);
		expect(s.withRegistered).toBe(4);
		expect(s.withoutRegistered).toBe(1);
		// turnouts 50, 61, 95, 110 → median (61 + 95) / 2
		expect(s.median).toBe(78);
		// (50 + 61 + 190 + 11) / (100 + 100 + 200 + 10)
		expect(s.overall).toBeCloseTo((312 / 410) * 100, 12);
		expect(s.atOrAbove).toBe(2);
		expect(s.over100).toBe(1);
		expect(s.bins).toHaveLength(20);
		expect(s.bins[10]).toEqual({ from: 50, to: 55, count: 1 });
		expect(s.bins[12]!.count).toBe(1);
		expect(s.bins[19]).toEqual({ from: 95, to: 100, count: 1 });
	});

	it('puts 100 % in the last bin', () => {
		expect(summariseTurnout([sheet(7, 7)]).bins[19]!.count).toBe(1);
	});

	it('has no median or overall figure without registered electors', () => {
		const s = summariseTurnout([sheet(undefined, 3)]);
		expect(s.median).toBeUndefined();
		expect(s.overall).toBeUndefined();
	});

	const arbSheet = fc
		.record({
			registered: fc.option(fc.integer({ min: 0, max: 900 }), { nil: undefined }),
			valid: fc.integer({ min: 0, max: 1000 }),
			nul: fc.integer({ min: 0, max: 20 })
		})
		.map(({ registered, valid, nul }) => sheet(registered, valid, nul));

	it('places every sheet with electors in exactly one bin or above 100 % (property)', () => {
		fc.assert(
			fc.property(
				fc.array(arbSheet, { maxLength: 200 }),
				fc.constantFrom(1, 2, 5, 10, 3),
				(rows, w) => {
					const s = summariseTurnout(rows, { binWidth: w });
					const binned = s.bins.reduce((n, b) => n + b.count, 0);
					expect(binned + s.over100).toBe(s.withRegistered);
					expect(s.withRegistered + s.withoutRegistered).toBe(rows.length);
					// Each bin holds only turnouts inside its bounds.
					for (const r of rows) {
						const t = sheetTurnout(r);
						if (t === undefined || t > 100) continue;
						const i = s.bins.findIndex(
							(b) => t >= b.from && (t < b.to || (b.to === 100 && t === 100))
						);
						expect(i).toBeGreaterThanOrEqual(0);
					}
				}
			)
		);
	});

	it('has a median between the smallest and largest turnout (property)', () => {
		fc.assert(
			fc.property(fc.array(arbSheet, { minLength: 1, maxLength: 100 }), (rows) => {
				const ts = rows.map(sheetTurnout).filter((t): t is number => t !== undefined);
				const s = summariseTurnout(rows);
				if (ts.length === 0) return;
				expect(s.median!).toBeGreaterThanOrEqual(Math.min(...ts));
				expect(s.median!).toBeLessThanOrEqual(Math.max(...ts));
			})
		);
	});
});
