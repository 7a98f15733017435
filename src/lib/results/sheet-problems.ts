/**
 * The kinds of problem the consistency check finds on a sheet, in the order the page lists them.
 * Apart from sheet-checks.ts so that components can list them without loading the statistics.
 */
export type SheetProblem =
	/** The candidates' votes do not add up to the valid votes written on the sheet. */
	| 'votes-sum'
	/** More ballots (valid + null) than registered electors: turnout above 100 %. */
	| 'over-registered'
	/** The same sheet key appears on more than one row. */
	| 'duplicate-sheet'
	/** The same image is given for more than one sheet. */
	| 'duplicate-image';

export const SHEET_PROBLEMS: readonly SheetProblem[] = [
	'votes-sum',
	'over-registered',
	'duplicate-sheet',
	'duplicate-image'
];
