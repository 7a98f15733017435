import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { loadImage, createCanvas } from '@napi-rs/canvas';
import { listPages } from '../../scripts/lib/site-pages.js';

// Link previews as a chat app or a social network reads them from the built files: every reader
// page names a 1200 × 630 PNG that exists in build/ and shows something, with its title,
// description and the large-image card type.
const BASE = '/escrutinio';
const pages = listPages('build').filter((p) => !p.startsWith('embed/'));
const meta = (html: string, key: string) =>
	new RegExp(`<meta (?:property|name)="${key}" content="([^"]*)"`).exec(html)?.[1];

test('every reader page has Open Graph and X card meta, and its og:image is a drawn 1200 × 630 PNG', async () => {
	// Decodes every card (about a hundred 1200 × 630 PNGs): seconds on a quiet machine, more on a
	// loaded CI runner than the default 30 s.
	test.setTimeout(120_000);
	expect(pages.length).toBeGreaterThan(50);
	const seen = new Set<string>();
	for (const page of pages) {
		const html = readFileSync(`build/${page}`, 'utf8');
		expect(meta(html, 'twitter:card'), page).toBe('summary_large_image');
		expect(meta(html, 'og:title')?.length, page).toBeGreaterThan(0);
		expect(meta(html, 'og:description')?.length, page).toBeGreaterThan(0);
		const image = meta(html, 'og:image');
		expect(image, page).toMatch(new RegExp(`^${BASE}/og/.*card\\.png$`));
		const file = `build${image!.slice(BASE.length)}`;
		expect(existsSync(file), `${page} → ${file}`).toBe(true);
		seen.add(file);
	}
	// Every image is a PNG of the announced size, and not blank (text and bars in several colours).
	for (const file of seen) {
		const bytes = readFileSync(file);
		expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
		expect([bytes.readUInt32BE(16), bytes.readUInt32BE(20)], file).toEqual([1200, 630]);
		const img = await loadImage(bytes);
		const g = createCanvas(1200, 630).getContext('2d');
		g.drawImage(img, 0, 0);
		const px = g.getImageData(0, 0, 1200, 630).data;
		const colours = new Set<number>();
		for (let k = 0; k < px.length; k += 4 * 97) colours.add((px[k]! << 16) | (px[k + 1]! << 8) | px[k + 2]!);
		expect(colours.size, file).toBeGreaterThan(8);
	}
});

test("a page's card carries that page's own figures, in its language", () => {
	const release = readFileSync('build/en/venezuela-2024/snapshots/cne-bulletin-2/index.html', 'utf8');
	expect(meta(release, 'og:title')).toBe('CNE bulletin 2 (96.87 %)');
	// Computed share with the announced one beside it, and the as-of date.
	expect(meta(release, 'og:description')).toContain('Maduro 51.95% (6,408,844 votes · announced: 51.95%)');
	expect(meta(release, 'og:description')).toContain('data as of August 2, 2024');
	const state = readFileSync('build/es/venezuela-2024/states/zulia/index.html', 'utf8');
	expect(meta(state, 'og:title')).toBe('Zulia');
	expect(meta(state, 'og:description')).toContain('766.915 votos');
	expect(meta(state, 'og:image')).toBe(`${BASE}/og/es/venezuela-2024/states/zulia/card.png`);
});

test('every reader page has one description and its language alternates (what search engines read)', () => {
	for (const page of pages) {
		const html = readFileSync(`build/${page}`, 'utf8');
		const descriptions = [...html.matchAll(/<meta name="description" content="([^"]*)"/g)];
		expect(descriptions.length, page).toBe(1);
		expect(descriptions[0]![1]!.length, page).toBeGreaterThan(20);
		const alternates = [...html.matchAll(/<link rel="alternate" hreflang="([^"]+)" href="([^"]+)"/g)];
		expect(alternates.map((m) => m[1]).sort(), page).toEqual(['en', 'es', 'x-default']);
	}
});
