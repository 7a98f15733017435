import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-bibtex';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { accessDateText, citeFormats, cslItem } from './citation';
import type { CiteWork } from './work';
import type { AccessDateStyle } from './types';

const release = (lang: 'es' | 'en'): CiteWork => ({
	id: 'release-cne-bulletin-1',
	lang,
	title: lang === 'es' ? 'Resultados del boletín 1 del CNE' : 'Results of CNE bulletin 1',
	path: `/escrutinio/${lang}/venezuela-2024/snapshots/cne-bulletin-1/#snap-cne-bulletin-1`,
	asOf: '2024-07-29T00:06:00-04:00',
	sources: [{ name: 'CNE', url: 'https://www.cne.gob.ve/' }]
});

const claim = (lang: 'es' | 'en'): CiteWork => ({
	...release(lang),
	id: 'claim-x',
	title: 'Elvis Amoroso: «51,2 %»',
	path: `/escrutinio/${lang}/venezuela-2024/claims/amoroso/`,
	claim: {
		by: 'Elvis Amoroso',
		date: '2024-07-29',
		source: { name: 'VTV', url: 'https://example.org/vtv' },
		comparedWith: { name: 'CNE bulletin 1', asOf: '2024-07-29T00:06:00-04:00' }
	}
});

const opts = { buildDate: '2024-08-07', origin: 'https://example.org' };
const URL_ = (lang: string) =>
	`https://example.org/escrutinio/${lang}/venezuela-2024/snapshots/cne-bulletin-1/#snap-cne-bulletin-1`;

/** The browser helper (src/lib/cite/enhance.js), run without a DOM. */
function browserHelper() {
	const src = readFileSync(new URL('./enhance.js', import.meta.url), 'utf8');
	const win: Record<string, unknown> = {};
	const doc = { readyState: 'loading', addEventListener: () => {} };
	new Function('window', 'document', src)(win, doc);
	return win.EscrutinioCite as {
		accessText(style: AccessDateStyle, d: Date): string;
		swap(
			text: string,
			style: AccessDateStyle,
			build: string,
			d: Date,
			from?: string,
			to?: string
		): string;
	};
}

describe('citeFormats', () => {
	for (const lang of ['es', 'en'] as const) {
		const c = citeFormats(release(lang), opts);
		const by = Object.fromEntries(c.formats.map((f) => [f.format, f]));

		it(`${lang}: every format has the title, publisher, absolute URL, as-of time and access date`, () => {
			expect(c.formats.map((f) => f.format)).toEqual(['text', 'apa', 'chicago', 'bibtex', 'csl']);
			for (const f of c.formats) {
				expect(f.text).toContain(URL_(lang));
				expect(f.text).toContain('2024-07-29T00:06:00-04:00');
				expect(f.text).toContain('Escrutinio');
				expect(f.text.replace(/[{}]/g, '')).toMatch(/bolet|bulletin/i);
			}
			const long = lang === 'es' ? '7 de agosto de 2024' : 'August 7, 2024';
			for (const k of ['text', 'apa', 'chicago']) expect(by[k]!.text).toContain(long);
			expect(by.bibtex!.text).toContain('2024-08-07');
			expect(by.bibtex!.text).toMatch(/publisher = \{Escrutinio\}/);
		});

		it(`${lang}: APA and Chicago are in the page's language`, () => {
			if (lang === 'es') {
				expect(by.apa!.text).toContain('Recuperado 7 de agosto de 2024, de');
				expect(by.chicago!.text).toContain('Accedido 7 de agosto de 2024');
				expect(by.chicago!.text).toContain('«');
			} else {
				expect(by.apa!.text).toContain('Retrieved August 7, 2024, from');
				expect(by.chicago!.text).toContain('Accessed August 7, 2024');
			}
		});

		it(`${lang}: the BibTeX parses with a BibTeX parser`, () => {
			const parsed = parseBibtex(by.bibtex!.text);
			expect(parsed.errors).toEqual([]);
			expect(parsed.entries).toHaveLength(1);
			const e = parsed.entries[0]!;
			expect(e.fields.url).toBe(URL_(lang));
			expect(String(e.fields.publisher)).toBe('Escrutinio');
			expect(String(e.fields.title)).toContain('2024-07-29T00:06:00-04:00');
			expect(String(e.fields.note)).toContain('2024-08-07');
		});

		it(`${lang}: the CSL-JSON reads back with citation-js`, () => {
			const back = new Cite(JSON.parse(by.csl!.text));
			const item = back.data[0]!;
			expect(item.type).toBe('dataset');
			expect(item.URL).toBe(URL_(lang));
			expect(item.publisher).toBe('Escrutinio');
			expect(item.author).toEqual([{ literal: 'Escrutinio' }]);
			expect(item.accessed?.['date-parts']).toEqual([[2024, 8, 7]]);
			expect(item.title).toContain('2024-07-29T00:06:00-04:00');
			expect(item.note).toContain('https://www.cne.gob.ve/');
		});
	}

	it('a claim names its source and the release it is compared with, in every format', () => {
		for (const lang of ['es', 'en'] as const) {
			const c = citeFormats(claim(lang), opts);
			for (const f of c.formats) {
				const text = f.format === 'bibtex' ? f.text.replace(/[{}]/g, '') : f.text;
				expect(text).toContain('VTV');
				// Chicago writes English titles in title case ("CNE Bulletin 1").
				expect(text.toLowerCase()).toContain('cne bulletin 1');
				expect(text).toContain('Amoroso');
			}
			expect(cslItem(claim(lang), opts).note).toContain('https://example.org/vtv');
		}
	});

	it('leaves the URL root-relative when the build knows no origin', () => {
		const c = citeFormats(release('en'), { ...opts, origin: '' });
		expect(c.url).toBe(
			'/escrutinio/en/venezuela-2024/snapshots/cne-bulletin-1/#snap-cne-bulletin-1'
		);
	});
});

