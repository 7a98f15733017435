import type { Actor } from '../schemas/actor';
import { STANCES, type Stance } from '../schemas/enums';
import type { Statement } from '../schemas/statement';

/** One government's position as of one statement (a joint statement gives one per signatory). */
export interface StancePosition {
	actor: string;
	date: string;
	stance: Stance;
	statement: string;
	/** The statement this one revises, when the data says so (the only known same-day order). */
	revises?: string;
}

/**
 * Every position taken by a government, oldest first. A joint statement counts once for each
 * signatory that is a government; organisations, observer missions, groups without a member list
 * and individuals are never counted (issue 6: individuals are never coloured or counted).
 * Statements of the same date keep their order in the input, except that a statement that
 * `revises` another is always placed after it.
 *
 * @example governmentPositions(
 *   [{ id: 's1', actors: ['pe', 'ar'], date: '2024-07-29', stance: 'asks-verification', … }],
 *   [{ id: 'pe', kind: 'government', … }, { id: 'ar', kind: 'government', … }]
 * ) // [{ actor: 'pe', … }, { actor: 'ar', … }]
 */
export function governmentPositions(
	statements: readonly Statement[],
	actors: readonly Actor[]
): StancePosition[] {
	const governments = new Set(actors.filter((a) => a.kind === 'government').map((a) => a.id));
	return orderStatements(statements).flatMap((s) =>
		s.actors
			.filter((a) => governments.has(a))
			.map((actor) => ({
				actor,
				date: s.date,
				stance: s.stance,
				statement: s.id,
				...(s.revises ? { revises: s.revises } : {})
			}))
	);
}

/**
 * Statements oldest first, stable for equal dates, with a revising statement after the one it
 * revises. Does not mutate its input.
 * @example orderStatements([{ id: 'b', date: '2024-08-02' }, { id: 'a', date: '2024-07-29' }])
 *   .map((s) => s.id) // ['a', 'b']
 */
export function orderStatements<T extends Pick<Statement, 'id' | 'date' | 'revises'>>(
	statements: readonly T[]
): T[] {
	const depth = new Map<string, number>();
	const byId = new Map(statements.map((s) => [s.id, s]));
	const depthOf = (s: T, seen = new Set<string>()): number => {
		const known = depth.get(s.id);
		if (known !== undefined) return known;
		const prev = s.revises ? byId.get(s.revises) : undefined;
		const d = prev && !seen.has(prev.id) ? depthOf(prev, seen.add(s.id)) + 1 : 0;
		depth.set(s.id, d);
		return d;
	};
	return statements
		.map((s, i) => ({ s, i, d: depthOf(s) }))
		.sort((x, y) => x.s.date.localeCompare(y.s.date) || x.d - y.d || x.i - y.i)
		.map((x) => x.s);
}

/**
 * Each government's latest position on or before `asOf` (a `YYYY-MM-DD` date).
 * @example latestPositions(positions, '2024-08-01').get('pe')?.stance // 'rejects'
 */
export function latestPositions(
	positions: readonly StancePosition[],
	asOf: string
): Map<string, StancePosition> {
	const latest = new Map<string, StancePosition>();
	for (const p of positions) if (p.date <= asOf) latest.set(p.actor, p);
	return latest;
}

/**
 * Each government's positions as of `asOf`: those of its latest date, less any that a statement of
 * the same day revises. Two same-day statements with no `revises` link keep "order unknown": both
 * stay, and neither is placed before the other (issue 15: Argentina, Uruguay and Panama rejected
 * the result on 29 July, the day they also signed the joint call for verification).
 * @example latestPositionSets(positions, '2024-07-29').get('ar')?.map((p) => p.stance) // ['rejects', 'asks-verification']
 */
export function latestPositionSets(
	positions: readonly StancePosition[],
	asOf: string
): Map<string, StancePosition[]> {
	const out = new Map<string, StancePosition[]>();
	for (const p of positions) {
		if (p.date > asOf) continue;
		const cur = out.get(p.actor);
		if (!cur || cur[0]!.date < p.date) out.set(p.actor, [p]);
		else if (cur[0]!.date === p.date) cur.push(p);
	}
	for (const [actor, ps] of out) {
		const revised = new Set(ps.flatMap((p) => (p.revises ? [p.revises] : [])));
		const kept = ps.filter((p) => !revised.has(p.statement));
		out.set(
			actor,
			kept.filter((p, i) => kept.findIndex((q) => q.stance === p.stance) === i)
		);
	}
	return out;
}

/** How many governments stood at each stance, day by day. */
export interface StanceSeries {
	/** Every calendar day from the first to the last statement, `YYYY-MM-DD`. */
	days: string[];
	/** For each stance, one count per day (same length as `days`). */
	counts: Record<Stance, number[]>;
	/** Days on which at least one government took a new stance or spoke for the first time. */
	changeDays: string[];
	/**
	 * Per day, governments with two or more stances that day in an order no source gives: each is
	 * counted under every one of them, so a day's counts may add up to more than the governments.
	 */
	orderUnknown: { day: string; actors: string[] }[];
}

/**
 * The next calendar day of a `YYYY-MM-DD` date (civil dates, no time zone involved).
 * @example nextDay('2024-07-31') // '2024-08-01'
 */
export function nextDay(date: string): string {
	const [y, m, d] = date.split('-').map(Number) as [number, number, number];
	return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/**
 * Day by day from the first to the last statement, how many governments stood at each stance,
 * each counted once at its latest stance as of that day (issue 6, "stance over time"). Peru
 * (fact sheet §4 rows 18 and 21) moves from asks-verification to rejects to other.
 *
 * @example stanceSeries(statements, actors).counts.recognises[0] // 10 on 29 Jul 2024
 */
export function stanceSeries(
	statements: readonly Statement[],
	actors: readonly Actor[]
): StanceSeries {
	const positions = governmentPositions(statements, actors);
	const counts = Object.fromEntries(STANCES.map((s) => [s, [] as number[]])) as Record<
		Stance,
		number[]
	>;
	const days: string[] = [];
	const changeDays: string[] = [];
	const orderUnknown: StanceSeries['orderUnknown'] = [];
	if (positions.length === 0) return { days, counts, changeDays, orderUnknown };
	const first = positions[0]!.date;
	const last = positions[positions.length - 1]!.date;
	let previous = new Map<string, string>();
	for (let day = first; day <= last; day = nextDay(day)) {
		const latest = latestPositionSets(positions, day);
		const today = new Map(
			[...latest].map(([a, ps]) => [
				a,
				ps
					.map((p) => p.stance)
					.sort()
					.join('+')
			])
		);
		for (const s of STANCES)
			counts[s].push([...latest.values()].filter((ps) => ps.some((p) => p.stance === s)).length);
		if ([...today].some(([a, s]) => previous.get(a) !== s)) changeDays.push(day);
		const unknown = [...latest]
			.filter(([, ps]) => ps.length > 1 && ps[0]!.date === day)
			.map(([a]) => a);
		if (unknown.length > 0) orderUnknown.push({ day, actors: unknown });
		previous = today;
		days.push(day);
	}
	return { days, counts, changeDays, orderUnknown };
}
