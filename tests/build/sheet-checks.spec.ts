import { expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import gammainc from '@stdlib/math-base-special-gammainc';
import { parse } from 'csv-parse/sync';

// The sheet-checks page of the 81.7 % release (built by `npm run build:e2e`) against the sheet
// file itself: every number is recomputed here from the CSV, parsed with csv-parse and counted here,
// and looked for in the page's HTML (so it is there without JavaScript).
const ELECTION = 'venezuela-2024';
const SNAPSHOT = 'opposition-81-7';
const CSV = `src/data/elections/${ELECTION}/sheets/${SNAPSHOT}.csv`;
const page = (lang: string) => `build/${lang}/${ELECTION}/snapshots/${SNAPSHOT}/sheet-checks/index.html`;

const [cols = [], ...rows] = parse(readFileSync(CSV, 'utf8'), { skip_empty_lines: true }) as string[][];
const candidateCols = cols.slice(cols.indexOf('null') + 1, cols.indexOf('image'));
const totals = candidateCols
	.map((c) => ({ c, votes: rows.reduce((s, r) => s + Number(r[cols.indexOf(c)]), 0) }))
	.sort((a, b) => b.votes - a.votes);

/** Pearson's chi-square and its p-value (upper tail, 9 df) of digit counts against a law. */
function chi(observed: number[], law: number[]) {
	const n = observed.reduce((s, x) => s + x, 0);
	const x2 = observed.reduce((s, o, d) => s + (o - n * law[d]!) ** 2 / (n * law[d]!), 0);
	return { n, x2, p: gammainc(x2 / 2, 4.5, true, true) };
}
const benford2 = Array.from({ length: 10 }, (_, d) =>
	[1, 2, 3, 4, 5, 6, 7, 8, 9].reduce((s, k) => s + Math.log10(1 + 1 / (10 * k + d)), 0)
);
function digitTests(candidate: string) {
	const counts = rows.map((r) => Number(r[cols.indexOf(candidate)])).filter((v) => v >= 10);
	const last = Array(10).fill(0) as number[];
	const second = Array(10).fill(0) as number[];
	for (const v of counts) {
		last[v % 10]!++;
		second[Number(String(v)[1])]!++;
	}
	return { last: chi(last, Array(10).fill(0.1)), second: chi(second, benford2) };
}

const fmt = (lang: string, x: number, digits: number) =>
	new Intl.NumberFormat(lang === 'es' ? 'es' : 'en-US', {
		minimumFractionDigits: digits,
		maximumFractionDigits: digits
	}).format(x);
const fmtP = (lang: string, p: number) =>
	p < 1e-6
		? lang === 'es'
			? 'menos de 0,000001'
			: 'less than 0.000001'
		: new Intl.NumberFormat(lang === 'es' ? 'es' : 'en-US', { maximumSignificantDigits: 2 }).format(p);
const int = (lang: string, x: number) => new Intl.NumberFormat(lang === 'es' ? 'es' : 'en-US').format(x);

/** The page's text without markup, entities decoded. */
function pageText(lang: string): string {
	return readFileSync(page(lang), 'utf8')
		.replace(/<script[\s\S]*?<\/script>/gi, ' ')
		.replace(/<[^>]+>/g, ' ')
		.replace(/&nbsp;/g, '\u00a0')
		.replace(/&#39;/g, "'")
		.replace(/&quot;/g, '"')
		.replace(/&amp;/g, '&')
		.replace(/\s+/g, ' ');
}

test('the sheet file exists and has the 24,532 sheets of the 81.7 % release', () => {
	expect(existsSync(CSV)).toBe(true);
	expect(rows).toHaveLength(24532);
	expect(totals.slice(0, 2).map((t) => t.c)).toEqual(['gonzalez', 'maduro']);
});

for (const lang of ['es', 'en']) {
	test(`${lang}: the page gives the number of sheets and each test's statistic and p-value`, () => {
		const html = pageText(lang);
		expect(html).toContain(int(lang, rows.length));
		for (const { c } of totals.slice(0, 2)) {
			const d = digitTests(c);
			for (const test of [d.last, d.second]) {
				const sentence = lang === 'es'
					? `${int(lang, test.n)} actas con 10 votos o más`
					: `${int(lang, test.n)} sheets with 10 votes or more`;
				expect(html).toContain(sentence);
				const stat =
					lang === 'es'
						? `Chi cuadrado = ${fmt(lang, test.x2, 2)} con 9 grados de libertad; valor p = ${fmtP(lang, test.p)}.`
						: `Chi-square = ${fmt(lang, test.x2, 2)} with 9 degrees of freedom; p-value = ${fmtP(lang, test.p)}.`;
				expect(html).toContain(stat);
			}
		}
	});
}

test('the fingerprint and the turnout histogram are on the page, with their tables', () => {
	const html = readFileSync(page('en'), 'utf8');
	expect(html).toContain('data-chart="sheet-fingerprint"');
	expect(html).toContain('data-chart="sheet-turnout"');
	// Sheets at or above 95 % turnout, recomputed: (valid + null) × 100 ≥ 95 × registered.
	const [reg, valid, nul] = ['registered', 'valid', 'null'].map((k) => cols.indexOf(k));
	const high = rows.filter((r) => (Number(r[valid!]) + Number(r[nul!])) * 100 >= 95 * Number(r[reg!]));
	expect(pageText('en')).toContain(`Sheets with turnout of 95% or more ${int('en', high.length)}`);
});

test('the CNE’s releases say why no sheet checks exist for them; the election page links the page', () => {
	const cne = readFileSync(`build/en/${ELECTION}/snapshots/cne-bulletin-1/index.html`, 'utf8');
	expect(cne).toContain('did not publish the results of each tally sheet');
	const election = readFileSync(`build/es/${ELECTION}/index.html`, 'utf8');
	expect(election).toContain(`/escrutinio/es/${ELECTION}/snapshots/${SNAPSHOT}/sheet-checks/`);
	const release = readFileSync(`build/es/${ELECTION}/snapshots/${SNAPSHOT}/index.html`, 'utf8');
	expect(release).toContain(`/escrutinio/es/${ELECTION}/snapshots/${SNAPSHOT}/sheet-checks/`);
});
