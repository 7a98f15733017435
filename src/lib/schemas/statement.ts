import { z } from 'zod';
import {
	DateSchema,
	IdSchema,
	LocalizedTextSchema,
	QuoteSchema,
	SourceIdsSchema,
	TextSchema
} from './common';

import { STANCES, UNCONFIRMABLE_PARTS } from './enums';

export { STANCES, UNCONFIRMABLE_PARTS, type Stance } from './enums';

export const StatementSchema = z
	.strictObject({
		id: IdSchema,
		/** Every signatory of a joint statement; at least one. */
		actors: z.array(IdSchema).min(1, 'at least one actor id'),
		person: TextSchema.optional(),
		role: LocalizedTextSchema.optional(),
		date: DateSchema,
		/** True when the source gives the date only approximately ("~3 Aug"). */
		dateApprox: z.boolean().default(false),
		stance: z.enum(STANCES),
		/** Nuance the code cannot carry ("R/P", "failed resolution"). */
		stanceNote: LocalizedTextSchema.optional(),
		/**
		 * The words, when a source gives them. Absent for acts without words (a failed OAS
		 * resolution, §4 row 4) and for quotes the fact sheet marks UNCONFIRMED.
		 */
		quote: QuoteSchema.optional(),
		/** Parts the fact sheet marks UNCONFIRMED; such a statement is flagged on every page. */
		unconfirmed: z.array(z.enum(UNCONFIRMABLE_PARTS)).default([]),
		/** The earlier statement of the same actor that this one revises. */
		revises: IdSchema.optional(),
		sourceIds: SourceIdsSchema,
		notes: LocalizedTextSchema.optional()
	})
	.refine((s) => s.quote !== undefined || s.notes !== undefined, {
		message: 'a quote, or notes that say what was said or done',
		path: ['quote']
	})
	.refine((s) => !(s.quote && s.unconfirmed.includes('quote')), {
		message: 'no quote when the quote is unconfirmed (leave it out, never show it as fact)',
		path: ['quote']
	});
export type Statement = z.infer<typeof StatementSchema>;
