import { z } from 'zod';
import {
	DateSchema,
	HttpUrlSchema,
	IdSchema,
	LanguageSchema,
	LocalizedTextSchema,
	TextSchema
} from './common';

/** Where a figure, claim or statement was published. Cited by id from everything else. */
export const SourceSchema = z.strictObject({
	id: IdSchema,
	/**
	 * Outlet or body that published it, e.g. "La Nación (Reuters)": a name, the link text on every
	 * page. How we reached it ("citing La Patilla", "a mirror") goes in `via`, in both languages.
	 */
	publisher: TextSchema,
	/** How the page relates to the outlet, in the page's language ("citando a La Patilla"). */
	via: LocalizedTextSchema.optional(),
	/** Title or short description of the page (the fact sheet does not always give the title). */
	title: TextSchema.optional(),
	url: HttpUrlSchema,
	lang: LanguageSchema,
	published: DateSchema.optional(),
	retrieved: DateSchema.optional(),
	archiveUrl: HttpUrlSchema.optional()
});
export type Source = z.infer<typeof SourceSchema>;
