import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openWithScriptHeld } from './support/held-script';
import { recordShifts, shiftsSoFar, whatMoved } from './support/layout-shifts';

// Figures of the opposition's 83.5 % release by state (fact sheet §5), formatted per locale.
const cases = [
	{
		lang: 'es',
		zuliaEgu: '766.915',
		zuliaNm: '321.797',
		zuliaMargin: '445.118',
		zuliaTotal: '1.105.158',
		sucreMargin: '+2,41 pp',
		sucreShare: '50,03 %',
		description: /^González lidera en 24 de 24 estados .*el más reñido es Sucre/,
		title: 'Resultados por estado',
		zuliaTitle: 'Zulia: resultados',
		marginHeader: 'Ventaja (pp)'
	},
	{
		lang: 'en',
		zuliaEgu: '766,915',
		zuliaNm: '321,797',
		zuliaMargin: '445,118',
		zuliaTotal: '1,105,158',
		sucreMargin: '+2.41 pts',
		sucreShare: '50.03%',
		description: /^González leads in 24 of 24 states .*the closest is Sucre/,
		title: 'Results by state',
		zuliaTitle: 'Zulia: results',
		marginHeader: 'Margin (pts)'
	}
] as const;

const normalise = (s: string | null) => (s ?? '').replace(/[\u00a0\u202f]/g, ' ');

