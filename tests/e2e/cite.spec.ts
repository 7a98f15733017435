import { expect, test, type Page } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';

// "Cite this" (issue 14): every format is in the HTML without JavaScript; with it, each copy
// button copies its format with today's access date and the page's absolute URL, on pages with
// SvelteKit's client and on pages without it (csr = false).

const FORMATS = ['text', 'apa', 'chicago', 'bibtex', 'csl'] as const;
const ELECTION = 'venezuela-2024';

function today(lang: 'es' | 'en'): string {
	return new Intl.DateTimeFormat(lang === 'es' ? 'es' : 'en-US', {
		day: 'numeric',
		month: 'long',
		year: 'numeric'
	}).format(new Date());
}

async function copyEach(page: Page, block: string) {
	const copied: Record<string, string> = {};
	for (const f of FORMATS) {
		const button = page.locator(`#${block} button[data-cite-copy="${block}-${f}"]`);
		await expect(button).toBeVisible();
		await button.click();
		await expect(page.locator(`#${block}-status`)).not.toBeEmpty();
		copied[f] = await page.evaluate(() => navigator.clipboard.readText());
		await expect(page.locator(`#${block}-${f}`)).toHaveText(copied[f]!);
	}
	return copied;
}

test.describe('cite this', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	for (const lang of ['es', 'en'] as const) {
		test(`snapshot page (${lang}): each format copies with the absolute URL, as-of time and today`, async ({
			page,
			baseURL
		}) => {
			await page.goto(`${lang}/${ELECTION}/snapshots/cne-bulletin-1/`);
			const block = 'cite-release-cne-bulletin-1';
			await page.locator(`#${block} > summary`).click();
			const copied = await copyEach(page, block);
			const url = `${baseURL}${lang}/${ELECTION}/snapshots/cne-bulletin-1/#snap-cne-bulletin-1`;
			expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/escrutinio\//);
			for (const f of FORMATS) {
				expect(copied[f], f).toContain(url);
				expect(copied[f], f).toContain('2024-07-29T00:06:00-04:00');
			}
			for (const f of ['text', 'apa', 'chicago'] as const)
				expect(copied[f], f).toContain(today(lang));

			// Copying again (or closing and opening the panel) gives the same text.
			await page.locator(`#${block} > summary`).click();
			await page.locator(`#${block} > summary`).click();
			expect((await copyEach(page, block)).bibtex).toBe(copied.bibtex);

			const bib = parseBibtex(copied.bibtex!);
			expect(bib.errors).toEqual([]);
			expect(bib.entries[0]!.fields.url).toBe(url);

			const csl = new Cite(JSON.parse(copied.csl!));
			const item = csl.data[0]!;
			expect(item.URL).toBe(url);
			expect(item.publisher).toBe('Escrutinio');
			const now = new Date();
			expect(item.accessed?.['date-parts']).toEqual([
				[now.getFullYear(), now.getMonth() + 1, now.getDate()]
			]);
			// The CSL-JSON renders with citation-js as well.
			expect(csl.format('bibliography', { template: 'apa', lang: 'en-US' })).toContain(url);
		});
	}

	test('a claim card on the claims page (no client JavaScript) copies too, naming both sides', async ({
		page,
		baseURL
	}) => {
		await page.goto(`en/${ELECTION}/claims/`);
		// The page ships no SvelteKit client: only the small cite script.
		expect(await page.locator('script[src*="/_app/"]').count()).toBe(0);
		const block = page.locator('details.cite[id^="cite-claim-"]').first();
		const id = (await block.getAttribute('id'))!;
		await block.locator('summary').click();
		const button = page.locator(`#${id} button[data-cite-copy="${id}-apa"]`);
		await button.click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(`${baseURL}en/${ELECTION}/claims/${id.slice('cite-claim-'.length)}/`);
		expect(text).toMatch(/compared with/i);
		expect(text).toContain(today('en'));
	});

	test('an integrity finding on the claims page has its citation', async ({ page, baseURL }) => {
		await page.goto(`es/${ELECTION}/claims/`);
		const block = page.locator('li.finding details.cite').first();
		await block.locator('summary').click();
		await block.locator('button[data-cite-copy$="-chicago"]').click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(`${baseURL}es/${ELECTION}/claims/#finding-`);
		expect(text).toContain(today('es'));
	});
});

test.describe('cite this without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the five formats are readable, with the build date and the page path', async ({ page }) => {
		await page.goto(`es/${ELECTION}/snapshots/cne-bulletin-1/`);
		const block = page.locator('#cite-release-cne-bulletin-1');
		await block.locator('summary').click();
		for (const f of FORMATS) {
			const pre = page.locator(`#cite-release-cne-bulletin-1-${f}`);
			await expect(pre).toBeVisible();
			await expect(pre).toContainText(
				`/escrutinio/es/${ELECTION}/snapshots/cne-bulletin-1/#snap-cne-bulletin-1`
			);
			await expect(pre).toContainText('2024-07-29T00:06:00-04:00');
		}
		// The e2e build pins its date (ESCRUTINIO_NOW = 7 August 2024): the access date without JS.
		await expect(page.locator('#cite-release-cne-bulletin-1-apa')).toContainText(
			'Recuperado 7 de agosto de 2024'
		);
		// Copy buttons need the script: without it they stay hidden.
		await expect(block.locator('button')).toHaveCount(5);
		for (const b of await block.locator('button').all()) await expect(b).toBeHidden();
	});
});
