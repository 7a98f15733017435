import { Cite, type CSL } from '@citation-js/core';
import { t, type Locale } from '$lib/i18n';
import { dateFormat, formatDate } from '$lib/i18n/format';
import { registerStyles, STYLE } from './styles';
import type { AccessDateStyle, Citation, CitationText, CiteFormat } from './types';
import type { CiteWork } from './work';

/** The CSL locale of each page language (both ship with @citation-js/plugin-csl). */
export const CSL_LOCALE: Record<Locale, string> = { es: 'es-ES', en: 'en-US' };

/** The institutional author and publisher of every citation. */
export const PUBLISHER = 'Escrutinio';

export interface CiteOptions {
	/** The build date (the access date a reader without JavaScript sees), `YYYY-MM-DD`. */
	buildDate: string;
	/** `SITE_ORIGIN` (`https://host`, no path) or '' for root-relative URLs. */
	origin: string;
}

/** The build's calendar date (UTC) as `YYYY-MM-DD`, from an epoch time. */
export function isoDate(ms: number): string {
	return new Date(ms).toISOString().slice(0, 10);
}

function dateParts(iso: string): [number, number, number] {
	const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
	return [y, m, d];
}

function sourceText(s: { name: string; url?: string }): string {
	return s.url ? `${s.name} (${s.url})` : s.name;
}

/** The title as cited: the page's title with the as-of time, or for a claim both sides. */
export function citedTitle(work: CiteWork): string {
	const { lang } = work;
	if (work.claim) {
		const c = work.claim;
		return t(lang, 'cite.claimTitle', {
			title: work.title,
			by: c.by,
			source: c.source.name,
			date: /^\d{4}-\d{2}-\d{2}/.test(c.date) ? formatDate(c.date, lang) : c.date,
			release: c.comparedWith.name,
			asOf: c.comparedWith.asOf
		});
	}
	return t(lang, 'cite.title', { title: work.title, asOf: work.asOf });
}

/**
 * The CSL-JSON item of a cited work. An honest type: the pages are datasets (figures with sources
 * and an as-of time). The author is the institution (a literal name, never split into given and
 * family names). There is no `issued` date on purpose: the site is rebuilt as the data are revised
 * (see the revisions log), so, as APA 7 says for pages whose content changes over time, the
 * citation has no publication date and gives the access date instead; the as-of time of the
 * figures is part of the title, so every format carries it.
 */
export function cslItem(work: CiteWork, opts: CiteOptions): CSL {
	const { lang } = work;
	const notes: string[] = [];
	if (work.claim) {
		const c = work.claim;
		notes.push(
			t(lang, 'cite.claimNote', {
				by: c.by,
				date: c.date,
				source: sourceText(c.source),
				release: c.comparedWith.name,
				asOf: c.comparedWith.asOf
			})
		);
	}
	if (work.sources?.length)
		notes.push(t(lang, 'cite.sources', { list: work.sources.map(sourceText).join('; ') }));
	const item: CSL = {
		id: work.id,
		type: 'dataset',
		title: citedTitle(work),
		author: [{ literal: PUBLISHER }],
		publisher: PUBLISHER,
		URL: opts.origin + work.path,
		accessed: { 'date-parts': [dateParts(opts.buildDate)] },
		language: lang
	};
	if (notes.length) item.note = notes.join(' ');
	return item;
}

/** The access date as written by the browser helper (the same code, so the swap is exact). */
export function accessDateText(style: AccessDateStyle, iso: string): string {
	const [y, m, d] = dateParts(iso);
	if (style === 'iso' || style === 'csl-json')
		return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
	const tag = style === 'long-es' ? 'es' : 'en-US';
	return dateFormat(tag, {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, d)));
}

/**
 * The five formats of one work, rendered by citation-js (CSL styles through citeproc-js, BibTeX
 * through its BibTeX plugin, CSL-JSON as its data output), in the page's language.
 * Each format also says how its access date is written, so the browser can replace the build date
 * with today's, and where the URL is, so it can become absolute on the reader's origin.
 */
export function citeFormats(work: CiteWork, opts: CiteOptions): Citation {
	registerStyles();
	const item = cslItem(work, opts);
	const cite = new Cite([item]);
	const locale = CSL_LOCALE[work.lang];
	const bib = (template: string) =>
		cite.format('bibliography', { format: 'text', template, lang: locale }).trim();
	// The machine-read formats (BibTeX, CSL-JSON) carry a URL only when it is absolute: a reader
	// (Zotero, biblatex, a CSL processor) takes a root-relative `url`/`URL` for a broken link. Built
	// without SITE_ORIGIN, they leave the field out and /cite.js (enhance.js) adds it, absolute on the
	// page's origin, in the place and form citation-js gives it when the origin is known.
	const absolute = /^https?:\/\//.test(item.URL!);
	const machineItem: CSL = absolute ? item : { ...item, URL: undefined };
	// Classic BibTeX has no access-date field: citation-js writes it in `note`
	// ("[Online; accessed YYYY-MM-DD]") when the item has no note, so the sources go to `annote`.
	const bibtexItem: CSL = { ...machineItem, note: undefined, annote: item.note };
	const bibtex = (new Cite([bibtexItem]).format('bibtex', { format: 'text' }) as string).trim();
	const csl = (absolute ? cite : new Cite([machineItem])).format('data', {
		format: 'text'
	}) as string;

	const texts: Record<CiteFormat, string> = {
		text: bib(STYLE.text),
		apa: bib(STYLE.apa),
		chicago: bib(STYLE.chicago),
		bibtex,
		csl
	};
	const formats: CitationText[] = (Object.keys(texts) as CiteFormat[]).map((format) => {
		const dateStyle: AccessDateStyle =
			format === 'bibtex'
				? 'iso'
				: format === 'csl'
					? 'csl-json'
					: work.lang === 'es'
						? 'long-es'
						: 'long-en-US';
		const access = accessDateText(dateStyle, opts.buildDate);
		const text = texts[format];
		if (dateStyle !== 'csl-json' && !text.includes(access))
			throw new Error(
				`cite: the ${format} citation does not show the access date "${access}": ${text}`
			);
		const machine = format === 'bibtex' || format === 'csl';
		if ((absolute || !machine) && !text.includes(item.URL!))
			throw new Error(`cite: the ${format} citation lacks its URL`);
		if (!absolute && machine && text.includes(item.URL!))
			throw new Error(`cite: the ${format} citation has a root-relative URL`);
		return { format, text, access, dateStyle };
	});
	return { id: work.id, lang: work.lang, title: work.title, url: item.URL!, formats };
}
