import { expect, test, type Locator, type Page } from '@playwright/test';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import { elections } from './support/site';

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

	test('a claim on the claims page (no client JavaScript) links to its citation, which copies naming both sides', async ({
		page,
		baseURL
	}) => {
		await page.goto(`en/${ELECTION}/claims/`);
		// The page ships no SvelteKit client: only the small cite script.
		expect(await page.locator('script[src*="/_app/"]').count()).toBe(0);
		const cite = page.getByRole('link', { name: /^Cite the claim by / }).first();
		const href = (await cite.getAttribute('href'))!;
		const claim = /\/claims\/([^/]+)\/#cite-claim-\1-text$/.exec(href)![1]!;
		await cite.click();
		// The claim's page, with its citation open and in view.
		await expect(page).toHaveURL(new RegExp(`/claims/${claim}/#cite-claim-${claim}-text$`));
		const id = `cite-claim-${claim}`;
		await expect(page.locator(`details#${id}`)).toHaveAttribute('open', '');
		await expect(page.locator(`#${id}-text`)).toBeInViewport();
		await page.locator(`#${id} button[data-cite-copy="${id}-apa"]`).click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(`${baseURL}en/${ELECTION}/claims/${claim}/`);
		expect(text).toMatch(/compared with/i);
		expect(text).toContain(today('en'));
	});

	test("an integrity finding has its citation on its release's page of checks", async ({
		page,
		baseURL
	}) => {
		await page.goto(`es/${ELECTION}/snapshots/cne-bulletin-1/findings/`);
		const block = page.locator('li.finding details.cite').first();
		await block.locator('summary').click();
		await block.locator('button[data-cite-copy$="-chicago"]').click();
		const text = await page.evaluate(() => navigator.clipboard.readText());
		expect(text).toContain(
			`${baseURL}es/${ELECTION}/snapshots/cne-bulletin-1/findings/#finding-round-percentages:cne-bulletin-1:0.1`
		);
		expect(text).toContain('2024-07-29T00:06:00-04:00');
		expect(text).toContain(today('es'));
	});
});

/**
 * A citation read without JavaScript from a build without SITE_ORIGIN: the formats for people
 * (plain text, APA, Chicago) give the page's path; BibTeX and CSL-JSON, whose readers would take a
 * root-relative URL for a broken link, give none (/cite.js adds the absolute one: docs/cite.md).
 */
async function expectPathOrNoUrl(pre: Locator, format: string, path: string) {
	if (format === 'bibtex' || format === 'csl') {
		await expect(pre).not.toContainText(path);
		await expect(pre).not.toContainText(/\burl\s*=|"URL"/);
	} else await expect(pre).toContainText(path);
}

