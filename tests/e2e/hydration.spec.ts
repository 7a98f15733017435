import { expect, test, type Page } from '@playwright/test';

// The page types rendered without SvelteKit's client (issue 13 item 4, docs/hydration.md): the
// election page, a claim's page, a release's page, its sheet checks, the states page, a level
// page and the tally-sheet lookup load no
// SvelteKit client, yet every chart is drawn (by its classic script, near the viewport), in both
// colour schemes, with no console error; and the controls still work: the chart menu's copy
// buttons and PNG (tests/e2e/chart-share.spec.ts), "Cite this" (cite.spec.ts), the states
// table's sorting (states.spec.ts).
const E = 'venezuela-2024';
const PAGES = [
	// The election page: two share charts and the two timelines (the paired bars wait in a
	// <template> until the reader asks for them: results.spec.ts, chart-share.spec.ts).
	{ path: `es/${E}/`, charts: 4 },
	{ path: `en/${E}/`, charts: 4 },
	{ path: `es/${E}/claims/opposition-67-percent/`, charts: 1 },
	{ path: `en/${E}/claims/machado-night-70-30/`, charts: 1 },
	{ path: `en/${E}/snapshots/cne-bulletin-1/`, charts: 1 },
	{ path: `es/${E}/snapshots/opposition-81-7/sheet-checks/`, charts: 2 },
	{ path: `es/${E}/states/`, charts: 0 },
	{ path: `en/${E}/states/levels/opposition-81-7/municipality/`, charts: 0 },
	{ path: `es/${E}/lookup/`, charts: 0 }
];

/** Non-blank pixels of a canvas (0 when nothing is drawn). */
const inked = (page: Page, i: number) =>
	page
		.locator('figure.chart canvas')
		.nth(i)
		.evaluate((c: HTMLCanvasElement) => {
			if (c.width === 0 || c.height === 0) return 0;
			const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
			let n = 0;
			for (let k = 3; k < d.length; k += 4) if (d[k]! > 0) n++;
			return n;
		});

for (const scheme of ['light', 'dark'] as const) {
	for (const p of PAGES) {
		test(`${p.path} (${scheme}): no SvelteKit client, every chart drawn, no console error`, async ({
			page
		}) => {
			await page.emulateMedia({ colorScheme: scheme });
			const errors: string[] = [];
			const scripts: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
			page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
			await page.goto(p.path);
			await expect(page.locator('figure.chart canvas')).toHaveCount(p.charts);
			for (let i = 0; i < p.charts; i++) {
				await page.locator('figure.chart').nth(i).scrollIntoViewIfNeeded();
				await expect.poll(() => inked(page, i), `chart ${i} drawn`).toBeGreaterThan(500);
			}
			// Only the small classic scripts: no SvelteKit client, no module.
			expect(scripts.filter((s) => s.includes('/_app/'))).toEqual([]);
			expect(await page.locator('script[type="module"]').count()).toBe(0);
			expect(errors).toEqual([]);
		});
	}
}

test('a chart far down the page is not drawn until the reader scrolls near it', async ({
	page
}) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(`es/${E}/snapshots/opposition-81-7/sheet-checks/`);
	await page.waitForLoadState('load');
	// The fingerprint heat map is several screens down: its script is not loaded yet.
	expect(scripts.some((s) => s.endsWith('/embed/js/fingerprint.js'))).toBe(false);
	await page.locator('#sheet-fingerprint-title').scrollIntoViewIfNeeded();
	await expect.poll(() => scripts.some((s) => s.endsWith('/embed/js/fingerprint.js'))).toBe(true);
});

test('the states table sorts with a click, and says so, without SvelteKit', async ({ page }) => {
	await page.goto(`en/${E}/states/levels/opposition-81-7/state/`);
	const table = page.getByTestId('states-table');
	// The headers become buttons as the table nears the screen (embed/js/sort.js).
	await table.scrollIntoViewIfNeeded();
	await expect(page.getByText(/^Sorted by state code\./)).toBeVisible();
	const th = table.locator('th[data-sort-key="name"]');
	await expect(th).toHaveAttribute('aria-sort', 'none');
	await th.getByRole('button').click();
	await expect(th).toHaveAttribute('aria-sort', 'ascending');
	const names = await table.locator('tbody th[scope="row"]').allTextContents();
	expect(names).toEqual([...names].sort((a, b) => a.localeCompare(b, 'es')));
	await th.getByRole('button').click();
	await expect(th).toHaveAttribute('aria-sort', 'descending');
});

