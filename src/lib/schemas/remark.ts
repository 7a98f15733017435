import { z } from 'zod';
import {
	IdSchema,
	LocalizedTextSchema,
	QuoteSchema,
	SourceIdsSchema,
	TextSchema,
	WhenSchema
} from './common';

/** A calendar month, `YYYY-MM`, for words the sources date only to the month (fact sheet §6.11). */
export const MonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'a month (YYYY-MM)');

/**
 * When a response was given: an instant with offset, a date, or only a month when that is all the
 * sources give (North Macedonia "Jul 2024", the Carter Center mission "early Aug", fact sheet
 * §6.11–6.13). Never a more precise value than the sources give.
 */
export const LooseWhenSchema = z
	.string()
	.refine(
		(v) => MonthSchema.safeParse(v).success || WhenSchema.safeParse(v).success,
		'a month (YYYY-MM), a date (YYYY-MM-DD) or a date-time with offset (YYYY-MM-DDTHH:MM:SS±HH:MM)'
	);
export type LooseWhen = z.infer<typeof LooseWhenSchema>;

/**
 * Words someone said about a claim after it was made: what another body added to it or answered
 * (the Attorney General, North Macedonia, the Carter Center mission, the CNE's vice-president on
 * the "hacking" claim, fact sheet §6.10–6.13). Shown on the claim's card in date order; a response
 * dated before its claim is refused.
 */
export const ResponseSchema = z.strictObject({
	/** Actor id of who responded. */
	actor: IdSchema,
	person: TextSchema.optional(),
	role: LocalizedTextSchema.optional(),
	date: LooseWhenSchema,
	/** What the sources say about the date when they give no day ("early August"). */
	dateNote: LocalizedTextSchema.optional(),
	/** Through what: an interview, a broadcast, a press release. */
	channel: LocalizedTextSchema.optional(),
	quote: QuoteSchema,
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional()
});
export type ClaimResponse = z.infer<typeof ResponseSchema>;

/**
 * A remark named in the coverage (fact sheet §6.1–6.8): who said what, when, with no stance. Most
 * are by individuals (Musk, Maduro, Machado, a priest). Remarks are shown on the statements
 * timeline but never count in the governments' stance tallies and never colour the map: those are
 * built from statements only.
 */
export const RemarkSchema = z.strictObject({
	id: IdSchema,
	/** Actor id of who made the remark (an individual, or an organisation). */
	actor: IdSchema,
	person: TextSchema.optional(),
	role: LocalizedTextSchema.optional(),
	/** A date; a date-time with offset only where a source gives the time of day. */
	date: WhenSchema,
	/** Through what: on X, at a ceremony, in a press release. */
	channel: LocalizedTextSchema.optional(),
	quote: QuoteSchema,
	/** The claim this remark is shown beside (Machado's "overwhelming" and her 70 %/30 % claim). */
	claim: IdSchema.optional(),
	/** The statement of the same release, when the remark quotes one (fact sheet §6.8 and §4 row 3). */
	statement: IdSchema.optional(),
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional()
});
export type Remark = z.infer<typeof RemarkSchema>;
