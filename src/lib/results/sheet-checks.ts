/**
 * What the tally sheets themselves say: internal consistency of every sheet, the turnout
 * distribution, the election fingerprint and the digit tests, overall and per region. Pure and
 * total: any rows in, numbers out; nothing here calls a sheet "fraudulent". A failed check is a
 * question to ask of a sheet (its image is linked), a test's p-value is how surprising its digits
 * would be if the counts were honest and the test's assumptions held.
 */
import { lastDigitTest, secondDigitTest, type DigitTest } from './digits';
import { binFingerprint, type Fingerprint } from './fingerprint';
import type { SheetRow } from './sheet-row';
import { SHEET_PROBLEMS, type SheetProblem } from './sheet-problems';
import { median, summariseTurnout, turnoutAtLeast, votersOf, type TurnoutSummary } from './turnout';

export { SHEET_PROBLEMS, type SheetProblem };

export interface FailingSheet {
	sheet: string;
	region: string;
	centre?: string;
	table?: string;
	image?: string;
	problems: SheetProblem[];
	candidatesSum: number;
	valid: number;
	null: number;
	registered?: number;
	/** Row numbers (1 = first data row) of the other rows with the same sheet key. */
	sameKeyRows: number[];
	/** Keys of the other sheets given the same image. */
	sameImage: string[];
}

export interface ConsistencySummary {
	sheets: number;
	/** Sheets with each problem (a sheet may have several). */
	counts: Record<SheetProblem, number>;
	/** Sheets without registered electors: the turnout checks cannot be run on them. */
	withoutRegistered: number;
	/** Every sheet with at least one problem, in input order. */
	failing: FailingSheet[];
}

/**
 * Candidates' votes on a sheet, summed over the given ids (a candidate missing on the row is 0).
 * @example candidatesSum({ votes: { a: 3, b: 4 }, … }, ['a', 'b']) // 7
 */
export function candidatesSum(row: SheetRow, candidates: readonly string[]): number {
	let s = 0;
	for (const c of candidates) s += row.votes[c] ?? 0;
	return s;
}

/** For each value that `keyOf` gives more than one row: the indices of those rows. */
function repeats(
	rows: readonly SheetRow[],
	keyOf: (r: SheetRow) => string | undefined
): Map<string, number[]> {
	const first = new Map<string, number>();
	const repeated = new Map<string, number[]>();
	for (let i = 0; i < rows.length; i++) {
		const k = keyOf(rows[i]!);
		if (!k) continue;
		const j = first.get(k);
		if (j === undefined) first.set(k, i);
		else {
			const list = repeated.get(k);
			if (list) list.push(i);
			else repeated.set(k, [j, i]);
		}
	}
	return repeated;
}

/**
 * Check every sheet against itself and against the others.
 * @example checkSheetConsistency(rows, ['gonzalez', 'maduro', …]).counts['votes-sum'] // 0
 */
export function checkSheetConsistency(
	rows: readonly SheetRow[],
	candidates: readonly string[]
): ConsistencySummary {
	// Rows sharing a key or an image; only repeated values keep a list (most sheets have none).
	const sameKey = repeats(rows, (r) => r.sheet);
	const sameImg = repeats(rows, (r) => r.image);
	const counts: Record<SheetProblem, number> = {
		'votes-sum': 0,
		'over-registered': 0,
		'duplicate-sheet': 0,
		'duplicate-image': 0
	};
	const failing: FailingSheet[] = [];
	let withoutRegistered = 0;
	rows.forEach((r, i) => {
		const problems: SheetProblem[] = [];
		const sum = candidatesSum(r, candidates);
		if (sum !== r.valid) problems.push('votes-sum');
		if (r.registered === undefined) withoutRegistered++;
		else if (votersOf(r) > r.registered) problems.push('over-registered');
		const keyRows = sameKey.get(r.sheet)?.filter((j) => j !== i) ?? [];
		if (keyRows.length > 0) problems.push('duplicate-sheet');
		const imageRows = (r.image ? sameImg.get(r.image) : undefined)?.filter((j) => j !== i) ?? [];
		if (imageRows.length > 0) problems.push('duplicate-image');
		for (const p of problems) counts[p]++;
		if (problems.length === 0) return;
		failing.push({
			sheet: r.sheet,
			region: r.region,
			centre: r.centre,
			table: r.table,
			image: r.image,
			problems,
			candidatesSum: sum,
			valid: r.valid,
			null: r.null,
			registered: r.registered,
			sameKeyRows: keyRows.map((j) => j + 1),
			sameImage: imageRows.map((j) => rows[j]!.sheet)
		});
	});
	return { sheets: rows.length, counts, withoutRegistered, failing };
}

/**
 * Candidate ids ordered by their total votes over the sheets, most first (ties keep the given
 * order).
 * @example leadingCandidates(rows, ['maduro', 'gonzalez']) // ['gonzalez', 'maduro']
 */
