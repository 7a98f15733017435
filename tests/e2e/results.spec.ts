import { expect, test, type Page } from '@playwright/test';
import { openWithScriptHeld } from './support/held-script';

// Figures from the data (fact sheet §1b, §1c, §2), formatted per locale. Intl puts a no-break
// space before "%" in Spanish; Playwright's text matching normalises it to a space.
const cases = [
	{
		lang: 'es',
		maduroB1: '5.150.092',
		maduro: 'Maduro 51,20 %',
		maduroAnnounced: 'anunciado 51,2 %',
		gonzalez: 'González 44,20 %',
		gonzalezAnnounced: 'anunciado 44,2 %',
		coverage: '80,00 %',
		twoWay: '64,0 %',
		withMinors: '61,7 %',
		sentence:
			'Con el 80 % anunciado, González necesitaba el 64,0 % de los votos restantes (61,7 % si los demás candidatos mantienen su 4,6 %): el resultado no era matemáticamente irreversible.',
		b1Link: 'Boletín 1 del CNE (80 %)',
		switchOpp: 'Actas recopiladas por la oposición',
		compare: 'Comparar las dos cuentas en un gráfico'
	},
	{
		lang: 'en',
		maduroB1: '5,150,092',
		maduro: 'Maduro 51.20%',
		maduroAnnounced: 'announced 51.2%',
		gonzalez: 'González 44.20%',
		gonzalezAnnounced: 'announced 44.2%',
		coverage: '80.00%',
		twoWay: '64.0%',
		withMinors: '61.7%',
		sentence:
			'With 80% announced, González needed 64.0% of the remaining vote (61.7% if the other candidates kept their 4.6%): the result was not mathematically irreversible.',
		b1Link: 'CNE bulletin 1 (80 %)',
		switchOpp: 'Tally sheets collected by the opposition',
		compare: 'Compare both counts on one chart'
	}
] as const;

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

/** Number of painted pixels on a chart's canvas: 0 means chart.js never drew. */
async function paintedPixels(page: Page, chartId: string): Promise<number> {
	const canvas = page.locator(`figure[data-chart="${chartId}"] canvas`);
	// chart.js loads when a chart comes near the viewport.
	await canvas.scrollIntoViewIfNeeded();
	await expect(canvas).toBeVisible();
	await expect
		.poll(() =>
			canvas.evaluate((c: HTMLCanvasElement) => {
				const ctx = c.getContext('2d');
				if (!ctx || c.width === 0) return 0;
				const d = ctx.getImageData(0, 0, c.width, c.height).data;
				let n = 0;
				for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
				return n;
			})
		)
		.toBeGreaterThan(500);
	return 1;
}