for (const c of cases) {
	test.describe(c.lang, () => {
		test('the states page lists all 24 states with the figures of §5', async ({ page }) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${c.lang}/venezuela-2024/states/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
			const table = page.getByTestId('states-table');
			await expect(table.locator('tbody tr')).toHaveCount(24);
			const zulia = table.locator('tr[data-region="zulia"]');
			await expect(zulia.locator('[data-contestant="gonzalez"][data-kind="votes"]')).toHaveText(
				c.zuliaEgu
			);
			await expect(zulia.locator('[data-contestant="maduro"][data-kind="votes"]')).toHaveText(
				c.zuliaNm
			);
			await expect(zulia.getByTestId('margin-votes')).toHaveText(c.zuliaMargin);
			await expect(zulia).toContainText(c.zuliaTotal);
			const sucre = table.locator('tr[data-region="sucre"]');
			expect(normalise(await sucre.getByTestId('margin-points').textContent())).toBe(c.sucreMargin);
			expect(normalise(await sucre.textContent())).toContain(c.sucreShare);
			expect(normalise(await page.getByTestId('map-description').first().textContent())).toMatch(
				c.description
			);
			// The release is named with its as-of time and sources.
			await expect(page.locator('section.release time').first()).toHaveAttribute(
				'datetime',
				'2024-08-06'
			);
			const sources = await page
				.locator('section.release .sources a')
				.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(sources.length).toBeGreaterThan(0);
			for (const href of sources) expect(href).toMatch(/^https?:\/\//);
			expect(errors).toEqual([]);
		});

		test('sorting by margin works from the keyboard and Sucre has the smallest margin', async ({
			page
		}) => {
			await page.goto(`${c.lang}/venezuela-2024/states/`);
			// The headers become buttons as the table nears the screen (embed/js/sort.js).
			await page.getByTestId('states-table').scrollIntoViewIfNeeded();
			const th = page.locator('th[data-sort-key="margin-points"]');
			const button = th.getByRole('button', { name: c.marginHeader });
			await expect(th).toHaveAttribute('aria-sort', 'none');
			await button.focus();
			await page.keyboard.press('Enter');
			await expect(th).toHaveAttribute('aria-sort', 'descending');
			const first = page.getByTestId('states-table').locator('tbody tr').first();
			await expect(first).toHaveAttribute('data-region', 'tachira');
			await page.keyboard.press('Space');
			await expect(th).toHaveAttribute('aria-sort', 'ascending');
			await expect(first).toHaveAttribute('data-region', 'sucre');
			await expect(page.locator('th[data-sort-key="code"]')).toHaveAttribute('aria-sort', 'none');
			// And back to code order.
			await page.locator('th[data-sort-key="code"] button').press('Enter');
			await expect(first).toHaveAttribute('data-region', 'distrito-capital');
		});

		test('the tile map has 24 tiles, each a link to its state page', async ({ page }) => {
			await page.goto(`${c.lang}/venezuela-2024/states/`);
			const tiles = page.getByTestId('tile-map').locator('a.tile');
			await expect(tiles).toHaveCount(24);
			const hrefs = await tiles.evaluateAll((as) => as.map((a) => a.getAttribute('href')));
			expect(new Set(hrefs).size).toBe(24);
			for (const h of hrefs)
				expect(h).toMatch(new RegExp(`^/escrutinio/${c.lang}/venezuela-2024/states/[a-z-]+/$`));
			// The keyboard meets the tiles as the map is read: row by row, left to right in a row.
			const boxes = await tiles.evaluateAll((as) =>
				as.map((a) => {
					const r = a.getBoundingClientRect();
					return { y: Math.round(r.y), x: Math.round(r.x) };
				})
			);
			for (let i = 1; i < boxes.length; i++) {
				const [a, b] = [boxes[i - 1]!, boxes[i]!];
				expect(b.y > a.y || (b.y === a.y && b.x > a.x), `tile ${i + 1} after tile ${i}`).toBe(true);
			}
			await page.getByTestId('tile-map').locator('a[data-region="zulia"]').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.zuliaTitle);
		});

		test('a state page loads directly by URL with its votes, margin and tally sheets', async ({
			page
		}) => {
			await page.goto(`${c.lang}/venezuela-2024/states/zulia/`);
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.zuliaTitle);
			const entry = page.locator('section.entry[data-snapshot="opposition-83-5"]');
			await expect(entry.locator('tr[data-contestant="gonzalez"]')).toContainText(c.zuliaEgu);
			await expect(entry.locator('tr[data-contestant="maduro"]')).toContainText(c.zuliaNm);
			await expect(entry.getByTestId('margin')).toContainText(c.zuliaMargin);
			await expect(entry.getByTestId('units')).toHaveText(c.lang === 'es' ? '2721' : '2,721');
			await expect(entry.getByTestId('valid')).toHaveText(c.zuliaTotal);
			await expect(entry.getByTestId('null')).toHaveText('121');
			await expect(entry.locator('time')).toHaveAttribute('datetime', '2024-08-06');
			await expect(entry.locator('.sources a').first()).toHaveAttribute('href', /^https:\/\//);
		});

		test('the election page links the states page, which has the map and the downloads', async ({
			page,
			request
		}) => {
			await page.goto(`${c.lang}/venezuela-2024/`);
			await page.locator('section.more li[data-section="states"] a').click();
			await expect(page.getByRole('heading', { level: 1 })).toHaveText(c.title);
			await expect(page.getByTestId('tile-map').locator('a.tile')).toHaveCount(24);
			const csv = await page
				.getByRole('link', { name: /^CSV.*83[,.]5/ })
				.first()
				.getAttribute('href');
			expect(csv).toBe('/escrutinio/data/venezuela-2024/opposition-83-5.csv');
			const res = await request.get(`http://127.0.0.1:${process.env.E2E_PORT ?? 4173}${csv}`);
			expect(res.ok()).toBe(true);
			expect(await res.text()).toContain(',region,21,Zulia,gonzalez,');
		});
	});
}

test('at 360 px the states page does not scroll sideways (the table scrolls in its box)', async ({
	browser
}) => {
	const ctx = await browser.newContext({ viewport: { width: 360, height: 800 } });
	const page = await ctx.newPage();
	for (const path of ['states/', 'states/zulia/']) {
		await page.goto(`/escrutinio/es/venezuela-2024/${path}`);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow).toBeLessThanOrEqual(0);
	}
	await ctx.close();
});

