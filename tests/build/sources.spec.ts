import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// How a source was reached ("mirror at …", "quoted on a forum, …") is printed after the outlet's
// name in brackets, as words a reader can tell apart: "Hacker News (mirror at …)", never
// "Hacker News(mirror at …)" (Svelte drops the space at the start of an element). Built by
// `npm run build:e2e`; the sources are read from the election's data folder.

const ROOT = 'build';
const DATA = 'src/data/elections';

type Source = { publisher: string; via?: { es: string; en: string } };

function files(dir: string, ext: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(p).isDirectory()) return files(p, ext);
		return name.endsWith(ext) ? [p] : [];
	});
}

const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

const reached: Source[] = files(DATA, '.json')
	.filter((p) => p.includes('/sources/'))
	.flatMap((p) => JSON.parse(readFileSync(p, 'utf8')) as Source[])
	.filter((s) => s.via);

test('the data has sources reached through another page', () => {
	expect(reached.length).toBeGreaterThan(0);
});

for (const lang of ['es', 'en'] as const) {
	test(`${lang}: a source reached through another page reads "outlet (how)", with a space`, () => {
		const pages = files(join(ROOT, lang), '.html').map((p) => text(readFileSync(p, 'utf8')));
		for (const s of reached) {
			const via = s.via![lang];
			const shown = pages.filter((t) => t.includes(`(${via})`));
			expect(shown.length, `${s.publisher}: "${via}" on some page`).toBeGreaterThan(0);
			for (const t of shown) {
				expect(t).toContain(`${s.publisher} (${via})`);
				expect(t).not.toContain(`${s.publisher}(${via})`);
			}
		}
	});
}