export function leadingCandidates(
	rows: readonly SheetRow[],
	candidates: readonly string[]
): { candidate: string; votes: number }[] {
	const totals = candidates.map((candidate) => ({ candidate, votes: 0 }));
	for (const r of rows) for (const t of totals) t.votes += r.votes[t.candidate] ?? 0;
	return totals
		.map((t, i) => ({ ...t, i }))
		.sort((a, b) => b.votes - a.votes || a.i - b.i)
		.map(({ candidate, votes }) => ({ candidate, votes }));
}

export interface RegionSheetSummary {
	/** The region the sheets were grouped under (e.g. a state id). */
	region: string;
	sheets: number;
	/** Sheets with at least one problem, and with each. */
	failing: number;
	counts: Record<SheetProblem, number>;
	withRegistered: number;
	/** Median and overall turnout of the region's sheets, in points. */
	medianTurnout: number | undefined;
	overallTurnout: number | undefined;
	/** Sheets at or above the turnout threshold (95 %). */
	atOrAbove: number;
}

/**
 * Consistency counts and turnout per region. `groupOf` maps a sheet's region id to the region it
 * is reported under (e.g. parish → state); sheets it maps to undefined are counted in
 * `unassigned`. Regions come out in the order their first sheet appears.
 * @example summariseByRegion(rows, consistency, (id) => stateOf(id)).regions[0].region // 'distrito-capital'
 */
export function summariseByRegion(
	rows: readonly SheetRow[],
	consistency: ConsistencySummary,
	groupOf: (regionId: string) => string | undefined,
	threshold = 95
): { regions: RegionSheetSummary[]; unassigned: number } {
	const problemsOf = new Map<string, SheetProblem[]>();
	for (const f of consistency.failing) problemsOf.set(f.sheet, f.problems);
	interface Acc {
		summary: RegionSheetSummary;
		turnouts: number[];
		voters: number;
		registered: number;
	}
	const groups = new Map<string, Acc>();
	let unassigned = 0;
	for (const r of rows) {
		const g = groupOf(r.region);
		if (g === undefined) {
			unassigned++;
			continue;
		}
		let acc = groups.get(g);
		if (!acc) {
			acc = {
				summary: {
					region: g,
					sheets: 0,
					failing: 0,
					counts: {
						'votes-sum': 0,
						'over-registered': 0,
						'duplicate-sheet': 0,
						'duplicate-image': 0
					},
					withRegistered: 0,
					medianTurnout: undefined,
					overallTurnout: undefined,
					atOrAbove: 0
				},
				turnouts: [],
				voters: 0,
				registered: 0
			};
			groups.set(g, acc);
		}
		const s = acc.summary;
		s.sheets++;
		const problems = problemsOf.get(r.sheet);
		if (problems) {
			s.failing++;
			for (const p of problems) s.counts[p]++;
		}
		if (r.registered) {
			s.withRegistered++;
			acc.voters += votersOf(r);
			acc.registered += r.registered;
			acc.turnouts.push((votersOf(r) * 100) / r.registered);
			if (turnoutAtLeast(r, threshold)) s.atOrAbove++;
		}
	}
	const regions = [...groups.values()].map((acc) => ({
		...acc.summary,
		medianTurnout: median(acc.turnouts),
		overallTurnout: acc.registered > 0 ? (acc.voters * 100) / acc.registered : undefined
	}));
	return { regions, unassigned };
}

export interface CandidateDigits {
	candidate: string;
	votes: number;
	last: DigitTest;
	second: DigitTest;
}

export interface SheetChecks {
	consistency: ConsistencySummary;
	turnout: TurnoutSummary;
	/** Fingerprint of the candidate with the most votes on these sheets. */
	fingerprint: Fingerprint | undefined;
	/** Digit tests for the two candidates with the most votes. */
	digits: CandidateDigits[];
	byRegion: { regions: RegionSheetSummary[]; unassigned: number };
}

/**
 * Every sheet-level check at once (what the sheet-checks page shows, and what the benchmark times).
 * @example computeSheetChecks(rows, candidateIds, stateOf).digits[0].last.pValue
 */
export function computeSheetChecks(
	rows: readonly SheetRow[],
	candidates: readonly string[],
	groupOf: (regionId: string) => string | undefined
): SheetChecks {
	const consistency = checkSheetConsistency(rows, candidates);
	const leaders = leadingCandidates(rows, candidates)
		.filter((l) => l.votes > 0)
		.slice(0, 2);
	const digits = leaders.map(({ candidate, votes }) => {
		const counts = rows.map((r) => r.votes[candidate] ?? 0);
		return { candidate, votes, last: lastDigitTest(counts), second: secondDigitTest(counts) };
	});
	return {
		consistency,
		turnout: summariseTurnout(rows),
		fingerprint: leaders[0] ? binFingerprint(rows, leaders[0].candidate) : undefined,
		digits,
		byRegion: summariseByRegion(rows, consistency, groupOf)
	};
}
