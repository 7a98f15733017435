import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, SourceIdsSchema, WhenSchema } from './common';

/**
 * Kinds of dated events drawn as markers beside the statements (fact sheet §1d): a court ruling,
 * a legal deadline, a proclamation, anything else.
 */
export const EVENT_KINDS = ['ruling', 'deadline', 'proclamation', 'other'] as const;

/**
 * An official act that is neither a tabulation release nor a claim, kept so a timeline can show
 * reactions relative to it (the TSJ ruling of 22 Aug 2024). CNE bulletins are not events: they
 * come from the official tabulation's snapshots.
 */
export const EventSchema = z.strictObject({
	id: IdSchema,
	/** A date, or a date-time with offset when the time of day is confirmed. */
	date: WhenSchema,
	kind: z.enum(EVENT_KINDS),
	/** Who acted (an actor id), when one body did. */
	actor: IdSchema.optional(),
	title: LocalizedTextSchema,
	description: LocalizedTextSchema.optional(),
	sourceIds: SourceIdsSchema
});
export type ElectionEvent = z.infer<typeof EventSchema>;
