import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// The share menu under each embed table: the full pages' "Share / Embed / Cite" menu (a native
// disclosure run by /cite.js), operable by keyboard, whose links and embed code point at files
// and pages that exist in the build.
const EMBED = 'embed/es/venezuela-2024/';
const menuOf = (page: Page, snapshot: string) =>
	page.locator(`details[data-chart-actions="menu-${snapshot}"]`);

test('the share menu opens and closes by keyboard, returning focus to its summary', async ({
	page
}) => {
	await page.goto(EMBED);
	const menu = menuOf(page, 'cne-bulletin-2');
	const summary = menu.locator(':scope > summary');
	await expect(summary).toHaveText(/^Compartir \/ Insertar \/ Citar.*Boletín 2 del CNE/);
	const panel = menu.getByRole('group', { name: /Boletín 2 del CNE/ });
	await expect(panel).toBeHidden();
	await summary.focus();
	await page.keyboard.press('Enter');
	await expect(menu).toHaveAttribute('open', '');
	await expect(panel).toBeVisible();
	// Into the panel, then Escape from inside it.
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('button', { name: 'Copiar enlace' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(summary).toBeFocused();
	// Space toggles too; Escape on the summary closes.
	await page.keyboard.press('Space');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	// Every control in the open panel is at least 24 px tall (WCAG 2.2 target size); without the
	// chart (not asked for with ?chart=1) there is no PNG to offer.
	await summary.click();
	await expect(panel.getByRole('button', { name: 'Copiar enlace' })).toBeVisible();
	await expect(panel.getByRole('button', { name: /PNG/ })).toHaveCount(0);
	await expect(panel.getByText(/La imagen PNG necesita JavaScript/)).toBeHidden();
	for (const el of await panel.locator('a, button, summary').all()) {
		if (!(await el.isVisible())) continue;
		const box = (await el.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
});

test('the CSV and JSON links resolve to the data shown', async ({ page, request }) => {
	await page.goto(EMBED);
	const menu = menuOf(page, 'cne-bulletin-2');
	await menu.locator(':scope > summary').click();
	const csv = menu.getByRole('link', { name: 'Datos de esta tabla (CSV)' });
	await expect(csv).toHaveAttribute('href', '/escrutinio/data/venezuela-2024/cne-bulletin-2.csv');
	const csvRes = await request.get('data/venezuela-2024/cne-bulletin-2.csv');
	expect(csvRes.ok()).toBe(true);
	expect(await csvRes.text()).toContain('6408844');
	const json = menu.getByRole('link', { name: 'Todos los datos de la elección (JSON)' });
	await expect(json).toHaveAttribute('href', '/escrutinio/data/venezuela-2024.json');
	const jsonRes = await request.get('data/venezuela-2024.json');
	expect(jsonRes.ok()).toBe(true);
	expect((await jsonRes.json()).election.id).toBe('venezuela-2024');
});

test('copy link and embed code: absolute URLs that lead to the table and to the embed', async ({
	page,
	context,
	request,
	baseURL
}) => {
	await context.grantPermissions(['clipboard-read', 'clipboard-write']);
	await page.goto(EMBED);
	const menu = menuOf(page, 'opposition-83-5');
	await menu.locator(':scope > summary').click();
	await menu.getByRole('button', { name: 'Copiar enlace' }).click();
	await expect(menu.getByRole('status')).toHaveText('Copiado.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`${baseURL}es/venezuela-2024/#snap-opposition-83-5`);
	await page.goto(link);
	await expect(page.locator('#snap-opposition-83-5')).toBeVisible();

	for (const chart of [false, true]) {
		await page.goto(chart ? `${EMBED}?chart=1` : EMBED);
		await menu.locator(':scope > summary').click();
		await menu.getByRole('button', { name: 'Copiar código' }).click();
		await expect(menu.getByRole('status')).toHaveText('Copiado.');
		const code = await page.evaluate(() => navigator.clipboard.readText());
		// The variant the reader is looking at: with the chart when it was asked for.
		expect(code).toMatch(
			new RegExp(
				`^<iframe src="${baseURL}embed/es/venezuela-2024/${chart ? '\\?chart=1' : ''}" title="[^"]+" width="100%" height="\\d+"`
			)
		);
		const src = /src="([^"]+)"/.exec(code)![1]!;
		expect((await request.get(src)).ok()).toBe(true);
		// The same starting height as the oEmbed file announces, and the one-line resize listener.
		const oembed = JSON.parse(readFileSync('build/oembed/es/venezuela-2024.json', 'utf8'));
		expect(code).toContain(`height="${oembed.height}"`);
		expect(code.split('\n')[1]).toMatch(/^<script>window\.addEventListener\("message"/);
	}
});

test('the chart embed downloads a PNG of the chart, drawn, at 2×, with its title and footer', async ({
	page
}) => {
	await page.goto(`embed/en/venezuela-2024/snapshots/cne-bulletin-2/?chart=1`);
	// Asked for as soon as the canvas is there, while the chart may still be drawing: the PNG
	// waits for the drawn chart and copies it whole.
	const canvas = page.locator('figure[data-chart="share-cne-bulletin-2"] canvas');
	await expect(canvas).toBeVisible();
	const menu = page.locator('details[data-chart-actions="menu-cne-bulletin-2"]');
	await menu.locator(':scope > summary').click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		menu.getByRole('button', { name: 'Download image (PNG, 2×)' }).click()
	]);
	expect(download.suggestedFilename()).toBe('venezuela-2024-cne-bulletin-2-en.png');
	const png = readFileSync((await download.path())!);
	expect([...png.subarray(0, 8)]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
	const width = png.readUInt32BE(16);
	const height = png.readUInt32BE(20);
	const box = (await canvas.boundingBox())!;
	expect(width).toBeGreaterThanOrEqual(Math.floor(box.width * 2));
	expect(height).toBeGreaterThan(box.height * 2 + 100);
	// The chart's bars are in the picture: the two leaders' colours cover a good part of it (a copy
	// taken mid-animation or before the chart was drawn is mostly background).
	const coloured = await page.evaluate(async (b64) => {
		const img = new Image();
		img.src = `data:image/png;base64,${b64}`;
		await img.decode();
		const c = document.createElement('canvas');
		c.width = img.width;
		c.height = img.height;
		const ctx = c.getContext('2d')!;
		ctx.drawImage(img, 0, 0);
		const d = ctx.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 0; i < d.length; i += 4) {
			const [r, g, b] = [d[i]!, d[i + 1]!, d[i + 2]!];
			if (Math.max(r, g, b) - Math.min(r, g, b) > 80) n++;
		}
		return n / (d.length / 4);
	}, png.toString('base64'));
	expect(coloured).toBeGreaterThan(0.03);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the share menu is a native disclosure with plain links, the embed code and the citation', async ({
		page,
		request
	}) => {
		await page.goto(EMBED);
		const menu = page.locator('details[data-chart-actions="menu-cne-bulletin-2"]');
		await menu.locator(':scope > summary').click();
		await expect(
			menu.getByRole('group', { name: 'Enlace a esta tabla' }).locator('[data-chart-link]')
		).toHaveText('/escrutinio/es/venezuela-2024/#snap-cne-bulletin-2');
		await expect(
			menu.getByRole('group', { name: 'Código para insertar' }).locator('[data-chart-embed]')
		).toHaveText(/^<iframe src="\/escrutinio\/embed\/es\/venezuela-2024\/"/);
		for (const href of await menu
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
			if (href.startsWith('/escrutinio/'))
				expect((await request.get(href.replace('/escrutinio/', ''))).ok()).toBe(true);
		// The release cited as the election page cites it, readable without JavaScript.
		await menu.locator('details.cite > summary').click();
		await expect(menu.locator('pre[data-cite-format="apa"]')).toContainText('Boletín 2 del CNE');
		await expect(menu.getByRole('button')).toHaveCount(0);
	});
});
