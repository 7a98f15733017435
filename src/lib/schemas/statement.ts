import { z } from 'zod';
import {
	DateSchema,
	IdSchema,
	LocalizedTextSchema,
	QuoteSchema,
	SourceIdsSchema,
	TextSchema
} from './common';

/**
 * Stance codes of the fact sheet §4: C = recognises or congratulates the announced result;
 * P = asks for publication or verification of the tally sheets; R = rejects the result or
 * recognises the opposition; O = other.
 */
export const STANCES = ['recognises', 'asks-verification', 'rejects', 'other'] as const;
export type Stance = (typeof STANCES)[number];

export const StatementSchema = z.strictObject({
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
	quote: QuoteSchema,
	/** The earlier statement of the same actor that this one revises. */
	revises: IdSchema.optional(),
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional()
});
export type Statement = z.infer<typeof StatementSchema>;
