/**
 * The "election fingerprint" of Klimek, Yegorov, Hanel & Thurner ("Statistical detection of
 * systematic election irregularities", PNAS 109(41), 2012): a two-dimensional histogram of the
 * voting units, turnout on one axis and the winner's share of the valid votes on the other.
 * In most elections the sheets form one roughly round cloud. Ballot stuffing that adds votes for
 * one candidate moves sheets towards the corner where both turnout and that candidate's share
 * approach 100 %, leaving a smear or a second cluster there. A smear is a reason to look at
 * those sheets, not proof: very homogeneous small communities can also vote that way.
 *
 * Binning is in whole-number arithmetic (see turnout.ts), so a sheet on a bin edge always lands
 * in the same bin.
 */
import type { SheetRow } from './sheet-row';
import { votersOf } from './turnout';

export interface Fingerprint {
	/** Candidate whose share of the valid votes is on the second axis. */
	candidate: string;
	/** Bins per axis; each spans 100 / bins points (100 % falls in the last one). */
	bins: number;
	/** `cells[t][s]`: sheets with turnout in bin t and the candidate's share in bin s. */
	cells: number[][];
	/** Sheets placed in a cell. */
	placed: number;
	/** Sheets left out: no registered electors, no valid votes, or turnout above 100 %. */
	withoutRegistered: number;
	withoutValid: number;
	over100: number;
	/** The largest cell count (for the colour scale). */
	max: number;
	/** Sheets with turnout ≥ `corner` % and the candidate's share ≥ `corner` % (the far corner). */
	cornerThreshold: number;
	corner: number;
}

/**
 * Bin the sheets by turnout and by `candidate`'s share of the valid votes.
 * @example binFingerprint(rows, 'gonzalez', 20).cells[12][13] // sheets at 60–65 % turnout, 65–70 % share
 */
export function binFingerprint(
	rows: readonly SheetRow[],
	candidate: string,
	bins = 20,
	cornerThreshold = 95
): Fingerprint {
	const cells = Array.from({ length: bins }, () => Array.from({ length: bins }, () => 0));
	let placed = 0;
	let withoutRegistered = 0;
	let withoutValid = 0;
	let over100 = 0;
	let corner = 0;
	let max = 0;
	for (const row of rows) {
		const reg = row.registered;
		if (!reg) {
			withoutRegistered++;
			continue;
		}
		const voters = votersOf(row);
		if (voters > reg) {
			over100++;
			continue;
		}
		if (row.valid <= 0) {
			withoutValid++;
			continue;
		}
		const v = row.votes[candidate] ?? 0;
		const t = Math.min(bins - 1, Math.floor((voters * bins) / reg));
		const s = Math.min(bins - 1, Math.floor((v * bins) / row.valid));
		const n = ++cells[t]![s]!;
		if (n > max) max = n;
		placed++;
		if (voters * 100 >= cornerThreshold * reg && v * 100 >= cornerThreshold * row.valid) corner++;
	}
	return {
		candidate,
		bins,
		cells,
		placed,
		withoutRegistered,
		withoutValid,
		over100,
		max,
		cornerThreshold,
		corner
	};
}
