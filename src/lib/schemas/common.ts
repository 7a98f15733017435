import { z } from 'zod';
// Locales live in a zod-free module so the browser bundle does not pull in zod (see locales.ts).
import { LOCALES, type Locale } from '../locales';

export { LOCALES, type Locale };
export const LocaleSchema = z.enum(LOCALES);

/** A slug-like id: lower-case letters, digits and dashes; stable, used in URLs. */
export const IdSchema = z
	.string()
	.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'an id of lower-case letters, digits and dashes');
export type Id = z.infer<typeof IdSchema>;

/**
 * Plain text from a data file. It is always rendered as text (never as HTML), so markup in it is
 * harmless; we still refuse control characters, which have no business in a quote or a name.
 */
export const TextSchema = z
	.string()
	.min(1, 'non-empty text')
	// eslint-disable-next-line no-control-regex
	.regex(/^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/, 'text without control characters');

/** Text in both site locales. */
export const LocalizedTextSchema = z.strictObject({ es: TextSchema, en: TextSchema });
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;

/** Only http(s) links ever reach a page: `javascript:`, `data:` and friends are refused. */
export const HttpUrlSchema = z.string().refine((s) => {
	// Characters that no well-formed URL carries unescaped: they could break out of an attribute.
	if (/[\s"<>`\\]/.test(s)) return false;
	try {
		const u = new URL(s);
		return (u.protocol === 'http:' || u.protocol === 'https:') && u.hostname !== '';
	} catch {
		return false;
	}
}, 'an http(s) URL');

/** Calendar date, `YYYY-MM-DD`, in the election's time zone. */
export const DateSchema = z.iso.date();

/** An instant: ISO 8601 date and time **with** an offset (`2024-07-29T00:06:00-04:00`). */
export const DateTimeSchema = z.iso.datetime({ offset: true, local: false });

/**
 * When something happened or was published: either an instant with offset, or only a date when
 * the time of day is not confirmed (CNE bulletin 2, fact sheet §1a). Never a local time without an
 * offset.
 */
export const WhenSchema = z.union([DateTimeSchema, DateSchema], {
	error: 'a date (YYYY-MM-DD) or a date-time with offset (YYYY-MM-DDTHH:MM:SS±HH:MM)'
});
export type When = z.infer<typeof WhenSchema>;

/** Non-negative whole number of votes, electors or units. */
export const CountSchema = z.number().int('a whole number').nonnegative('a count ≥ 0');

/** A percentage as a number in [0, 100] (never a string). */
export const PercentSchema = z.number().min(0, 'a percentage ≥ 0').max(100, 'a percentage ≤ 100');

/** ISO 639-1 language of a text. */
export const LanguageSchema = z
	.string()
	.regex(/^[a-z]{2}$/, 'an ISO 639-1 language code like "es"');

/** ISO 3166-1 alpha-2 country code. */
export const CountryCodeSchema = z
	.string()
	.regex(/^[A-Z]{2}$/, 'an ISO 3166-1 alpha-2 code like "VE"');

export const SourceIdsSchema = z.array(IdSchema).min(1, 'at least one source id');

/**
 * A quote kept in the language it was published in, with translations into the site locales.
 * `kind` says how close the text is to the speaker's words: `verbatim` (as said), `outlet-translation`
 * (the outlet's translation, fact sheet: most non-English quotes), `paraphrase` (reported speech).
 * Each translation says who made it: `outlet` (published by a cited source), `editorial` (written
 * by this project's editors) or `machine`.
 */
export const QuoteSchema = z.strictObject({
	text: TextSchema,
	lang: LanguageSchema,
	kind: z.enum(['verbatim', 'outlet-translation', 'paraphrase']),
	translations: z
		.partialRecord(
			LocaleSchema,
			z.strictObject({ text: TextSchema, by: z.enum(['outlet', 'editorial', 'machine']) })
		)
		.default({})
});
export type Quote = z.infer<typeof QuoteSchema>;
