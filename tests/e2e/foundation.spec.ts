import { expect, test } from '@playwright/test';

// Figures come from the data (fact sheet §1b, §1c, §2), formatted per locale.
const cases = [
	{
		lang: 'es',
		title: 'Elección presidencial de Venezuela 2024',
		maduroB2: '6.408.844',
		shareB2: '51,95 %',
		egu83: '7.303.480',
		coverage83: '25.073 de 30.026 actas'
	},
	{
		lang: 'en',
		title: 'Venezuelan presidential election 2024',
		maduroB2: '6,408,844',
		shareB2: '51.95%',
		egu83: '7,303,480',
		coverage83: '25,073 of 30,026 tally sheets'
	}
] as const;

test('the root page offers both languages with plain links', async ({ page }) => {
	await page.goto('./');
	await page.getByRole('link', { name: 'Entrar en español' }).click();
	await expect(page).toHaveURL(/\/escrutinio\/es\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'es');
});

for (const c of cases) {
	test(`${c.lang}: home lists the election and its page shows both counts with sources`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		page.on('pageerror', (e) => errors.push(e.message));
		await page.goto(`${c.lang}/`);
		await expect(page.locator('html')).toHaveAttribute('lang', c.lang);
		await page.getByRole('link', { name: c.title }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
		const official = page.locator('section.snapshot', { hasText: /CNE/ }).first();
		await expect(official.locator('tr[data-contestant="maduro"]')).toContainText(c.maduroB2);
		await expect(official.locator('tr[data-contestant="maduro"]')).toContainText(c.shareB2);
		const opposition = page.locator('section.snapshot', { hasText: '83' }).last();
		await expect(opposition.locator('tr[data-contestant="gonzalez"]')).toContainText(c.egu83);
		await expect(opposition.getByTestId('coverage')).toContainText(c.coverage83);
		// Every table carries its sources as http(s) links.
		for (const section of await page.locator('section.snapshot').all()) {
			const links = section.locator('.sources a');
			expect(await links.count()).toBeGreaterThan(0);
			for (const href of await links.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
				expect(href).toMatch(/^https?:\/\//);
		}
		expect(errors).toEqual([]);
	});
}

test('the language switch keeps the reader on the same page', async ({ page }) => {
	await page.goto('es/venezuela-2024/');
	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL(/\/escrutinio\/en\/venezuela-2024\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(
		'Venezuelan presidential election 2024'
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the election page and the revisions log are complete HTML', async ({ page }) => {
		await page.goto('es/venezuela-2024/');
		await expect(page.locator('tr[data-contestant="maduro"]').first()).toContainText('6.408.844');
		await page.getByRole('link', { name: 'Registro de cambios de los datos' }).click();
		await expect(page.getByRole('heading', { level: 1 })).toContainText('Registro de cambios');
		await expect(page.locator('ol.log li')).not.toHaveCount(0);
	});
});
