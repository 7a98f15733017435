import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { listPages, pageUrl } from '../../scripts/lib/site-pages.js';
import { BUILD_DIR, pages as sitePages } from './support/site';

// Data text is untrusted: a quote, a name or a source title may carry markup. The fixture election
// `untrusted-text` has an HTML or script payload in every text field (names, parties, labels,
// notes, quotes, translations, sources); it is built under /escrutinio into UNTRUSTED_BUILD_DIR
// (`npm run build:untrusted`) and served by the `untrusted` project (playwright.config.ts).
// Every payload must show up as inert text: no dialog, no console error, no injected element.
export const UNTRUSTED_BUILD_DIR = '.svelte-kit/fixture-builds/untrusted-text';
const FIXTURE = 'tests/fixtures/elections/untrusted-text/untrusted-2031';
const election = JSON.parse(readFileSync(join(FIXTURE, 'election.json'), 'utf8'));
const untrustedPages = listPages(UNTRUSTED_BUILD_DIR);
// The scripts the build itself wrote (SvelteKit's chunks under _app, the embed's resize.js): a
// payload can put text on a page but cannot add a file to the build.
const builtScripts = (
	existsSync(UNTRUSTED_BUILD_DIR)
		? (readdirSync(UNTRUSTED_BUILD_DIR, { recursive: true }) as string[])
		: []
)
	.filter((f) => f.endsWith('.js'))
	.map((f) => `/escrutinio/${f.split('\\').join('/')}`);

