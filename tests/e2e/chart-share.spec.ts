import { readFileSync } from 'node:fs';
import { parse } from 'csv-parse/sync';
import { expect, test, type Locator, type Page } from '@playwright/test';

// "Share / Embed / Cite" under every chart of the full pages (issue 14 item 2): every chart has
// the menu; it opens by keyboard; its link leads to the chart with the view's state; its embed
// code names the chart's embed page and carries the resize listener and a fallback height; its
// CSV and JSON hold that chart's numbers (compared with the numbers on the page); its PNG is a
// 2× PNG.
const E = 'venezuela-2024';
const PAGES = [
	{ path: `es/${E}/`, embed: `/escrutinio/embed/es/${E}/` },
	{ path: `es/${E}/snapshots/cne-bulletin-1/`, embed: `/escrutinio/embed/es/${E}/snapshots/` },
	{ path: `es/${E}/states/`, embed: `/escrutinio/embed/es/${E}/snapshots/` },
	{ path: `es/${E}/claims/`, embed: '' },
	{ path: `es/${E}/claims/opposition-67-percent/`, embed: `/escrutinio/embed/es/${E}/claims/` },
	{ path: `es/${E}/statements/`, embed: `/escrutinio/embed/es/${E}/statements/` }
];

/** Every chart on the page: chart.js figures and the tile map. */
const charts = (page: Page) => page.locator('figure.chart, figure[data-testid="tile-map"]');

/** Digits only, so "5.150.092" on the page matches 5150092 in the file. */
const digits = (s: string) => s.replace(/\D/g, '');
const es2 = (n: number) => n.toFixed(2).replace('.', ',');

/** A chart CSV's rows by column name (csv-parse, as the importer's tests use it). */
const parseCsv = (text: string): Record<string, string>[] =>
	parse(text, { columns: true, bom: true, skip_empty_lines: true });

/** The numbers of a chart file, checked against what its figure shows on the page. */
async function checkNumbers(kind: string, rows: Record<string, string>[], figure: Locator) {
	expect(rows.length).toBeGreaterThan(0);
	const table = figure.locator('table');
	const text = (await table.count()) > 0 ? ((await table.first().textContent()) ?? '') : '';
	if (kind === 'share' || kind === 'compare') {
		for (const r of rows) {
			if (!r.votes) continue;
			expect(digits(text)).toContain(r.votes);
			expect(text).toContain(es2(Number(r.computed_share)));
		}
	} else if (kind === 'coverage') {
		for (const r of rows) {
			expect(text).toContain(es2(Number(r.coverage)));
			expect(text).toContain(es2(Number(r.computed_share)));
		}
	} else if (kind === 'states') {
		for (const r of rows) {
			if (r.has_data !== 'true') continue;
			const tile = figure.locator(`a[data-region="${r.region_code}"]`);
			await expect(tile).toHaveCount(1);
			if (r.leader_share)
				expect(await tile.locator('.val').textContent()).toContain(
					String(Math.round(Number(r.leader_share)))
				);
		}
	} else if (kind === 'statements-map') {
		await expect(figure.locator('tbody tr')).toHaveCount(rows.length);
		for (const r of rows)
			await expect(
				figure.locator(`tr[data-country="${r.country}"][data-stance="${r.stance}"]`)
			).toHaveCount(1);
	} else if (kind === 'stance-over-time') {
		for (const r of rows) {
			const tr = figure.locator(`tr[data-day="${r.date}"]`);
			if ((await tr.count()) === 0) continue;
			const cells = (await tr.locator('td').allTextContents()).map(digits);
			expect(cells).toEqual(
				Object.keys(r)
					.filter((k) => k !== 'date')
					.map((k) => r[k])
			);
		}
	} else if (kind === 'claim') {
		for (const r of rows)
			if (r.value) expect(digits(text)).toContain(digits(r.value.split('.')[0]!));
	} else throw new Error(`unknown chart file ${kind}`);
}

