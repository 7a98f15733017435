import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ActorSchema, StatementSchema } from '../schemas';
import { getElection } from '../server/load-dataset';
import {
	governmentPositions,
	latestPositions,
	latestPositionSets,
	nextDay,
	orderStatements,
	stanceSeries
} from './stances';

const fixture = JSON.parse(readFileSync('tests/fixtures/statements/stance-change.json', 'utf8'));
const actors = fixture.actors.map((a: unknown) => ActorSchema.parse(a));
const statements = fixture.statements.map((s: unknown) => StatementSchema.parse(s));

describe('same-day order (issue 15, point 7)', () => {
	const bundle = getElection('venezuela-2024')!;
	it('keeps the 29 July rejections of Argentina, Uruguay and Panama beside their joint call, in no order', () => {
		const series = stanceSeries(bundle.statements, bundle.actors);
		const i = series.days.indexOf('2024-07-29');
		// Milei, Lacalle Pou and Mulino rejected the result on 29 July (fact sheet §4 rows 16, 19, 20);
		// the joint statement of 9 countries of the same day gives no order against them.
		expect(series.counts.rejects[i]).toBeGreaterThanOrEqual(3);
		const unknown = series.orderUnknown.find((u) => u.day === '2024-07-29')!;
		expect(unknown.actors).toEqual(expect.arrayContaining(['ar', 'uy', 'pa']));
	});
	it('a same-day statement that revises another replaces it (the only order a source gives)', () => {
		const p = [
			{ actor: 'x', date: '2024-07-29', stance: 'rejects' as const, statement: 'a' },
			{ actor: 'x', date: '2024-07-29', stance: 'other' as const, statement: 'b', revises: 'a' }
		];
		expect(
			latestPositionSets(p, '2024-07-29')
				.get('x')!
				.map((q) => q.stance)
		).toEqual(['other']);
	});
});

describe('stanceSeries', () => {
	it('counts each government at its latest stance, day by day, on a fixture with a change', () => {
		const series = stanceSeries(statements, actors);
		expect(series.days).toEqual(fixture.expect.days);
		expect(series.counts).toEqual(fixture.expect.counts);
		expect(series.changeDays).toEqual(fixture.expect.changeDays);
	});

	it('never counts an individual or an organisation', () => {
		const series = stanceSeries(statements, actors);
		// Three governments in the fixture: every day sums to at most 3.
		series.days.forEach((_, i) => {
			const total =
				series.counts.recognises[i]! +
				series.counts['asks-verification'][i]! +
				series.counts.rejects[i]! +
				series.counts.other[i]!;
			expect(total).toBeLessThanOrEqual(3);
		});
		expect(governmentPositions(statements, actors).map((p) => p.actor)).not.toContain('someone');
		expect(governmentPositions(statements, actors).map((p) => p.actor)).not.toContain('oas');
	});

	it('is empty without statements', () => {
		expect(stanceSeries([], actors)).toEqual({
			days: [],
			counts: { recognises: [], 'asks-verification': [], rejects: [], other: [] },
			changeDays: [],
			orderUnknown: []
		});
	});

	it('does not mutate its input', () => {
		const before = structuredClone(statements);
		stanceSeries(statements, actors);
		expect(statements).toEqual(before);
	});
});

describe('orderStatements', () => {
	it('sorts by date, keeps input order on a tie, and puts a revision after what it revises', () => {
		const s = [
			{ id: 'b', date: '2024-07-30', revises: 'a' },
			{ id: 'a', date: '2024-07-30' },
			{ id: 'c', date: '2024-07-29' },
			{ id: 'd', date: '2024-07-30' }
		];
		expect(orderStatements(s).map((x) => x.id)).toEqual(['c', 'a', 'd', 'b']);
	});
});

describe('latestPositions', () => {
	it('gives Peru its stance as of each date', () => {
		const positions = governmentPositions(statements, actors);
		expect(latestPositions(positions, '2024-07-29').get('pe')?.stance).toBe('asks-verification');
		expect(latestPositions(positions, '2024-07-30').get('pe')?.stance).toBe('rejects');
		expect(latestPositions(positions, '2024-08-05').get('pe')?.stance).toBe('other');
		expect(latestPositions(positions, '2024-07-28').has('pe')).toBe(false);
	});
});

describe('nextDay', () => {
	it.each([
		['2024-07-31', '2024-08-01'],
		['2024-02-28', '2024-02-29'],
		['2024-12-31', '2025-01-01']
	])('%s → %s', (d, next) => expect(nextDay(d)).toBe(next));
});
