import type { MessageKey } from '$lib/i18n';
import type { Locale } from '$lib/locales';

/** The five citation formats, in the order the "Cite this" block shows them. */
export const CITE_FORMATS = ['text', 'apa', 'chicago', 'bibtex', 'csl'] as const;
export type CiteFormat = (typeof CITE_FORMATS)[number];

/**
 * How the access date is written inside one format, so the browser can put today's date where the
 * build wrote its own, written exactly the same way (see `static/cite.js` and access-date.js):
 * - `long-es` / `long-en-US`: "7 de agosto de 2024" / "August 7, 2024" (the CSL locales' long form)
 * - `iso`: "2024-08-07"
 * - `csl-json`: the `accessed` date-parts of a CSL-JSON array
 */
export type AccessDateStyle = 'long-es' | 'long-en-US' | 'iso' | 'csl-json';

/** One format of one citation, rendered at build time. */
export interface CitationText {
	format: CiteFormat;
	/** The whole citation as the build wrote it (access date = build date). */
	text: string;
	/** The build date exactly as it appears in `text`. */
	access: string;
	dateStyle: AccessDateStyle;
}

/** Everything the "Cite this" block needs: ready strings, no citation library in the browser. */
export interface Citation {
	id: string;
	lang: Locale;
	title: string;
	/** The URL as the build wrote it in every format (root-relative without SITE_ORIGIN). */
	url: string;
	formats: CitationText[];
}

/** The message key naming each format. */
export const FORMAT_LABEL: Record<CiteFormat, MessageKey> = {
	text: 'cite.format.text',
	apa: 'cite.format.apa',
	chicago: 'cite.format.chicago',
	bibtex: 'cite.format.bibtex',
	csl: 'cite.format.csl'
};
