import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { binFingerprint } from './fingerprint';
import type { SheetRow } from './sheet-row';

const sheet = (registered: number | undefined, a: number, b: number, nul = 0): SheetRow => ({
	sheet: `s-${registered}-${a}-${b}`,
	region: 'r',
	registered,
	valid: a + b,
	null: nul,
	votes: { a, b }
});

describe('binFingerprint', () => {
	it('places sheets by turnout (rows) and share (columns), by hand', () => {
		// 10 bins of 10 points.
		const f = binFingerprint(
			[
				sheet(100, 40, 20), // turnout 60 %, a 66.7 % → cell [6][6]
				sheet(100, 45, 15), // 60 %, 75 % → [6][7]
				sheet(50, 50, 0), // 100 %, 100 % → [9][9] (100 % falls in the last bin)
				sheet(20, 19, 0), // 95 %, 100 % → [9][9], in the 95/95 corner
				sheet(100, 0, 0, 3), // no valid votes
				sheet(undefined, 1, 1), // no electors
				sheet(10, 8, 5) // 130 %: above 100
			],
			'a',
			10
		);
		expect(f.cells[6]![6]).toBe(1);
		expect(f.cells[6]![7]).toBe(1);
		expect(f.cells[9]![9]).toBe(2);
		expect(f.placed).toBe(4);
		expect(f.withoutValid).toBe(1);
		expect(f.withoutRegistered).toBe(1);
		expect(f.over100).toBe(1);
		expect(f.max).toBe(2);
		expect(f.corner).toBe(2);
	});

	it('puts a sheet on a bin edge in the upper bin, exactly', () => {
		// Turnout 3/10 = 30 % lands in the 30–40 % row, never in 20–30 %; a share of 7/20 = 35 % in
		// the 30–40 % column.
		const f = binFingerprint([sheet(10, 3, 0), sheet(100, 7, 13)], 'a', 10);
		expect(f.cells[3]![9]).toBe(1);
		expect(f.cells[2]![3]).toBe(1); // turnout 20 %, share 35 %
		// (29 / 100) × 100 is 28.999999999999996 in floating point; the sheet belongs in bin 29.
		expect(binFingerprint([sheet(100, 29, 0)], 'a', 100).cells[29]![99]).toBe(1);
	});

	it('accounts for every sheet exactly once (property)', () => {
		const arb = fc
			.record({
				registered: fc.option(fc.integer({ min: 0, max: 800 }), { nil: undefined }),
				a: fc.integer({ min: 0, max: 500 }),
				b: fc.integer({ min: 0, max: 500 }),
				nul: fc.integer({ min: 0, max: 10 })
			})
			.map(({ registered, a, b, nul }) => sheet(registered, a, b, nul));
		fc.assert(
			fc.property(
				fc.array(arb, { maxLength: 300 }),
				fc.oneof(fc.constant(20), fc.integer({ min: 1, max: 50 })),
				(rows, bins) => {
					const f = binFingerprint(rows, 'a', bins);
					const inCells = f.cells.flat().reduce((s, n) => s + n, 0);
					expect(inCells).toBe(f.placed);
					expect(f.placed + f.withoutRegistered + f.withoutValid + f.over100).toBe(rows.length);
					expect(f.cells).toHaveLength(bins);
					expect(f.max).toBe(Math.max(0, ...f.cells.flat()));
					expect(f.corner).toBeLessThanOrEqual(f.placed);
					// With 20 bins the last cell is exactly the 95–100 % × 95–100 % corner.
					if (bins === 20) expect(f.corner).toBe(f.cells[19]![19]);
				}
			)
		);
	});

	it('shows ballot stuffing as a cluster in the far corner', () => {
		const honest = Array.from({ length: 400 }, (_, i) =>
			sheet(400, 150 + (i % 50), 100 - (i % 30))
		);
		const stuffed = Array.from({ length: 40 }, () => sheet(400, 396, 2, 1));
		const clean = binFingerprint(honest, 'a');
		const dirty = binFingerprint([...honest, ...stuffed], 'a');
		expect(clean.corner).toBe(0);
		expect(dirty.corner).toBe(40);
		expect(dirty.cells[19]![19]).toBe(40);
	});
});
