import { z } from 'zod';
import { DateSchema, HttpUrlSchema, IdSchema, LanguageSchema, TextSchema } from './common';

/** Where a figure, claim or statement was published. Cited by id from everything else. */
export const SourceSchema = z.strictObject({
	id: IdSchema,
	/** Outlet or body that published it, e.g. "La Nación (Reuters)". */
	publisher: TextSchema,
	/** Title or short description of the page (the fact sheet does not always give the title). */
	title: TextSchema.optional(),
	url: HttpUrlSchema,
	lang: LanguageSchema,
	published: DateSchema.optional(),
	retrieved: DateSchema.optional(),
	archiveUrl: HttpUrlSchema.optional()
});
export type Source = z.infer<typeof SourceSchema>;