for (const c of cases) {
	test(`${c.lang}: the election page answers who leads, by how much, how much is counted, and whether it could still change`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`${c.lang}/venezuela-2024/`);
		// The answer per tabulation: leader and margin, coverage, source link.
		const cne = page.locator('[data-testid="answer"] [data-tabulation="cne"]');
		await expect(cne).toContainText(c.lang === 'es' ? 'Maduro por delante' : 'Maduro ahead');
		await expect(cne).toContainText(c.lang === 'es' ? '1.082.740' : '1,082,740');
		await expect(cne.locator('a[href^="https://"]')).not.toHaveCount(0);
		// The charts draw.
		await paintedPixels(page, 'share-cne-bulletin-2');
		await paintedPixels(page, 'share-opposition-83-5');
		await paintedPixels(page, 'timeline-coverage');
		await paintedPixels(page, 'timeline-time');
		// "Could it still change?" for every release is on the methodology page, linked from here:
		// CNE bulletin 1 at 80 %, González needed 64.0 % / 61.7 %.
		await page.locator(`section.results a[href$="/${c.lang}/venezuela-2024/methodology/"]`).click();
		const b1 = page.locator('[data-testid="outstanding-table"] tr[data-snapshot="cne-bulletin-1"]');
		await expect(b1).toBeVisible();
		await expect(b1).toContainText(c.coverage);
		await expect(b1).toContainText(c.maduro);
		await expect(b1).toContainText(c.maduroAnnounced);
		await expect(b1).toContainText(c.gonzalez);
		await expect(b1).toContainText(c.gonzalezAnnounced);
		await expect(b1.getByTestId('needed-two-way')).toHaveText(c.twoWay);
		await expect(b1.getByTestId('needed-with-minors')).toHaveText(c.withMinors);
		await expect(page.locator('.sentences li[data-snapshot="cne-bulletin-1"]')).toContainText(
			c.sentence
		);
		expect(errors).toEqual([]);
	});

	test(`${c.lang}: the snapshot selector's link loads that release, and the URL works directly`, async ({
		page
	}) => {
		const errors = collectErrors(page);
		await page.goto(`${c.lang}/venezuela-2024/`);
		await page
			.getByRole('link', { name: new RegExp(c.b1Link.replace(/[()]/g, '\\$&')) })
			.first()
			.click();
		await expect(page).toHaveURL(
			new RegExp(`/escrutinio/${c.lang}/venezuela-2024/snapshots/cne-bulletin-1/$`)
		);
		const check = async () => {
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.b1Link);
			await expect(page.locator('section.snapshot tr[data-contestant="maduro"]')).toContainText(
				c.maduroB1
			);
			await expect(page.getByTestId('needed-two-way')).toHaveText(c.twoWay);
			await expect(page.locator('a[data-snapshot="cne-bulletin-1"]')).toHaveAttribute(
				'aria-current',
				'page'
			);
			await paintedPixels(page, 'share-cne-bulletin-1');
		};
		await check();
		await page.goto(`${c.lang}/venezuela-2024/snapshots/cne-bulletin-1/`);
		await check();
		expect(errors).toEqual([]);
	});
}

test('the 73.2 % release says its shares are of the two candidates published', async ({ page }) => {
	await page.goto('en/venezuela-2024/snapshots/opposition-73-2/');
	await expect(page.locator('figure[data-chart="share-opposition-73-2"]')).toContainText(
		'only the votes of González and Maduro were published; their shares are of the votes published, not of all valid votes'
	);
});

test.describe('the tabulation switch without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('is not shown (it would do nothing), and the counts follow the heading', async ({
		page
	}) => {
		await page.goto('es/venezuela-2024/');
		await expect(page.getByRole('group', { name: 'Cuenta principal' })).toBeHidden();
		await expect(page.getByText('La otra cuenta sigue visible al lado')).toBeHidden();
		// No blank space is kept for it either: the counts come right after the heading (its margin).
		const gap = await page.evaluate(() => {
			const h = document.querySelector('#results-heading')!.getBoundingClientRect();
			const list = document.querySelector('.side-by-side')!.getBoundingClientRect();
			return list.top - h.bottom;
		});
		expect(gap).toBeLessThan(30);
	});
});

test('the switch appearing moves nothing below it (its place is kept from the first paint)', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const release = await openWithScriptHeld(page, '**/embed/js/results.js', 'es/venezuela-2024/');
	const top = () =>
		page.evaluate(() => document.querySelector('.side-by-side')!.getBoundingClientRect().top);
	const before = await top();
	await expect(page.getByRole('group', { name: 'Cuenta principal' })).toBeHidden();
	release();
	await expect(page.getByRole('group', { name: 'Cuenta principal' })).toBeVisible();
	expect(await top()).toBe(before);
});

