import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeShares, totalVotes } from './shares';

describe('computeShares', () => {
	it('reproduces CNE bulletin 1 shares from counts (fact sheet §3)', () => {
		const rows = computeShares([
			{ contestant: 'maduro', votes: 5150092, announcedPercent: 51.2 },
			{ contestant: 'gonzalez', votes: 4445978, announcedPercent: 44.2 },
			{ contestant: 'others', votes: 462704, announcedPercent: 4.6 }
		]);
		expect(rows.map((r) => r.share.toFixed(7))).toEqual(['51.1999971', '44.1999989', '4.6000039']);
		expect(rows[0]!.announcedPercent).toBe(51.2);
	});

	it('orders by votes, keeps data order on a tie, and does not mutate its input', () => {
		const input = [
			{ contestant: 'a', votes: 1 },
			{ contestant: 'b', votes: 5 },
			{ contestant: 'c', votes: 5 }
		];
		const copy = structuredClone(input);
		expect(computeShares(input).map((r) => r.contestant)).toEqual(['b', 'c', 'a']);
		expect(input).toEqual(copy);
	});

	it('gives NaN shares, not 0 %, when nothing has been counted', () => {
		const rows = computeShares([
			{ contestant: 'a', votes: 0 },
			{ contestant: 'b', votes: 0 }
		]);
		expect(rows.every((r) => Number.isNaN(r.share))).toBe(true);
		expect(totalVotes([{ contestant: 'a', votes: 0 }])).toBe(0);
	});

	it('computed shares of counted votes sum to 100 % (within float rounding)', () => {
		fc.assert(
			fc.property(
				fc.array(fc.nat({ max: 50_000_000 }), { minLength: 1, maxLength: 12 }),
				(votes) => {
					fc.pre(votes.some((v) => v > 0));
					const rows = computeShares(votes.map((v, i) => ({ contestant: `c${i}`, votes: v })));
					const sum = rows.reduce((a, r) => a + r.share, 0);
					return Math.abs(sum - 100) < 1e-9;
				}
			)
		);
	});
});

describe('announced precision', () => {
	it('reads the precision from the announced wording, else from the number', async () => {
		const { announcedDigits } = await import('./shares');
		expect(announcedDigits(51.2, '51,20%')).toBe(2);
		expect(announcedDigits(96.87)).toBe(2);
		expect(announcedDigits(67)).toBe(0);
	});
	it('flags an announced share only when it differs at its own precision', async () => {
		const { differsFromAnnounced } = await import('./shares');
		// CNE bulletin 1: computed 44.1999989 agrees with the 44.2 announced (fact sheet §1b).
		expect(differsFromAnnounced(44.1999989, 44.2, 1)).toBe(false);
		// resultadosconvzla 81.21 %: 67 % announced vs 68.82 % of the two listed (fact sheet §2).
		expect(differsFromAnnounced((7119768 / (7119768 + 3225819)) * 100, 67, 0)).toBe(true);
		expect(differsFromAnnounced(Number.NaN, 50, 0)).toBe(true);
	});
});
