import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';

// The share menu under each embed table: a disclosure operable by keyboard, whose links and
// embed code point at files and pages that exist in the build.
const EMBED = 'embed/es/venezuela-2024/';

test('the share menu opens and closes by keyboard, returning focus to its button', async ({
	page
}) => {
	await page.goto(EMBED);
	const button = page.getByRole('button', { name: /^Compartir.*Boletín 2 del CNE/ });
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	const panel = page.locator(`#${await button.getAttribute('aria-controls')}`);
	await expect(panel).toBeHidden();
	await button.focus();
	await page.keyboard.press('Enter');
	await expect(button).toHaveAttribute('aria-expanded', 'true');
	await expect(panel).toBeVisible();
	// Into the panel, then Escape from inside it.
	await page.keyboard.press('Tab');
	await expect(panel.getByRole('textbox', { name: 'Enlace' })).toBeFocused();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	await expect(button).toBeFocused();
	await expect(button).toHaveAttribute('aria-expanded', 'false');
	// Space toggles too; Escape on the button closes.
	await page.keyboard.press('Space');
	await expect(panel).toBeVisible();
	await page.keyboard.press('Escape');
	await expect(panel).toBeHidden();
	// Every control in the open panel is at least 24 px tall (WCAG 2.2 target size).
	await button.click();
	for (const el of await panel.locator('a, button, summary, input, textarea').all()) {
		if (!(await el.isVisible())) continue;
		const box = (await el.boundingBox())!;
		expect(box.height).toBeGreaterThanOrEqual(24);
	}
});

test('the CSV and JSON links resolve to the data shown', async ({ page, request }) => {
	await page.goto(EMBED);
	const menu = page.locator('[data-share="menu-cne-bulletin-2"]');
	await menu.getByRole('button', { name: /Compartir/ }).click();
	const csv = menu.getByRole('link', { name: 'Descargar CSV de esta tabla' });
	await expect(csv).toHaveAttribute('href', '/escrutinio/data/venezuela-2024/cne-bulletin-2.csv');
	const csvRes = await request.get('data/venezuela-2024/cne-bulletin-2.csv');
	expect(csvRes.ok()).toBe(true);
	expect(await csvRes.text()).toContain('6408844');
	const json = menu.getByRole('link', { name: 'Descargar todos los datos (JSON)' });
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
	const menu = page.locator('[data-share="menu-opposition-83-5"]');
	await menu.getByRole('button', { name: /Compartir/ }).click();
	await menu.getByRole('button', { name: 'Copiar enlace' }).click();
	await expect(menu.getByRole('status')).toHaveText('Copiado.');
	const link = await page.evaluate(() => navigator.clipboard.readText());
	expect(link).toBe(`${baseURL}es/venezuela-2024/#snap-opposition-83-5`);
	await page.goto(link);
	await expect(page.locator('#snap-opposition-83-5')).toBeVisible();

	await page.goto(EMBED);
	await menu.getByRole('button', { name: /Compartir/ }).click();
	await menu.locator('summary', { hasText: 'Código para insertar' }).click();
	const code = await menu
		.getByRole('textbox', { name: 'Código para insertar (iframe)' })
		.inputValue();
	expect(code).toMatch(
		new RegExp(
			`^<iframe src="${baseURL}embed/es/venezuela-2024/" title="[^"]+" width="100%" height="\\d+"`
		)
	);
	const src = /src="([^"]+)"/.exec(code)![1]!;
	expect((await request.get(src)).ok()).toBe(true);
	// The same starting height as the oEmbed file announces.
	const oembed = JSON.parse(readFileSync('build/oembed/es/venezuela-2024.json', 'utf8'));
	expect(code).toContain(`height="${oembed.height}"`);
});

test('the chart embed downloads a PNG of the chart, drawn, at 2×, with its title and footer', async ({
	page
}) => {
	await page.goto(`embed/en/venezuela-2024/snapshots/cne-bulletin-2/?chart=1`);
	// Asked for as soon as the canvas is there, while the chart may still be drawing: the PNG
	// waits for the drawn chart and copies it whole.
	const canvas = page.locator('figure[data-chart="share-cne-bulletin-2"] canvas');
	await expect(canvas).toBeVisible();
	await page.getByRole('button', { name: /^Share/ }).click();
	const [download] = await Promise.all([
		page.waitForEvent('download'),
		page.getByRole('button', { name: 'Download image (PNG)' }).click()
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
	test('the share menu is a native disclosure with plain links and the embed code', async ({
		page,
		request
	}) => {
		await page.goto(EMBED);
		const menu = page.locator('[data-share="menu-cne-bulletin-2"]');
		await menu.locator('summary').first().click();
		await expect(menu.getByRole('textbox', { name: 'Enlace' })).toHaveValue(
			'/escrutinio/es/venezuela-2024/#snap-cne-bulletin-2'
		);
		await menu.locator('summary', { hasText: 'Código para insertar' }).click();
		await expect(menu.getByRole('textbox', { name: 'Código para insertar (iframe)' })).toHaveValue(
			/^<iframe src="\/escrutinio\/embed\/es\/venezuela-2024\/"/
		);
		for (const href of await menu
			.getByRole('link')
			.evaluateAll((as) => as.map((a) => a.getAttribute('href')!)))
			expect((await request.get(href.replace('/escrutinio/', ''))).ok()).toBe(true);
		await expect(menu.getByRole('button')).toHaveCount(0);
	});
});