/** Width and height from a PNG's IHDR chunk, after checking the signature. */
function pngSize(buf: Buffer): { width: number; height: number } {
	expect([...buf.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	return { width: buf.readUInt32BE(16), height: buf.readUInt32BE(20) };
}

for (const p of PAGES) {
	test(`every chart on ${p.path} has a working share menu`, async ({ page, request }) => {
		// Each chart is opened, read, fetched and drawn in turn: allow for several charts.
		test.setTimeout(180_000);
		await page.goto(p.path);
		const figures = await charts(page).all();
		const menus = page.locator('details[data-chart-actions]');
		await expect(menus).toHaveCount(figures.length);
		for (const figure of figures) {
			// The menu follows its chart (the next one in the page), closed to one line.
			const menu = figure.locator('xpath=following::details[@data-chart-actions][1]');
			await expect(menu).toHaveAttribute('data-chart-actions', /.+/);
			const summary = menu.locator(':scope > summary');
			await expect(summary).toContainText('Compartir / Insertar / Citar');
			expect((await summary.boundingBox())!.height).toBeLessThan(48);

			// Opens by keyboard.
			await summary.focus();
			await page.keyboard.press('Enter');
			await expect(menu).toHaveAttribute('open', '');

			// Link: absolute, this page, the chart's own heading as anchor.
			// (Absolute once /cite.js runs, also when the menu was opened before it arrived.)
			const linkBox = menu
				.getByRole('group', { name: 'Enlace a este gráfico' })
				.locator('[data-chart-link]');
			await expect(linkBox).toHaveText(/^http:\/\//);
			const url = new URL((await linkBox.textContent())!);
			expect(url.pathname).toBe(`/escrutinio/${p.path}`);
			const anchor = decodeURIComponent(url.hash.slice(1));
			expect(await figure.locator(`[id="${anchor}"]`).count()).toBe(1);

			// Embed code: the chart's embed page, a fallback height, the one-line resize listener.
			const code = (await menu
				.getByRole('group', { name: 'Código para insertar' })
				.locator('[data-chart-embed]')
				.textContent())!;
			expect(code).toMatch(/^<iframe src="http:\/\/127\.0\.0\.1:\d+\/escrutinio\/embed\//);
			expect(code).toContain(p.embed);
			expect(Number(/height="(\d+)"/.exec(code)?.[1])).toBeGreaterThanOrEqual(450);
			expect(code).toContain('"datawrapper-height"');
			expect(code.split('\n')[1]).toMatch(
				/^<script>window\.addEventListener\("message".*<\/script>$/
			);

			// CSV and JSON of exactly this chart, the same rows, the page's numbers.
			const csvHref = (await menu.locator('a[data-format="csv"]').getAttribute('href'))!;
			const jsonHref = (await menu.locator('a[data-format="json"]').getAttribute('href'))!;
			const kind = /\/charts\/([^/.]+)/.exec(csvHref)![1]!;
			const csvRes = await request.get(csvHref);
			expect(csvRes.ok()).toBe(true);
			const rows = parseCsv(await csvRes.text());
			const json = await (await request.get(jsonHref)).json();
			expect(json.rows.length).toBe(rows.length);
			expect(Object.keys(json.rows[0])).toEqual(Object.keys(rows[0]!));
			await checkNumbers(kind, rows, figure);

			// PNG at 2×, from a drawn chart.
			const canvas = figure.locator('canvas');
			if ((await canvas.count()) > 0)
				await expect
					.poll(() => canvas.evaluate((c) => c.getAttribute('style') ?? ''))
					.toContain('display');
			const [download] = await Promise.all([
				page.waitForEvent('download'),
				menu.getByRole('button', { name: /PNG/ }).click()
			]);
			const size = pngSize(readFileSync((await download.path())!));
			// A canvas chart is copied at 2×; the tile map is painted across its figure's width,
			// with its legend under the grid.
			const isCanvas = (await canvas.count()) > 0;
			const wide = (await (isCanvas ? canvas : figure).boundingBox())!;
			const tall = (await (isCanvas ? canvas : figure.locator('ul.grid')).boundingBox())!;
			expect(size.width).toBeGreaterThanOrEqual(Math.floor(wide.width * 2));
			expect(size.width).toBeLessThanOrEqual(Math.ceil(wide.width * 2) + 80);
			// Title above and three footer lines below: taller than the chart alone.
			expect(size.height).toBeGreaterThan(tall.height * 2 + 100);
			await expect(menu.locator('.panel > [role="status"]')).toHaveText('Imagen descargada.');

			// Escape closes it and gives focus back to its button.
			await menu.getByRole('button', { name: 'Copiar enlace' }).focus();
			await page.keyboard.press('Escape');
			await expect(menu).not.toHaveAttribute('open', '');
			await expect(summary).toBeFocused();
		}
	});
}

test('the two counts side by side are shareable, and the link brings the comparison back', async ({
	page,
	context
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(`es/${E}/`);
	await page.getByTestId('compare-toggle').check();
	const figure = page.locator('figure[data-chart="share-compare"]');
	await expect(figure).toBeVisible();
	const menu = figure.locator('xpath=following::details[@data-chart-actions][1]');
	await menu.locator(':scope > summary').click();
	await menu.getByRole('button', { name: 'Copiar enlace' }).click();
	await expect(menu.locator('.panel > [role="status"]')).toHaveText('Copiado.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toMatch(/\?count=cne&compare=1#share-compare-title$/);
	expect(await menu.locator('a[data-format="csv"]').getAttribute('href')).toBe(
		`/escrutinio/data/${E}/charts/compare/cne.csv`
	);
	// A fresh reader opening the link sees the paired bars.
	const other = await context.newPage();
	await other.goto(link);
	await expect(other.locator('figure[data-chart="share-compare"]')).toBeVisible();
	await other.close();
	// The other count first, shared from its own chart.
	await page.goto(`es/${E}/?count=opposition-tally-sheets`);
	await expect(page.locator('article[data-primary="true"]')).toHaveAttribute(
		'data-tabulation',
		'opposition-tally-sheets'
	);
});

test('one click selects the whole link or embed code; without the clipboard the copy selects it', async ({
	page
}) => {
	// No clipboard permission (as in a sandboxed frame): the copy buttons fall back to selecting.
	await page.addInitScript(() => {
		Object.defineProperty(navigator, 'clipboard', {
			value: { writeText: () => Promise.reject(new Error('denied')) }
		});
	});
	await page.goto(`es/${E}/statements/`);
	const menu = page.locator('details[data-chart-actions]').first();
	await menu.locator(':scope > summary').click();
	const link = menu
		.getByRole('group', { name: 'Enlace a este gráfico' })
		.locator('[data-chart-link]');
	const code = menu
		.getByRole('group', { name: 'Código para insertar' })
		.locator('[data-chart-embed]');
	await expect(link).toHaveText(/^http:\/\/.*#world-map-title$/);
	const selected = () => page.evaluate(() => String(window.getSelection()));
	await code.click();
	expect(await selected()).toBe(await code.textContent());
	await link.click();
	expect(await selected()).toBe(await link.textContent());
	await page.evaluate(() => window.getSelection()?.removeAllRanges());
	await menu.getByRole('button', { name: 'Copiar código' }).click();
	await expect(menu.locator('.panel > [role="status"]')).toHaveText(
		'No se pudo copiar. El texto está seleccionado: cópielo con Ctrl+C.'
	);
	expect(await selected()).toBe(await code.textContent());
});

test('without JavaScript the menu still opens with its link, embed code and data files', async ({
	browser
}) => {
	const context = await browser.newContext({ javaScriptEnabled: false });
	const page = await context.newPage();
	await page.goto(`es/${E}/statements/`);
	const menu = page.locator('details[data-chart-actions]').first();
	await menu.locator(':scope > summary').click();
	await expect(
		menu.getByRole('group', { name: 'Enlace a este gráfico' }).locator('[data-chart-link]')
	).toHaveText(`/escrutinio/es/${E}/statements/#world-map-title`);
	await expect(
		menu.getByRole('group', { name: 'Código para insertar' }).locator('[data-chart-embed]')
	).toHaveText(/datawrapper-height/);
	await expect(menu.locator('a[data-format="csv"]')).toHaveAttribute(
		'href',
		`/escrutinio/data/${E}/charts/statements-map.csv`
	);
	await expect(menu).toContainText('La imagen PNG necesita JavaScript');
	await context.close();
});
