import { test, expect } from '@playwright/test';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// One release, one value per quantity, on every page (issue 15): every figure marked
// `data-figure="<release>|<quantity>"` in build/ (release pages, election page, embeds, the
// "Could it still change?" tables), and every outstanding-vote count a claim card prints, must
// agree with every other page of the same language. Built by `npm run build:e2e`.

const ROOT = 'build';
const read = (p: string) => readFileSync(join(ROOT, p), 'utf8');

function htmlFiles(dir: string): string[] {
	return readdirSync(join(ROOT, dir)).flatMap((name) => {
		const p = join(dir, name);
		if (statSync(join(ROOT, p)).isDirectory()) return htmlFiles(p);
		return name.endsWith('.html') ? [p] : [];
	});
}

/** Text of an element, tags removed, whitespace collapsed. */
const text = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/\s+/g, ' ')
		.trim();

/** Every `data-figure` value of a page: [release|quantity, shown text]. */
function figures(html: string): [string, string][] {
	const out: [string, string][] = [];
	const re = /<(\w+)[^>]*\sdata-figure="([^"]+)"[^>]*>([\s\S]*?)<\/\1>/g;
	for (const m of html.matchAll(re)) out.push([m[2]!, text(m[3]!)]);
	return out;
}

for (const lang of ['es', 'en'] as const) {
	test(`${lang}: every page shows one value per release and quantity`, () => {
		const pages = [...htmlFiles(lang), ...htmlFiles(`embed/${lang}`)];
		const seen = new Map<string, { value: string; page: string }>();
		const clashes: string[] = [];
		let count = 0;
		for (const page of pages) {
			for (const [key, value] of figures(read(page))) {
				count++;
				const prev = seen.get(key);
				if (!prev) seen.set(key, { value, page });
				else if (prev.value !== value)
					clashes.push(`${key}: ${prev.value} (${prev.page}) ≠ ${value} (${page})`);
			}
		}
		expect(clashes).toEqual([]);
		// The figures are there to compare: shares of every release, outstanding votes, needed shares.
		expect(count).toBeGreaterThan(50);
		expect(seen.get('opposition-81-21|share:gonzalez')?.value).toBe(
			lang === 'es' ? '67,08 %' : '67.08%'
		);
		expect(seen.get('cne-bulletin-1|outstanding')?.value).toBe(
			lang === 'es' ? '2.514.694' : '2,514,694'
		);
	});

	test(`${lang}: claim cards print each release's outstanding votes as the results pages do`, () => {
		const outstanding = new Map<string, string>();
		for (const page of htmlFiles(lang))
			for (const [key, value] of figures(read(page)))
				if (key.endsWith('|outstanding')) outstanding.set(key.split('|')[0]!, value);
		const claims = htmlFiles(`${lang}/venezuela-2024/claims`);
		const pattern =
			lang === 'es'
				? /unos ([\d.]+) (?:votos )?que faltaban/g
				: /(?:about|roughly) ([\d,]+) (?:votes )?(?:still outstanding|still to count)/g;
		let checked = 0;
		for (const page of claims) {
			const html = read(page);
			for (const m of html.matchAll(/<li class="release[^"]*"[^>]*data-snapshot="([^"]+)"[\s\S]*?<\/ul>/g)) {
				const expected = outstanding.get(m[1]!);
				for (const n of text(m[0]).matchAll(pattern)) {
					checked++;
					expect(n[1], `${page}: ${m[1]}`).toBe(expected);
				}
			}
		}
		expect(checked).toBeGreaterThan(10);
	});
}

test('the 81.21 % release says its shares are of voters; the 73.2 % one, of the listed candidates only', () => {
	const r8121 = read('en/venezuela-2024/snapshots/opposition-81-21/index.html');
	expect(r8121).toContain('data-base="voters"');
	expect(r8121).not.toContain('68.82%');
	const r732 = read('en/venezuela-2024/snapshots/opposition-73-2/index.html');
	expect(r732).toContain('data-base="listed"');
	expect(text(r732)).toContain('of the listed candidates only');
	const es = read('es/venezuela-2024/snapshots/opposition-73-2/index.html');
	expect(text(es)).toContain('de los candidatos listados solamente');
});

test('bulletin 2 is described with the announced 51.95 %, never a rounder 52.0 %', () => {
	for (const [lang, yes, no] of [
		['en', '51.95% (announced 51.95%)', '52.0%'],
		['es', '51,95\u00a0% (anunciado 51,95\u00a0%)', '52,0\u00a0%']
	] as const) {
		const html = read(`${lang}/venezuela-2024/index.html`);
		expect(html).toContain(yes);
		expect(html).not.toContain(no);
	}
});

test('the election page credits the registry figure and the 30,206 count to their own sources', () => {
	const html = read('en/venezuela-2024/index.html');
	expect(html).toContain('https://aperturaven.blogspot.com/2024/06/la-cifra-definitiva-de-venezolanos-que.html');
	expect(html).toContain(
		'https://havanatimesenespanol.org/reportajes/venezuela-el-cne-sigue-sin-publicar-resultados-detallados/'
	);
});

test('source labels are outlet names, qualified in the page language', () => {
	const es = text(read('es/venezuela-2024/snapshots/opposition-83-5/index.html'));
	for (const english of ['quoted on a forum', '(mirror)', 'citing ', 'archived in the public repository'])
		expect(es).not.toContain(english);
	// The claim's own page carries its sources (the claims page lists claims without their cards).
	const claims = read('en/venezuela-2024/claims/round-percentages-mowszet/index.html');
	// Montevideo Portal is named as an outlet, not by its headline.
	expect(claims).toContain('>Montevideo Portal</a>');
	expect(claims).not.toContain('>Los decimales, la clave matemática');
});

test('the round-percentage findings: 0.01 % under 0.1 %, with the published counter-view', () => {
	for (const lang of ['es', 'en']) {
		const html = read(`${lang}/venezuela-2024/claims/index.html`);
		const parent = html.indexOf('data-finding="round-percentages:cne-bulletin-1:0.1"');
		const child = html.indexOf('data-finding="round-percentages:cne-bulletin-1:0.01"');
		expect(parent).toBeGreaterThan(-1);
		expect(child).toBeGreaterThan(parent);
		// Nested: the child sits in a "derived" list inside the parent's item.
		expect(html.slice(parent, child)).toContain('class="findings derived');
		expect(html).toContain('https://news.barelyhuman.xyz/item/41124885?rootId=41123155');
		// In full, with their citations, on bulletin 1's page of checks, nested the same way; the
		// release's page links there with its count of findings.
		const checks = read(`${lang}/venezuela-2024/snapshots/cne-bulletin-1/findings/index.html`);
		const p2 = checks.indexOf('data-finding="round-percentages:cne-bulletin-1:0.1"');
		const c2 = checks.indexOf('data-finding="round-percentages:cne-bulletin-1:0.01"');
		expect(p2).toBeGreaterThan(-1);
		expect(checks.slice(p2, c2)).toContain('class="findings derived');
		expect(checks).toContain('id="cite-finding-round-percentages:cne-bulletin-1:0.01"');
		expect(html).not.toContain('id="cite-finding-');
		const release = read(`${lang}/venezuela-2024/snapshots/cne-bulletin-1/index.html`);
		expect(release).toMatch(/data-testid="release-findings-link" href="[^"]*\/snapshots\/cne-bulletin-1\/findings\/"/);
		// The election page links to the findings instead of repeating them; it never lists the
		// derived 0.01 % finding as a finding of its own.
		const election = read(`${lang}/venezuela-2024/index.html`);
		expect(election).not.toContain('data-finding="round-percentages:cne-bulletin-1:0.01"');
	}
});

test('the 81.7 % release is dated "about 1–2 August" wherever it is named', () => {
	for (const [lang, about] of [
		// A word joiner on each side of the dash keeps "1–2" on one line in narrow table headers.
		['en', 'about 1\u2060–\u20602 August'],
		['es', 'hacia el 1\u2060–\u20602 de agosto']
	] as const) {
		const html = read(`${lang}/venezuela-2024/snapshots/opposition-81-7/index.html`);
		expect(html).toContain(about);
	}
});

test('English words on Spanish pages are marked lang="en"', () => {
	const html = read('es/venezuela-2024/claims/us-gonzalez-won-majority/index.html');
	expect(html).toMatch(/lang="en"[^>]*>[^<]*(?:<[^>]+>)*[^<]*Given the overwhelming evidence/);
	const statements = read('es/venezuela-2024/statements/index.html');
	expect(statements).toMatch(/lang="en"[^>]*>[^<]*(?:<[^>]+>)*[^<]*We have serious concerns/);
});

test('each claim page opens with a one-sentence conclusion naming the count', () => {
	const html = read('en/venezuela-2024/claims/us-gonzalez-won-majority/index.html');
	const m = /data-testid="conclusion"[^>]*>([\s\S]*?)<\/p>/.exec(html);
	expect(m).not.toBeNull();
	expect(text(m![1]!)).toContain('contradicted by CNE bulletin 1 (80 %)');
	const es = read('es/venezuela-2024/claims/cne-bulletin-1-irreversible/index.html');
	expect(text(es)).toContain('no establecida por los números de Boletín 1 del CNE (80 %)');
});
