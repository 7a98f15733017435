import { describe, expect, it } from 'vitest';
import type { SheetRow } from '../schemas/sheet';
import { NULL, REGISTERED, ROWS, VALID, VOTES, sumAreas } from './area-sums';
import { SheetTable } from './sheet-table';

const row = (
	sheet: string,
	region: string,
	valid: number,
	nul: number,
	x: number,
	y: number,
	registered?: number
): SheetRow => ({
	sheet,
	region,
	valid,
	null: nul,
	...(registered === undefined ? {} : { registered }),
	votes: { x, y }
});

/** An area's sums as numbers by name (slots checked one by one, not by their layout). */
const named = (a: Float64Array | undefined) =>
	a && {
		rows: a[ROWS],
		valid: a[VALID],
		null: a[NULL],
		registered: a[REGISTERED],
		x: a[VOTES],
		y: a[VOTES + 1],
		slots: a.length
	};

// p1, p2 under m1; p3 under m2; m1, m2 under s1 (no parent).
const parents = new Map<string, string | undefined>([
	['p1', 'm1'],
	['p2', 'm1'],
	['p3', 'm2'],
	['m1', 's1'],
	['m2', 's1'],
	['s1', undefined]
]);
const table = () =>
	SheetTable.fromRows(
		[
			row('a', 'p1', 10, 1, 6, 4, 20),
			row('b', 'p2', 7, 0, 2, 5),
			row('c', 'p3', 5, 2, 5, 0, 9),
			row('d', 'p1', 3, 3, 1, 1, 8)
		],
		['x', 'y']
	);

describe('sumAreas', () => {
	it('sums each region’s rows, every ancestor’s and the national total', () => {
		const s = sumAreas(table(), parents);
		expect(s.stride).toBe(6);
		expect(s.consistent).toBe(true);
		// Independent sums of the rows above; registered only over the rows that give it.
		expect(named(s.byArea.get('p1'))).toEqual({
			rows: 2,
			valid: 13,
			null: 4,
			registered: 28,
			x: 7,
			y: 5,
			slots: 6
		});
		expect(named(s.byArea.get('p2'))).toEqual({
			rows: 1,
			valid: 7,
			null: 0,
			registered: 0,
			x: 2,
			y: 5,
			slots: 6
		});
		expect(named(s.byArea.get('m1'))).toEqual({
			rows: 3,
			valid: 20,
			null: 4,
			registered: 28,
			x: 9,
			y: 10,
			slots: 6
		});
		expect(named(s.byArea.get('m2'))).toEqual({
			rows: 1,
			valid: 5,
			null: 2,
			registered: 9,
			x: 5,
			y: 0,
			slots: 6
		});
		const all = { rows: 4, valid: 25, null: 6, registered: 37, x: 14, y: 10, slots: 6 };
		expect(named(s.national)).toEqual(all);
		expect(named(s.byArea.get('s1'))).toEqual(all);
		// Keys in the order first reached: a region of the rows, then up its chain.
		expect([...s.byArea.keys()]).toEqual(['p1', 'm1', 's1', 'p2', 'p3', 'm2']);
		expect([...s.used]).toEqual([1, 1, 1]);
	});

	it('keeps a region without a parent (or unknown to parentOf) as its own area only', () => {
		const t = SheetTable.fromRows(
			[row('a', 'p1', 10, 1, 6, 4), row('b', 's2', 4, 0, 1, 3), row('c', 'nowhere', 2, 0, 2, 0)],
			['x', 'y']
		);
		const s = sumAreas(t, new Map([...parents, ['s2', undefined]]));
		expect(named(s.byArea.get('s2'))).toMatchObject({ rows: 1, valid: 4, x: 1, y: 3 });
		expect(named(s.byArea.get('nowhere'))).toMatchObject({ rows: 1, valid: 2, x: 2, y: 0 });
		expect(named(s.byArea.get('s1'))).toMatchObject({ rows: 1, valid: 10, x: 6, y: 4 });
		expect(named(s.national)).toMatchObject({ rows: 3, valid: 16, null: 1, x: 9, y: 7 });
		expect([...s.byArea.keys()]).toEqual(['p1', 'm1', 's1', 's2', 'nowhere']);
	});

	it('adds a region’s rows once to each region of a parent cycle, and stops', () => {
		// p1 → m1 → s1 → p1 (a cycle), p2 → m1; the cycle is the validation's to report.
		const cycle = new Map([
			['p1', 'm1'],
			['p2', 'm1'],
			['m1', 's1'],
			['s1', 'p1']
		]);
		const t = SheetTable.fromRows(
			[row('a', 'p1', 10, 1, 6, 4), row('b', 'p2', 7, 0, 2, 5)],
			['x', 'y']
		);
		const s = sumAreas(t, cycle);
		// p1's rows reach m1, s1 (and p1 itself once); p2's reach p2, m1, s1 and p1 through the cycle.
		const both = { rows: 2, valid: 17, null: 1, registered: 0, x: 8, y: 9, slots: 6 };
		for (const id of ['p1', 'm1', 's1']) expect(named(s.byArea.get(id))).toEqual(both);
		expect(named(s.byArea.get('p2'))).toMatchObject({ rows: 1, valid: 7, x: 2, y: 5 });
		expect(named(s.national)).toEqual(both);
		// A region that is its own parent.
		const self = sumAreas(t, new Map([['p1', 'p1']]));
		expect(named(self.byArea.get('p1'))).toMatchObject({ rows: 1, valid: 10, x: 6, y: 4 });
	});

	it('sums two indices of the table with the same id as one region', () => {
		const t = table().withRegionIds(['p1', 'p1', 'p3']);
		const s = sumAreas(t, parents);
		expect(named(s.byArea.get('p1'))).toMatchObject({ rows: 3, valid: 20, null: 4, x: 9, y: 10 });
		expect(named(s.byArea.get('m1'))).toMatchObject({ rows: 3, valid: 20, null: 4, x: 9, y: 10 });
		expect(named(s.byArea.get('s1'))).toMatchObject({ rows: 4, valid: 25 });
		expect(s.byArea.has('p2')).toBe(false);
	});

	it('says whether every row is consistent (candidates ≤ valid, valid + null ≤ registered)', () => {
		const ok = [row('a', 'p1', 10, 1, 6, 4, 11), row('b', 'p2', 7, 9, 2, 5)];
		expect(sumAreas(SheetTable.fromRows(ok, ['x', 'y']), parents).consistent).toBe(true);
		const above = [...ok, row('c', 'p3', 5, 0, 5, 1)];
		expect(sumAreas(SheetTable.fromRows(above, ['x', 'y']), parents).consistent).toBe(false);
		const short = [row('c', 'p3', 5, 2, 5, 0, 6), ...ok];
		expect(sumAreas(SheetTable.fromRows(short, ['x', 'y']), parents).consistent).toBe(false);
	});

	it('gives zeros and no area for a table without rows', () => {
		const s = sumAreas(new SheetTable(['x', 'y']), parents);
		expect([...s.national]).toEqual([0, 0, 0, 0, 0, 0]);
		expect(s.byArea.size).toBe(0);
		expect(s.consistent).toBe(true);
	});
});
