import { test, expect } from '@playwright/test';
import { readFileSync } from 'node:fs';

// Fact sheet §6 in the static files (built by `npm run build:e2e`): every remark (§6.1–6.8) on the
// statements page and every part of the "hacking" claim (§6.9–6.13) on its claim page, in both
// languages, each with the words in their own language, a translation and the sources' links.
const DATA = 'src/data/elections/venezuela-2024';
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- raw data files
const json = (p: string): any => JSON.parse(readFileSync(`${DATA}/${p}`, 'utf8'));
const sources = new Map<string, string>(
	['results', 'claims', 'statements', 'events', 'remarks'].flatMap((f) =>
		json(`sources/${f}.json`).map((s: { id: string; url: string }) => [s.id, s.url])
	)
);
/** The page's HTML with the entities Svelte writes in text and attributes decoded. */
const page = (p: string) =>
	readFileSync(`build/${p}/index.html`, 'utf8')
		.replace(/&quot;/g, '"')
		.replace(/&#39;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

interface Said {
	quote: { text: string; lang: string; translations: Record<string, { text: string }> };
	sourceIds: string[];
}

function expectShown(html: string, lang: 'es' | 'en', item: Said, what: string) {
	expect(html, `${what}: the words`).toContain(item.quote.text);
	if (item.quote.lang !== lang)
		expect(html, `${what}: the ${lang} translation`).toContain(item.quote.translations[lang]!.text);
	for (const id of item.sourceIds)
		expect(html, `${what}: source ${id}`).toContain(`href="${sources.get(id)}"`);
}

for (const lang of ['es', 'en'] as const) {
	test(`${lang}: the statements page shows every remark of §6.1–6.8 with its sources`, () => {
		const html = page(`${lang}/venezuela-2024/statements`);
		const remarks: (Said & { id: string })[] = json('remarks/coverage.json');
		expect(remarks).toHaveLength(8);
		for (const r of remarks) {
			expect(html).toContain(`data-remark="${r.id}"`);
			expectShown(html, lang, r, r.id);
		}
	});

	test(`${lang}: the "hacking" claim page shows the claim, its verdict and every response (§6.9–6.13)`, () => {
		const html = page(`${lang}/venezuela-2024/claims/cne-transmission-attack`);
		const [claim] = json('claims/hacking.json') as (Said & { responses: Said[] })[];
		expectShown(html, lang, claim!, 'the claim');
		claim!.responses.forEach((r, i) => expectShown(html, lang, r, `response ${i}`));
		expect(html).toContain(
			lang === 'es' ? 'no es verificable con los datos publicados' : 'not verifiable from the published data'
		);
	});

	test(`${lang}: Machado's "overwhelming" (§6.1) stands on her 70 %/30 % claim's page`, () => {
		const html = page(`${lang}/venezuela-2024/claims/machado-night-70-30`);
		const [overwhelming] = json('remarks/coverage.json') as Said[];
		expectShown(html, lang, overwhelming!, '§6.1');
	});
}