describe('the browser swap of the access date', () => {
	const helper = browserHelper();
	const days = ['2024-01-01', '2024-02-29', '2025-03-09', '2026-05-31', '2026-09-15', '2026-12-25'];

	it('writes every date exactly as citeproc writes it, in both languages and every format', () => {
		for (const lang of ['es', 'en'] as const)
			for (const day of days) {
				const [y, m, d] = day.split('-').map(Number) as [number, number, number];
				const local = new Date(y, m - 1, d, 12);
				const built = citeFormats(release(lang), { ...opts, buildDate: '2024-08-07' });
				const direct = citeFormats(release(lang), { ...opts, buildDate: day });
				for (const [i, f] of built.formats.entries()) {
					expect(helper.accessText(f.dateStyle, local)).toBe(accessDateText(f.dateStyle, day));
					expect(helper.swap(f.text, f.dateStyle, f.access, local)).toBe(direct.formats[i]!.text);
				}
			}
	});

	it('makes the URL absolute on the reader origin', () => {
		const c = citeFormats(release('es'), { ...opts, origin: '' });
		const at = new Date(2024, 7, 7, 12);
		for (const f of c.formats) {
			const out = helper.swap(f.text, f.dateStyle, f.access, at, c.url, 'http://h.test' + c.url);
			expect(out).toContain('http://h.test/escrutinio/es/');
		}
	});

	it('without SITE_ORIGIN, BibTeX and CSL-JSON name no root-relative URL, and get the absolute one as a build with the origin writes it', () => {
		const at = new Date(2024, 7, 7, 12);
		for (const lang of ['es', 'en'] as const) {
			const rel = citeFormats(release(lang), { ...opts, origin: '' });
			const abs = citeFormats(release(lang), { ...opts, origin: 'http://h.test' });
			const by = Object.fromEntries(rel.formats.map((f) => [f.format, f]));
			// Built: the human-read formats show the path; the machine-read ones leave the URL out.
			for (const f of ['text', 'apa', 'chicago'] as const) expect(by[f]!.text).toContain(rel.url);
			const built = parseBibtex(by.bibtex!.text);
			expect(built.errors).toEqual([]);
			expect(built.entries[0]!.fields.url).toBeUndefined();
			expect(JSON.parse(by.csl!.text)[0].URL).toBeUndefined();
			// In the browser: the page's origin + path, in every format, the same text as a build
			// with that origin.
			const swapped = rel.formats.map((f) =>
				helper.swap(f.text, f.dateStyle, f.access, at, rel.url, 'http://h.test' + rel.url)
			);
			expect(swapped).toEqual(abs.formats.map((f) => f.text));
			const bib = parseBibtex(swapped[3]!);
			expect(bib.errors).toEqual([]);
			expect(bib.entries[0]!.fields.url).toBe('http://h.test' + rel.url);
			expect(new Cite(JSON.parse(swapped[4]!)).data[0]!.URL).toBe('http://h.test' + rel.url);
		}
	});

	it('refreshes idempotently: several blocks on a page each refresh, the text is swapped once', () => {
		// Every CiteThis on a hydrated page calls refresh() on mount. The built URL is
		// root-relative (no SITE_ORIGIN) and lies inside its absolute form: a second swap of the
		// already swapped text would prefix the origin again.
		const c = citeFormats(release('es'), { ...opts, origin: '' });
		const pres = c.formats.map((f) => ({
			textContent: f.text,
			getAttribute: (a: string) =>
				({ 'data-cite-date': f.dateStyle, 'data-cite-access': f.access })[a] ?? null
		}));
		const block = {
			getAttribute: (a: string) => ({ 'data-cite-url': c.url, 'data-cite-path': c.url })[a] ?? null,
			querySelectorAll: (sel: string) => (sel === '[data-cite-access]' ? pres : []),
			closest: () => null // in no closed disclosure: refreshed at once
		};
		const src = readFileSync(new URL('./enhance.js', import.meta.url), 'utf8');
		const win: Record<string, unknown> = {};
		const doc = {
			readyState: 'loading',
			addEventListener: () => {},
			querySelectorAll: () => [block]
		};
		new Function('window', 'document', 'location', src)(win, doc, { origin: 'http://h.test' });
		const { refresh } = win.EscrutinioCite as { refresh(): void };
		refresh();
		const once = pres.map((p) => p.textContent);
		refresh();
		refresh();
		expect(pres.map((p) => p.textContent)).toEqual(once);
		for (const t of once) {
			expect(t).toContain('http://h.test/escrutinio/es/');
			expect(t).not.toContain('http://h.testhttp');
		}
		// Text put back by hydration (the build's) is swapped again, from the start.
		pres[0]!.textContent = c.formats[0]!.text;
		refresh();
		expect(pres[0]!.textContent).toBe(once[0]);
	});
});
