import type { Locale } from '$lib/locales';

/**
 * What a "Cite this" block cites: one chart, table, release, claim card or integrity finding as
 * shown on one page. The citation formats (plain text, APA 7, Chicago author-date, BibTeX,
 * CSL-JSON) are produced from this by the cite module; pages and share menus only describe the work.
 */
export interface CiteWork {
	/** Unique on the page; prefixes the ids of the citation block's elements. */
	id: string;
	lang: Locale;
	/** The title of what is cited, in the page's language (e.g. "Shares by count — CNE bulletin 1"). */
	title: string;
	/** Root-relative path under the base path, with the anchor of the item (`/escrutinio/es/…/#x`). */
	path: string;
	/** The as-of time of the release(s) whose figures are shown (ISO 8601 with offset). */
	asOf: string;
	/** The sources of the figures shown (outlet or body names, and their http(s) URLs). */
	sources?: { name: string; url?: string }[];
	/** For a claim card: who claimed what and where, and the release it is compared with. */
	claim?: {
		by: string;
		date: string;
		source: { name: string; url?: string };
		comparedWith: { name: string; asOf: string };
	};
}
