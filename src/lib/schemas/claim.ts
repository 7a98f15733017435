import { z } from 'zod';
import {
	IdSchema,
	LocalizedTextSchema,
	PercentSchema,
	CountSchema,
	QuoteSchema,
	SourceIdsSchema,
	TextSchema,
	WhenSchema
} from './common';

/** Words that assert more than a number: they are tested against the outstanding-vote maths. */
export const QUALITY_WORDS = ['irreversible', 'overwhelming', 'decisive', 'clear'] as const;

/**
 * What a claim asserts, in structured form where it can be. A claim with no assertion can only be
 * "not verifiable" from the reported numbers.
 */
export const AssertionSchema = z.discriminatedUnion('kind', [
	z.strictObject({ kind: z.literal('winner'), contestant: IdSchema }),
	z.strictObject({
		kind: z.literal('shares'),
		shares: z.array(z.strictObject({ contestant: IdSchema, percent: PercentSchema })).min(1)
	}),
	z.strictObject({
		kind: z.literal('votes'),
		votes: z.array(z.strictObject({ contestant: IdSchema, votes: CountSchema })).min(1)
	}),
	z.strictObject({ kind: z.literal('coverage'), percent: PercentSchema }),
	z.strictObject({
		kind: z.literal('quality'),
		word: z.enum(QUALITY_WORDS),
		contestant: IdSchema
	}),
	/** The claimant says a tabulation's results are valid (TSJ, 22 Aug 2024). */
	z.strictObject({ kind: z.literal('validates'), tabulation: IdSchema }),
	/** The claimant says a tabulation's results cannot be trusted or recognised. */
	z.strictObject({ kind: z.literal('disputes'), tabulation: IdSchema })
]);
export type Assertion = z.infer<typeof AssertionSchema>;

export const ClaimSchema = z.strictObject({
	id: IdSchema,
	/** Actor id of who made the claim. */
	actor: IdSchema,
	person: TextSchema.optional(),
	role: LocalizedTextSchema.optional(),
	madeAt: WhenSchema,
	/** Through what: a televised reading, a press conference, a website, a ruling. */
	channel: LocalizedTextSchema.optional(),
	quote: QuoteSchema,
	assertions: z.array(AssertionSchema).default([]),
	/** The tabulation the claim speaks about, when it speaks about one. */
	about: IdSchema.optional(),
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional()
});
export type Claim = z.infer<typeof ClaimSchema>;
