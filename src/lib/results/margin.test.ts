import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { computeMargin } from './margin';

describe('computeMargin', () => {
	it('CNE bulletin 1: a lead of 704,114 votes, 7.0 points (fact sheet §1b)', () => {
		const m = computeMargin([
			{ contestant: 'maduro', votes: 5150092 },
			{ contestant: 'gonzalez', votes: 4445978 },
			{ contestant: 'others', votes: 462704 }
		]);
		expect(m.leader).toBe('maduro');
		expect(m.runnerUp).toBe('gonzalez');
		expect(m.votes).toBe(704114);
		expect(m.total).toBe(10058774);
		expect(m.points).toBeCloseTo(51.1999971 - 44.1999989, 6);
		expect(m.tie).toBe(false);
	});

	it('a combined-others group counts in the denominator and can be a runner-up, never split', () => {
		const m = computeMargin([
			{ contestant: 'a', votes: 50 },
			{ contestant: 'others', votes: 30 },
			{ contestant: 'b', votes: 20 }
		]);
		expect(m.runnerUp).toBe('others');
		expect(m.votes).toBe(20);
		expect(m.points).toBeCloseTo(20, 10);
	});

	it('a tie: margin 0, flagged, data order decides who is listed first', () => {
		const m = computeMargin([
			{ contestant: 'b', votes: 5 },
			{ contestant: 'a', votes: 5 },
			{ contestant: 'c', votes: 1 }
		]);
		expect(m).toMatchObject({ leader: 'b', runnerUp: 'a', votes: 0, points: 0, tie: true });
	});

	it('nothing counted (0 % coverage): NaN points, not a 0-point lead', () => {
		const m = computeMargin([
			{ contestant: 'a', votes: 0 },
			{ contestant: 'b', votes: 0 }
		]);
		expect(m.votes).toBe(0);
		expect(Number.isNaN(m.points)).toBe(true);
	});

	it('fewer than two contestants: no runner-up', () => {
		expect(computeMargin([{ contestant: 'a', votes: 3 }]).runnerUp).toBeUndefined();
	});

	it('does not mutate its input', () => {
		const input = [
			{ contestant: 'a', votes: 1 },
			{ contestant: 'b', votes: 9 }
		];
		const copy = structuredClone(input);
		computeMargin(input);
		expect(input).toEqual(copy);
	});

	it('margin in points equals the difference of computed shares and is never negative', () => {
		fc.assert(
			fc.property(fc.array(fc.nat({ max: 50_000_000 }), { minLength: 2, maxLength: 12 }), (v) => {
				fc.pre(v.some((x) => x > 0));
				const m = computeMargin(v.map((votes, i) => ({ contestant: `c${i}`, votes })));
				const sorted = [...v].sort((a, b) => b - a);
				const total = v.reduce((a, b) => a + b, 0);
				const diff = ((sorted[0]! - sorted[1]!) / total) * 100;
				return m.points >= 0 && Math.abs(m.points - diff) < 1e-9;
			})
		);
	});
});
