/**
 * One tally sheet as the sheet-level checks read it. Mirrors `SheetRow` of the sheet data
 * contract (`src/lib/schemas/sheet.ts`, shared with the data-import work); kept here until that
 * schema lands so the checks build on their own.
 */
export interface SheetRow {
	/** Unique key of the sheet (Venezuela: `<CENTRO>-<MESA>`). */
	sheet: string;
	/** The finest-level region id. */
	region: string;
	centre?: string;
	table?: string;
	/** Registered electors on the sheet's table, when the file gives them. */
	registered?: number;
	valid: number;
	null: number;
	/** Votes per candidate id. */
	votes: Record<string, number>;
	/** http(s) URL of the sheet's image. */
	image?: string;
}
