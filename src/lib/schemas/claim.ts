import { z } from 'zod';
import { ShareBaseSchema } from './tabulation';
import {
	DateTimeSchema,
	IdSchema,
	LocalizedTextSchema,
	PercentSchema,
	CountSchema,
	QuoteSchema,
	SourceIdsSchema,
	TextSchema,
	WhenSchema
} from './common';
import { ResponseSchema } from './remark';

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
		shares: z.array(z.strictObject({ contestant: IdSchema, percent: PercentSchema })).min(1),
		/**
		 * What the claimed percentages are shares of, as the claimant gave them (valid votes when not
		 * said). A release is compared on the same base, or not at all when it cannot give that base.
		 */
		base: ShareBaseSchema.default('valid')
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
	/** The contestant won more than half of the votes (US statement of 1 Aug 2024, fact sheet §4). */
	z.strictObject({ kind: z.literal('majority'), contestant: IdSchema }),
	/**
	 * An assessment of the process, not of figures (Carter Center, UN panel): the reported numbers
	 * can neither confirm nor refute it. `summary` says in a few words what it asserts.
	 */
	z.strictObject({ kind: z.literal('process'), summary: LocalizedTextSchema }),
	/**
	 * "The counts of this snapshot are exact multiples of a round share of the total" (fact sheet §3):
	 * tested by the round-percentage integrity check on that snapshot. `stepPercent` is the share
	 * step, 0.1 for "51.2 / 44.2 / 4.6".
	 */
	z.strictObject({
		kind: z.literal('round-percentages'),
		snapshot: IdSchema,
		stepPercent: z.number().positive()
	}),
	/** A stated probability that the snapshot's pattern arose by chance, as "1 in `oneIn`". */
	z.strictObject({
		kind: z.literal('chance'),
		snapshot: IdSchema,
		oneIn: z.number().positive()
	}),
	/** The claimant says a tabulation's results are valid (TSJ, 22 Aug 2024). */
	z.strictObject({ kind: z.literal('validates'), tabulation: IdSchema }),
	/** The claimant says a tabulation's results cannot be trusted or recognised. */
	z.strictObject({ kind: z.literal('disputes'), tabulation: IdSchema }),
	/**
	 * Something happened that no published figure records (an attack on the data transmission,
	 * fact sheet §6.9): not verifiable from the published data. `summary` says what, in a few words.
	 */
	z.strictObject({ kind: z.literal('event'), summary: LocalizedTextSchema })
]);
export type Assertion = z.infer<typeof AssertionSchema>;

export const ClaimSchema = z.strictObject({
	id: IdSchema,
	/** Actor id of who made the claim. */
	actor: IdSchema,
	person: TextSchema.optional(),
	role: LocalizedTextSchema.optional(),
	/**
	 * When the claim was made. Omitted when the sources give no date (some analyses of §3): such a
	 * claim is compared only with the snapshot it speaks about (`aboutSnapshot`).
	 */
	madeAt: WhenSchema.optional(),
	/** Why the time is what it is (approximate, or sources differ). */
	madeAtNote: LocalizedTextSchema.optional(),
	/** For a date-only `madeAt`: the earliest instant the sources allow ("afternoon": 12:00). */
	notBefore: DateTimeSchema.optional(),
	/** Through what: a televised reading, a press conference, a website, a ruling. */
	channel: LocalizedTextSchema.optional(),
	quote: QuoteSchema,
	assertions: z.array(AssertionSchema).default([]),
	/** The tabulation the claim speaks about, when it speaks about one. */
	about: IdSchema.optional(),
	/**
	 * The release the claim announces or analyses. It existed when the claim was made even when both
	 * carry only the same date (the opposition's 73.2 % release and its press conference).
	 */
	aboutSnapshot: IdSchema.optional(),
	/** The words reach us second-hand (e.g. Tao's figure, reported by other outlets, fact sheet §3). */
	secondHand: z.boolean().default(false),
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional(),
	/** What others added or answered, each dated, never before the claim (fact sheet §6.10–6.13). */
	responses: z.array(ResponseSchema).optional()
});
export type Claim = z.infer<typeof ClaimSchema>;