// The sorting script (embed/js/sort.js) can arrive after the reader has scrolled to the table: on
// a slow network, or on a busy phone that had drawn no frame since the table came near (CI, 4
// December: a level's states table at 1280 px moved 35 px down under the reader as the hint
// above it appeared). The headers turning into buttons and the hint showing must then move
// nothing on the screen, the headers included.
for (const path of ['states/', 'states/levels/opposition-81-7/state/'])
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	])
		test(`${path} at ${viewport.width} px: the sort buttons and hint arriving late move nothing on the screen`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await recordShifts(page);
			const release = await openWithScriptHeld(
				page,
				'**/embed/js/sort.js',
				`es/venezuela-2024/${path}`
			);
			const table = page.getByTestId('states-table');
			// The reader scrolls the table's head to the middle of the screen, and stays there.
			await table.evaluate((t) =>
				window.scrollBy(0, t.getBoundingClientRect().top - innerHeight / 2)
			);
			const boxes = () =>
				table.locator('caption, thead th, tbody tr:nth-child(-n+3) > *').evaluateAll((els) =>
					els.map((e) => {
						const r = e.getBoundingClientRect();
						const box = [r.x, r.y, r.width, r.height].map((n) => n.toFixed(1)).join(',');
						return `${e.tagName.toLowerCase()} "${e.textContent!.trim().slice(0, 20)}" ${box}`;
					})
				);
			// The page settled after the jump (the blocks on the way laid out): the same boxes twice,
			// 150 ms apart.
			let settled = '';
			await expect
				.poll(async () => {
					await page.waitForTimeout(150);
					const now = JSON.stringify(await boxes());
					const same = now === settled;
					settled = now;
					return same;
				})
				.toBe(true);
			const before = { boxes: JSON.parse(settled) as string[], shift: await shiftsSoFar(page) };
			expect(await table.locator('thead button').count()).toBe(0);
			release();
			await expect(table.locator('thead button').first()).toBeVisible();
			await expect(page.locator('[data-sort-hint]')).toBeVisible();
			await page.waitForTimeout(200);
			expect(await boxes()).toEqual(before.boxes);
			expect(await shiftsSoFar(page), await whatMoved(page)).toBe(before.shift);
			await context.close();
		});

// The states embed shows the same table in its data disclosure, and loads no sort script: its
// headers are plain text and it has no hint or arrows taking room.
test('the states embed’s data table has plain headers and no sort hint', async ({ page }) => {
	await page.goto('embed/es/venezuela-2024/states/');
	await page.locator('details.data > summary').first().click();
	const table = page.getByTestId('states-table').first();
	await expect(table).toBeVisible();
	await expect(table.locator('thead th').first()).toHaveText('Código');
	await expect(page.locator('[data-sort-hint], [data-sortable], .arrow, thead button')).toHaveCount(
		0
	);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the states table carries every figure of the release, in state-code order', async ({
		page
	}) => {
		const tabs = JSON.parse(
			readFileSync('src/data/elections/venezuela-2024/tabulations/opposition.json', 'utf8')
		) as {
			snapshots: {
				id: string;
				regions: {
					region: string;
					unitsCounted: number;
					results: { contestant: string; votes: number }[];
				}[];
			}[];
		}[];
		const snap = tabs.flatMap((t) => t.snapshots).find((s) => s.id === 'opposition-83-5')!;
		const es = new Intl.NumberFormat('es');
		await page.goto('es/venezuela-2024/states/');
		const rows = page.getByTestId('states-table').locator('tbody tr');
		await expect(rows).toHaveCount(24);
		expect(
			await rows.evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-region')))
		).toEqual(snap.regions.map((r) => r.region));
		for (const r of snap.regions) {
			const row = page.locator(`tr[data-region="${r.region}"]`);
			for (const res of r.results)
				await expect(
					row.locator(`[data-contestant="${res.contestant}"][data-kind="votes"]`)
				).toHaveText(es.format(res.votes));
			await expect(row).toContainText(es.format(r.unitsCounted));
		}
		// No sort buttons without JavaScript: the headers are plain text.
		await expect(page.getByTestId('states-table').locator('thead button')).toHaveCount(0);
		await expect(page.getByTestId('tile-map').locator('a.tile')).toHaveCount(24);
	});
});