/** Record dialogs, console errors (a CSP violation is one) and uncaught errors on a page. */
function watch(page: Page) {
	const problems: string[] = [];
	page.on('dialog', async (d) => {
		problems.push(`dialog: ${d.message()}`);
		await d.dismiss();
	});
	page.on('console', (m) => m.type() === 'error' && problems.push(`console: ${m.text()}`));
	page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`));
	return problems;
}

/** Elements that only a payload could have put there. */
async function injected(page: Page) {
	return page.evaluate((scripts) => {
		const found: string[] = [];
		const show = (el: Element) => el.outerHTML.slice(0, 100);
		for (const el of document.querySelectorAll('*')) {
			for (const a of el.getAttributeNames())
				if (a.toLowerCase().startsWith('on')) found.push(`handler ${a}: ${show(el)}`);
			for (const a of ['href', 'src', 'action', 'formaction', 'data', 'xlink:href']) {
				const v = el.getAttribute(a)?.trim().toLowerCase();
				if (v && /^(javascript|data|vbscript):/.test(v))
					found.push(`${a}=${v.slice(0, 30)}: ${show(el)}`);
			}
		}
		for (const el of document.querySelectorAll(
			'iframe, frame, object, embed, math, body style, img[src="x"]'
		))
			found.push(`element: ${show(el)}`);
		for (const s of document.querySelectorAll('script')) {
			const src = s.getAttribute('src');
			// The build's own: a same-origin file it emitted, or SvelteKit's inline bootstrap script.
			const url = src ? new URL(src, location.href) : undefined;
			const own = url
				? url.origin === location.origin && scripts.includes(url.pathname)
				: s.textContent?.includes('__sveltekit_');
			if (!own) found.push(`script: ${show(s)}`);
		}
		return found;
	}, builtScripts);
}

// Tagged @untrusted: only the `untrusted` project (baseURL on the fixture build) runs these.
test.describe('untrusted text', { tag: '@untrusted' }, () => {
	test('the fixture build has pages to check', () => {
		expect(untrustedPages).toContain('es/untrusted-2031/index.html');
		expect(untrustedPages).toContain('en/untrusted-2031/index.html');
	});

	// Several pages per test, one browser page for them all: a new browser context per page
	// costs more than checking the page does.
	const PER_TEST = 6;
	for (let i = 0; i < untrustedPages.length; i += PER_TEST) {
		const chunk = untrustedPages.slice(i, i + PER_TEST);
		test(`${chunk.map((p) => pageUrl(p) || '/').join(', ')}: every payload is inert text`, async ({
			page
		}) => {
			const problems = watch(page);
			for (const path of chunk) {
				const where = pageUrl(path) || '/';
				await page.goto(pageUrl(path), { waitUntil: 'networkidle' });
				// Give anything that would fire late (onload, ontoggle, timers) a moment.
				await page.waitForTimeout(300);
				await page.mouse.move(10, 10);
				expect(await injected(page), `elements injected by data text on ${where}`).toEqual([]);
				expect(problems, `dialogs and console errors on ${where}`).toEqual([]);
				if (path === 'es/untrusted-2031/index.html' || path === 'en/untrusted-2031/index.html') {
					const lang = path.slice(0, 2) as 'es' | 'en';
					// The payload is on the page as text, character for character.
					await expect(page.getByRole('heading', { level: 1 })).toHaveText(election.name[lang]);
					await expect(page.locator('main')).toContainText(election.candidates[0].fullName);
					await expect(page.locator('main')).toContainText(election.summary[lang]);
				}
			}
		});
	}
});

test.describe('URLs in the data', () => {
	test('data:check refuses javascript:, data:, vbscript: and attribute-breaking URLs, naming the file and the field', () => {
		const r = spawnSync(
			'node',
			['scripts/check-data.js', 'tests/fixtures/elections/untrusted-urls'],
			{
				encoding: 'utf8'
			}
		);
		expect(r.status).not.toBe(0);
		const file = 'tests/fixtures/elections/untrusted-urls/untrusted-2031/sources.json';
		for (const [field, value] of [
			['[0].url', 'javascript:alert(document.domain)'],
			['[0].archiveUrl', 'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='],
			['[1].url', 'JaVaScRiPt:alert(1)'],
			['[2].url', 'data:image/svg+xml,<svg onload=alert(1)>'],
			['[2].archiveUrl', 'vbscript:msgbox(1)'],
			// An http(s) URL that would break out of an attribute is refused too.
			['[3].url', 'https://example.org/?q="><img src=x onerror=alert(1)>']
		])
			expect(r.stderr).toContain(
				`${file} › ${field}: expected an http(s) URL, got ${JSON.stringify(value)}`
			);
	});
});

// Content-Security-Policy, as a <meta> in every prerendered page (SvelteKit `kit.csp`, mode hash).
function policy(html: string): Map<string, string[]> {
	const m = /<meta http-equiv="content-security-policy" content="([^"]*)"/.exec(html);
	const map = new Map<string, string[]>();
	if (!m) return map;
	for (const d of m[1]!.split(';')) {
		const [name, ...values] = d.trim().split(/\s+/);
		if (name) map.set(name, values);
	}
	return map;
}

test.describe('Content-Security-Policy', () => {
	const builds = [
		{ dir: BUILD_DIR, pages: sitePages },
		{ dir: UNTRUSTED_BUILD_DIR, pages: untrustedPages }
	];
	test('every built page carries a CSP that allows only its own scripts', () => {
		let checked = 0;
		for (const b of builds) {
			for (const p of b.pages) {
				const html = readFileSync(join(b.dir, p), 'utf8');
				const csp = policy(html);
				const where = `${b.dir}/${p}`;
				expect(csp.size, `${where} has a CSP meta tag`).toBeGreaterThan(0);
				const scripts = csp.get('script-src') ?? csp.get('default-src') ?? [];
				// No inline handlers or eval, no foreign hosts: only 'self' and hashes.
				expect(
					scripts.filter((s) => s !== "'self'" && !/^'sha(256|384|512)-[A-Za-z0-9+/=]+'$/.test(s)),
					`${where} script-src`
				).toEqual([]);
				expect(csp.get('object-src'), where).toEqual(["'none'"]);
				expect(csp.get('base-uri'), where).toEqual(["'self'"]);
				expect(csp.get('default-src'), where).toEqual(["'self'"]);
				// Every inline script is one of the hashed ones (else the page would break).
				for (const m of html.matchAll(/<script(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)) {
					const hash = `'sha256-${createHash('sha256').update(m[1]!).digest('base64')}'`;
					expect(scripts, `${where}: inline script hash`).toContain(hash);
				}
				checked++;
			}
		}
		expect(checked).toBeGreaterThan(10);
	});

	test('the browser refuses inline handlers, inline scripts and foreign scripts', async ({
		page
	}) => {
		await page.goto('es/venezuela-2024/', { waitUntil: 'networkidle' });
		const result = await page.evaluate(async () => {
			const w = window as unknown as { pwned?: string[] };
			w.pwned = [];
			const violations: string[] = [];
			document.addEventListener('securitypolicyviolation', (e) =>
				violations.push(`${e.violatedDirective} ${e.blockedURI}`)
			);
			document.body.insertAdjacentHTML(
				'beforeend',
				'<img src="x.png" onerror="window.pwned.push(\'handler\')">'
			);
			const inline = document.createElement('script');
			inline.textContent = "window.pwned.push('inline')";
			document.body.append(inline);
			const foreign = document.createElement('script');
			foreign.src = 'https://cdn.example.com/evil.js';
			document.body.append(foreign);
			await new Promise((r) => setTimeout(r, 500));
			return { pwned: w.pwned, violations };
		});
		expect(result.pwned).toEqual([]);
		expect(result.violations.length).toBeGreaterThanOrEqual(3);
	});
});