test('a chart menu opened before /cite.js arrives gets its absolute link when it does', async ({
	page
}) => {
	// Hold /cite.js (a deferred script) back until the reader has opened the first chart's menu.
	let release!: () => void;
	const held = new Promise<void>((r) => (release = r));
	await page.route('**/cite.js', async (route) => {
		await held;
		await route.continue();
	});
	await page.goto(`en/${E}/snapshots/cne-bulletin-1/`, { waitUntil: 'commit' });
	const menu = page.locator('details[data-chart-actions]').first();
	await menu.locator(':scope > summary').click();
	const link = menu.getByRole('group', { name: 'Link to this chart' }).locator('[data-chart-link]');
	await expect(link).toHaveText(/^\/escrutinio\//);
	release();
	await expect(link).toHaveText(
		new RegExp(`^http://127\\.0\\.0\\.1:\\d+/escrutinio/en/${E}/snapshots/cne-bulletin-1/`)
	);
});

test.describe('the tally-sheet lookup without SvelteKit', () => {
	const sheets = (state: string) => `**/data/${E}/opposition-81-7/${state}/sheets.json`;

	test('offers the next select once a state’s sheets arrive, with no SvelteKit client', async ({
		page
	}) => {
		const scripts: string[] = [];
		page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
		await page.goto(`en/${E}/lookup/`);
		const state = page.getByTestId('lookup-state');
		await expect(state.getByRole('option', { name: 'Amazonas', exact: true })).toHaveCount(1);
		await expect(page.getByLabel('Municipality')).toBeHidden();
		await state.selectOption('amazonas');
		await expect(page.getByLabel('Municipality')).toBeVisible();
		await expect(page.getByRole('status')).toHaveText('');
		expect(scripts.filter((s) => s.includes('/_app/'))).toEqual([]);
		expect(scripts.some((s) => s.endsWith('/embed/js/lookup.js'))).toBe(true);
	});

	test('says in words when a state’s file cannot be read, and offers nothing from it', async ({
		page
	}) => {
		await page.route(sheets('apure'), (r) => r.fulfill({ json: { version: 2 } }));
		await page.route(sheets('aragua'), (r) => r.fulfill({ status: 404, body: 'gone' }));
		await page.goto(`en/${E}/lookup/`);
		await page.getByTestId('lookup-state').selectOption('apure');
		await expect(page.getByRole('status')).toHaveText(
			/^Could not read the tally sheets of Apure: version: expected 1, got 2\. Use the state’s CSV\.$/i
		);
		await expect(page.getByTestId('lookup-municipality')).toBeHidden();
		await page.getByTestId('lookup-state').selectOption('aragua');
		await expect(page.getByRole('status')).toContainText('HTTP 404');
		await expect(page).toHaveURL(/\?state=aragua$/);
	});

	test('shows names from the file as text and no link that is not http(s)', async ({ page }) => {
		const dialogs: string[] = [];
		page.on('dialog', (d) => (dialogs.push(d.message()), d.dismiss()));
		const muni = '<b>MUN</b>';
		const parish = '<img src=x onerror=alert(1)>';
		await page.route(sheets('barinas'), (r) =>
			r.fulfill({
				json: {
					version: 1,
					election: E,
					snapshot: 'opposition-81-7',
					state: 'barinas',
					candidates: ['gonzalez', 'maduro'],
					regions: [
						['m-x', '1', muni, 'barinas'],
						['p-x', '1', parish, 'm-x']
					],
					sheets: [['S-1', 'p-x', 'C1', '1', 100, 80, 2, 50, 30, 'javascript:alert(1)']]
				}
			})
		);
		await page.goto(`en/${E}/lookup/`);
		await page.getByTestId('lookup-state').selectOption('barinas');
		await page.getByTestId('lookup-municipality').selectOption({ label: muni });
		await page.getByTestId('lookup-parish').selectOption({ label: parish });
		await page.getByTestId('lookup-centre').selectOption('C1');
		// One table at the centre: it is chosen with it.
		const sheet = page.getByTestId('lookup-sheet');
		await expect(sheet.getByRole('heading', { name: 'Tally sheet S-1' })).toBeVisible();
		await expect(sheet).toContainText(muni);
		await expect(sheet).toContainText(parish);
		await expect(sheet.locator('img, b')).toHaveCount(0);
		await expect(sheet.getByTestId('sheet-valid')).toHaveText('80');
		await expect(sheet.locator('tr[data-contestant="gonzalez"] td').nth(1)).toHaveText('62.50%');
		await expect(sheet.getByTestId('sheet-image')).toBeHidden();
		await expect(sheet).toContainText('The file has no link to the image of this tally sheet.');
		await expect(page).toHaveURL(/\?state=barinas&sheet=S-1$/);
		expect(dialogs).toEqual([]);
	});
});
