import { test, expect } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';

// Assertions on the static files a newsroom would upload (built by `npm run build:e2e`).
const read = (p: string) => readFileSync(`build/${p}`, 'utf8');

test('build/ has a page per locale, each with the figures and the right lang', () => {
	for (const p of ['index.html', 'es/index.html', 'en/index.html']) expect(existsSync(`build/${p}`)).toBe(true);
	const es = read('es/venezuela-2024/index.html');
	const en = read('en/venezuela-2024/index.html');
	expect(es).toContain('<html lang="es"');
	expect(en).toContain('<html lang="en"');
	for (const figure of ['6.408.844', '5.326.104', '12.335.884', '7.303.480', '3.316.142', '25.073'])
		expect(es).toContain(figure);
	for (const figure of ['6,408,844', '5,326,104', '12,335,884', '7,303,480', '3,316,142', '25,073'])
		expect(en).toContain(figure);
	expect(existsSync('build/es/venezuela-2024/revisions/index.html')).toBe(true);
});

test('every page is built with the sub-path and a Content-Security-Policy', () => {
	const html = read('es/venezuela-2024/index.html');
	expect(html).toContain('href="/escrutinio/es/"');
	expect(html).toMatch(/<meta http-equiv="content-security-policy" content="[^"]*script-src 'self'/);
});