test.describe('cite this without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the five formats are readable, with the build date and the page path', async ({ page }) => {
		await page.goto(`es/${ELECTION}/snapshots/cne-bulletin-1/`);
		const block = page.locator('#cite-release-cne-bulletin-1');
		await block.locator('summary').click();
		for (const f of FORMATS) {
			const pre = page.locator(`#cite-release-cne-bulletin-1-${f}`);
			await expect(pre).toBeVisible();
			await expectPathOrNoUrl(
				pre,
				f,
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

// Every chart's Share / Embed / Cite menu and every section of the tally-sheet checks page cite
// what they show: the citation's URL is the menu's own link (page, view state, chart anchor) and
// its as-of time is the one of the figures drawn.
const bundle = elections.find((e) => e.election.id === ELECTION)!;
const snapshots = bundle.tabulations.flatMap((t) => t.snapshots);
const ISO_AS_OF = /\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:\d{2}))?/;
/** Every as-of time a chart can cite: the releases' (a claim's chart: its releases') and the statements' days. */
const asOfs = new Set([...snapshots.map((s) => s.asOf), ...bundle.statements.map((s) => s.date)]);

/** Copies each format of a citation block and checks URL, as-of time, BibTeX and CSL-JSON. */
async function checkCitation(page: Page, block: string, url: string, asOf?: string) {
	const copied = await copyEach(page, block);
	const cited = ISO_AS_OF.exec(copied.csl!)?.[0];
	for (const f of FORMATS) {
		expect(copied[f], f).toContain(url);
		if (asOf) expect(copied[f], f).toContain(asOf);
	}
	const bib = parseBibtex(copied.bibtex!);
	expect(bib.errors).toEqual([]);
	expect(bib.entries[0]!.fields.url).toBe(url);
	const csl = new Cite(JSON.parse(copied.csl!));
	const item = csl.data[0]!;
	expect(item.URL).toBe(url);
	expect(item.publisher).toBe('Escrutinio');
	expect(item.title).toContain(bundle.election.name[item.language === 'en' ? 'en' : 'es']);
	const now = new Date();
	expect(item.accessed?.['date-parts']).toEqual([
		[now.getFullYear(), now.getMonth() + 1, now.getDate()]
	]);
	// The title carries the as-of time every format prints.
	const title = String(item.title);
	const inTitle = [...asOfs].filter((a) => title.includes(a));
	expect(inTitle.length, `${block}: ${title}`).toBeGreaterThan(0);
	if (asOf) expect(title).toContain(asOf);
	expect(cited).toBeTruthy();
	return { copied, title };
}

const CHART_PAGES = [
	`es/${ELECTION}/`,
	`en/${ELECTION}/snapshots/cne-bulletin-1/`,
	`es/${ELECTION}/states/`,
	`en/${ELECTION}/claims/opposition-67-percent/`,
	`es/${ELECTION}/statements/`
];

test.describe('cite this: every chart', () => {
	test.beforeEach(async ({ context }) => {
		await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	});

	for (const path of CHART_PAGES) {
		test(`every chart on ${path} cites itself with its menu's link and as-of time`, async ({
			page
		}) => {
			test.setTimeout(120_000);
			const lang = path.slice(0, 2) as 'es' | 'en';
			await page.goto(path);
			const menus = await page.locator('details[data-chart-actions]').all();
			expect(menus.length).toBeGreaterThan(0);
			await expect(page.locator('figure.chart, figure[data-testid="tile-map"]')).toHaveCount(
				menus.length
			);
			for (const menu of menus) {
				const summary = menu.locator(':scope > summary');
				await expect(summary).toContainText(
					lang === 'es' ? 'Compartir / Insertar / Citar' : 'Share / Embed / Cite'
				);
				await summary.click();
				// The menu's own closed "Cite this", labelled with the chart's title.
				const block = menu.locator('details.cite[id^="cite-chart-"]');
				await expect(block).toHaveCount(1);
				await expect(block).not.toHaveAttribute('open', '');
				const cite = block.locator(':scope > summary');
				await expect(cite).toHaveText(lang === 'es' ? 'Citar' : 'Cite this');
				await cite.click();
				const id = (await block.getAttribute('id'))!;
				// The citation's URL is the link the menu gives (absolute on this origin).
				const link = (await menu.locator('[data-chart-link]').textContent())!;
				expect(link).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/escrutinio\//);
				// A release's bars cite that release's as-of time.
				const snap = snapshots.find((s) => id === `cite-chart-share-${s.id}`);
				const { title } = await checkCitation(page, id, link, snap?.asOf);
				const chartTitle = (await summary.locator('.visually-hidden').textContent())!.replace(
					/^:\s*/,
					''
				);
				expect(title).toContain(chartTitle);
				await summary.click();
			}
		});
	}

	test('the paired bars cite the comparison view', async ({ page, baseURL }) => {
		await page.goto(`es/${ELECTION}/`);
		await page.getByTestId('compare-toggle').check();
		const figure = page.locator('figure[data-chart="share-compare"]');
		const menu = figure.locator('xpath=following::details[@data-chart-actions][1]');
		await menu.locator(':scope > summary').click();
		const block = menu.locator('details.cite[id^="cite-chart-"]');
		await block.locator(':scope > summary').click();
		const id = (await block.getAttribute('id'))!;
		expect(id).toBe('cite-chart-compare-cne');
		const latest = bundle.tabulations
			.map((t) => t.snapshots.at(-1)!.asOf)
			.sort((a, b) => Date.parse(a) - Date.parse(b))
			.at(-1)!;
		const { title } = await checkCitation(
			page,
			id,
			`${baseURL}es/${ELECTION}/?count=cne&compare=1#share-compare-title`,
			latest
		);
		// Both counts' latest releases are named.
		for (const t of bundle.tabulations) expect(title).toContain(t.snapshots.at(-1)!.label.es);
	});

	test('every section of the tally-sheet checks page cites itself', async ({ page, baseURL }) => {
		test.setTimeout(120_000);
		const snap = snapshots.find((s) => s.sheets)!;
		const path = `es/${ELECTION}/snapshots/${snap.id}/sheet-checks/`;
		await page.goto(path);
		const checks = ['consistency', 'turnout', 'fingerprint', 'last', 'second', 'region'];
		await expect(page.locator('details.cite[id^="cite-sheets-"]')).toHaveCount(checks.length);
		for (const check of checks) {
			const block = page.locator(`section[aria-labelledby="${check}-heading"] details.cite`);
			await expect(block).toHaveCount(1);
			await block.locator('summary').click();
			const id = (await block.getAttribute('id'))!;
			const { title } = await checkCitation(
				page,
				id,
				`${baseURL}${path}#${check}-heading`,
				snap.asOf
			);
			expect(title).toContain(snap.label.es);
		}
	});
});

test.describe('cite this: charts without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a chart menu shows its citation with the build date and the page path', async ({
		page
	}) => {
		await page.goto(`es/${ELECTION}/snapshots/cne-bulletin-1/`);
		const menu = page.locator('details[data-chart-actions]').first();
		await menu.locator(':scope > summary').click();
		await menu.locator('details.cite > summary').click();
		for (const f of FORMATS) {
			const pre = menu.locator(`#cite-chart-share-cne-bulletin-1-${f}`);
			await expect(pre).toBeVisible();
			await expectPathOrNoUrl(
				pre,
				f,
				`/escrutinio/es/${ELECTION}/snapshots/cne-bulletin-1/#share-cne-bulletin-1-title`
			);
			await expect(pre).toContainText('2024-07-29T00:06:00-04:00');
		}
		await expect(menu.locator('#cite-chart-share-cne-bulletin-1-apa')).toContainText(
			'Recuperado 7 de agosto de 2024'
		);
	});
});
