import { z } from 'zod';
import { DateSchema, LocalizedTextSchema, TextSchema } from './common';

/** One dated entry of an election's data log: what changed and why. */
export const RevisionSchema = z.strictObject({
	date: DateSchema,
	summary: LocalizedTextSchema,
	files: z.array(TextSchema).default([])
});
export type Revision = z.infer<typeof RevisionSchema>;
