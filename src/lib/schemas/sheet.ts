import { z } from 'zod';
import { CountSchema, HttpUrlSchema, IdSchema, TextSchema } from './common';

/**
 * One counting unit's figures (one tally sheet / polling table) as kept in
 * `sheets/<snapshot-id>.csv` beside an election. Browser-safe.
 *
 * - `sheet`: unique key within the release (Venezuela: `<CENTRO>-<MESA>`).
 * - `region`: id of the finest-level region the sheet belongs to.
 * - `centre`, `table`: the voting centre code and table number, when the publisher gives them.
 * - `registered`: electors registered on the table, when given (never made up).
 * - `votes`: one count per candidate id of the election.
 * - `image`: http(s) link to the image of the sheet, when given.
 */
export const SheetRowSchema = z.strictObject({
	sheet: TextSchema,
	region: IdSchema,
	centre: TextSchema.optional(),
	table: TextSchema.optional(),
	registered: CountSchema.optional(),
	valid: CountSchema,
	null: CountSchema,
	votes: z.record(IdSchema, CountSchema),
	image: HttpUrlSchema.optional()
});
export type SheetRow = {
	sheet: string;
	region: string;
	centre?: string;
	table?: string;
	registered?: number;
	valid: number;
	null: number;
	votes: Record<string, number>;
	image?: string;
};
