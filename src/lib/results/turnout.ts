/**
 * Turnout of each tally sheet: (valid + null) / registered electors on that table, and its
 * distribution over the sheets. Thresholds are compared in whole numbers (voters × 100 against
 * threshold × registered), so a sheet at exactly 95 % is counted as at 95 %, never as 94.999…
 */
import type { SheetRow } from './sheet-row';

/** Voters on a sheet: valid + null ballots. */
export const votersOf = (row: SheetRow): number => row.valid + row.null;

/**
 * A sheet's turnout in points (0–100, above 100 when voters exceed the registered electors), or
 * undefined when the sheet gives no registered electors (or zero).
 * @example sheetTurnout({ …, registered: 400, valid: 250, null: 2 }) // 63
 */
export function sheetTurnout(row: SheetRow): number | undefined {
	if (!row.registered) return undefined;
	return (votersOf(row) * 100) / row.registered;
}

/**
 * Whether a sheet's turnout is at or above `points` %, in exact integer arithmetic.
 * @example turnoutAtLeast({ …, registered: 200, valid: 189, null: 1 }, 95) // true (exactly 95 %)
 */
export function turnoutAtLeast(row: SheetRow, points: number): boolean {
	return row.registered !== undefined && votersOf(row) * 100 >= points * row.registered;
}

/**
 * The median of numbers (the mean of the two middle values for an even count).
 * @example median([3, 1, 2, 10]) // 2.5
 */
export function median(values: readonly number[]): number | undefined {
	if (values.length === 0) return undefined;
	const s = Float64Array.from(values).sort();
	const mid = s.length >> 1;
	return s.length % 2 ? s[mid] : (s[mid - 1]! + s[mid]!) / 2;
}

export interface TurnoutBin {
	/** Lower bound in points, inclusive. */
	from: number;
	/** Upper bound in points: exclusive, except the last regular bin, which includes 100 %. */
	to: number;
	count: number;
}

export interface TurnoutSummary {
	sheets: number;
	/** Sheets that give registered electors (the only ones with a turnout). */
	withRegistered: number;
	withoutRegistered: number;
	/** Median sheet turnout, in points. */
	median: number | undefined;
	/** All voters over all registered electors of the sheets that give them, in points. */
	overall: number | undefined;
	voters: number;
	registered: number;
	/** The threshold of `atOrAbove`, in points (95). */
	threshold: number;
	/** Sheets at or above the threshold. */
	atOrAbove: number;
	/** Sheets above 100 % (more voters than electors: impossible on an honest sheet). */
	over100: number;
	/** `binWidth`-point bins from 0 to 100 (100 % falls in the last); sheets above 100 % are in `over100`. */
	bins: TurnoutBin[];
	binWidth: number;
}

/**
 * The distribution of sheet turnout.
 * @example summariseTurnout(rows).median // 61.4
 */
export function summariseTurnout(
	rows: readonly SheetRow[],
	{ binWidth = 5, threshold = 95 }: { binWidth?: number; threshold?: number } = {}
): TurnoutSummary {
	const nBins = Math.ceil(100 / binWidth);
	const bins: TurnoutBin[] = Array.from({ length: nBins }, (_, i) => ({
		from: i * binWidth,
		to: Math.min(100, (i + 1) * binWidth),
		count: 0
	}));
	let over100 = 0;
	const turnouts: number[] = [];
	let voters = 0;
	let registered = 0;
	let atOrAbove = 0;
	for (const row of rows) {
		if (!row.registered) continue;
		const v = votersOf(row);
		voters += v;
		registered += row.registered;
		turnouts.push((v * 100) / row.registered);
		if (v * 100 >= threshold * row.registered) atOrAbove++;
		if (v > row.registered) over100++;
		// Integer floor of v·100 / (registered·width): exact, since both sides are whole numbers.
		else bins[Math.min(nBins - 1, Math.floor((v * 100) / (row.registered * binWidth)))]!.count++;
	}
	return {
		sheets: rows.length,
		withRegistered: turnouts.length,
		withoutRegistered: rows.length - turnouts.length,
		median: median(turnouts),
		overall: registered > 0 ? (voters * 100) / registered : undefined,
		voters,
		registered,
		threshold,
		atOrAbove,
		over100,
		bins,
		binWidth
	};
}