test('the tabulation switch and the snapshot selector work from the keyboard, with a focus ring', async ({
	page
}) => {
	test.setTimeout(90_000);
	await page.goto('es/venezuela-2024/');
	const first = page.locator('article.tabulation').first();
	await expect(first).toHaveAttribute('data-tabulation', 'cne');
	const oppButton = page.getByRole('button', { name: 'Actas recopiladas por la oposición' });
	await expect(oppButton).toBeVisible();
	// Tab from the section heading to the switch.
	await page.locator('#results-heading').click();
	let guard = 0;
	while (!(await oppButton.evaluate((b) => b === document.activeElement)) && guard++ < 20)
		await page.keyboard.press('Tab');
	await expect(oppButton).toBeFocused();
	const outline = await oppButton.evaluate((b) => getComputedStyle(b).outlineStyle);
	expect(outline).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(oppButton).toHaveAttribute('aria-pressed', 'true');
	await expect(first).toHaveAttribute('data-tabulation', 'opposition-tally-sheets');
	// The other count stays visible beside it.
	await expect(page.locator('article.tabulation[data-tabulation="cne"]')).toBeVisible();
	// Compare: paired bars, the opposition's release first.
	await page.keyboard.press('Tab');
	await expect(page.getByTestId('compare-toggle')).toBeFocused();
	await page.keyboard.press('Space');
	await expect(page.locator('figure[data-chart="share-compare"]')).toBeVisible();
	const compare = page.locator('figure[data-chart="share-compare"]');
	// Bulletin 2's eight listed minor candidates, added up for the comparison (8 counts, §1c).
	await expect(
		compare.locator('tr[data-contestant="others"][data-series="cne-bulletin-2"]')
	).toContainText('600.936');
	await expect(compare).toContainText('lo suma Escrutinio a partir de los 8 recuentos');
	await paintedPixels(page, 'share-compare');
	// Snapshot selector: Tab from the previous release's link, Enter opens the page.
	const link = page.locator('a[data-snapshot="opposition-81-7"]');
	await page.locator('a[data-snapshot="opposition-81-21"]').focus();
	await page.keyboard.press('Tab');
	await expect(link).toBeFocused();
	expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe('none');
	await page.keyboard.press('Enter');
	await expect(page).toHaveURL(/\/snapshots\/opposition-81-7\/$/);
});

test('the methodology page shows the formulas and each release’s arithmetic', async ({ page }) => {
	await page.goto('es/venezuela-2024/methodology/');
	await expect(page.getByText('O = C × (1 − f) ÷ f', { exact: false })).toBeVisible();
	const b1 = page.locator('section.worked[data-snapshot="cne-bulletin-1"]');
	await expect(b1).toContainText('C = 5.150.092 + 4.445.978 + 462.704 = 10.058.774');
	await expect(b1).toContainText('O = 10.058.774 × (1 − 80 %) ÷ 80 % = 2.514.694');
	await expect(b1).toContainText('= 64,00 %');
	await expect(b1).toContainText('= 61,70 %');
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the tables carry every figure', async ({ page }) => {
		await page.goto('es/venezuela-2024/methodology/');
		const b1 = page.locator('tr[data-snapshot="cne-bulletin-1"]');
		await expect(b1.getByTestId('needed-two-way')).toHaveText('64,0 %');
		await expect(b1).toContainText('Maduro 51,20 %');
		await expect(b1).toContainText('anunciado 44,2 %');
		await page.goto('es/venezuela-2024/');
		// The chart tables (inside <details>) are in the HTML with every bar's figures.
		const share = page.locator('figure[data-chart="share-cne-bulletin-2"] table');
		await expect(share.locator('tr[data-contestant="ceballos"]')).toContainText('20.056');
		await expect(share.locator('tr[data-contestant="maduro"]')).toContainText('51,95 %');
		const timeline = page.locator('figure[data-chart="timeline-coverage"] table');
		await expect(timeline).toContainText('73,20 %');
		await expect(timeline).toContainText('96,87 %');
		// The selector is plain links.
		await page.locator('a[data-snapshot="opposition-83-5"]').first().click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('83,5 %');
	});
});

test('at 360 px the election page does not scroll sideways', async ({ page }) => {
	await page.setViewportSize({ width: 360, height: 800 });
	await page.goto('es/venezuela-2024/');
	await paintedPixels(page, 'share-cne-bulletin-2');
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
});
