import { expect, test, type Page } from '@playwright/test';

// Statements of fact sheet §4 (39 rows plus the sub-rows 2b, 23b, 32b and Peru's walk-back).
const STATEMENT_COUNT = 43;

const cases = [
	{
		lang: 'es',
		recognises: 'Reconoce el resultado',
		other: 'Otra postura',
		rejects: 'Rechaza el resultado o reconoce a la oposición',
		recognising: [
			'Rusia',
			'China',
			'Irán',
			'Cuba',
			'Bolivia',
			'Nicaragua',
			'Honduras',
			'Catar',
			'Guinea-Bisáu',
			'Madagascar'
		],
		notRecognising: ['Estados Unidos', 'Perú', 'Brasil', 'Centro Carter'],
		peru: 'Perú',
		russia: 'Rusia',
		tsj: 'Fallo de la Sala Electoral del TSJ'
	},
	{
		lang: 'en',
		recognises: 'Recognises the result',
		other: 'Other stance',
		rejects: 'Rejects the result or recognises the opposition',
		recognising: [
			'Russia',
			'China',
			'Iran',
			'Cuba',
			'Bolivia',
			'Nicaragua',
			'Honduras',
			'Qatar',
			'Guinea-Bissau',
			'Madagascar'
		],
		notRecognising: ['United States', 'Peru', 'Brazil', 'The Carter Center'],
		peru: 'Peru',
		russia: 'Russia',
		tsj: 'TSJ Electoral Chamber ruling'
	}
] as const;

const url = (lang: string, query = '') => `${lang}/venezuela-2024/statements/${query}`;

function collectErrors(page: Page): string[] {
	const errors: string[] = [];
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	page.on('pageerror', (e) => errors.push(e.message));
	return errors;
}

async function visibleActors(page: Page): Promise<string[]> {
	// Text content, not innerText: the timeline's entries are rendered as they near the viewport
	// (content-visibility: auto), and an entry not rendered yet has no innerText.
	const names = await page.locator('li.statement:visible h3').allTextContents();
	return names.map((n) => n.replace(/\s+/g, ' ').trim());
}

for (const c of cases) {
	test.describe(`${c.lang}: statements`, () => {
		test('the timeline shows every statement in date order, with the bulletins and the TSJ ruling', async ({
			page
		}) => {
			const errors = collectErrors(page);
			await page.goto(url(c.lang));
			const items = page.locator('li.statement');
			await expect(items).toHaveCount(STATEMENT_COUNT);
			const dates = await items
				.locator('header time')
				.evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime') ?? ''));
			expect(dates).toHaveLength(STATEMENT_COUNT);
			expect(dates).toEqual([...dates].sort());
			// Markers on the same axis: bulletin 1 opens the timeline; the TSJ ruling sits on 22 Aug.
			const order = await page
				.locator('ol.entries > li')
				.evaluateAll((lis) => lis.map((li) => li.id || li.getAttribute('data-statement')));
			expect(order[0]).toBe('cne-bulletin-1');
			const tsj = order.indexOf('tsj-ruling-2024-08-22');
			expect(order[tsj - 1]).toBe('un-panel-2024-08-13');
			expect(order[tsj + 1]).toBe('joint-11-countries-2024-08-23');
			await expect(page.locator('#tsj-ruling-2024-08-22')).toContainText(c.tsj);
			// Every statement has an anchor and a visible permalink to it.
			const first = items.first();
			const id = await first.getAttribute('data-statement');
			await expect(first.locator(`a.permalink[href="#${id}"]`)).toBeVisible();
			expect(errors).toEqual([]);
		});

		test('filtering by "recognises the result" shows those governments and none of the rest, in the URL', async ({
			page
		}) => {
			await page.goto(url(c.lang));
			await page.locator('select[name="stance"]').selectOption({ label: c.recognises });
			// The reloaded page opens at the timeline, with the chosen filter alone in the URL.
			await expect(page).toHaveURL(/\?stance=recognises#timeline-h$/);
			await expect(page.locator('#timeline-h')).toBeInViewport();
			await expect(page.getByTestId('filter-count')).toContainText(
				c.lang === 'es' ? '11 de 43' : '11 of 43'
			);
			const shown = await visibleActors(page);
			for (const name of c.recognising) expect(shown.join('\n')).toContain(name);
			for (const name of c.notRecognising) expect(shown.join('\n')).not.toContain(name);
			const stances = await page
				.locator('li.statement:visible')
				.evaluateAll((lis) => lis.map((li) => li.getAttribute('data-stance')));
			expect(new Set(stances)).toEqual(new Set(['recognises']));
			// A shared link opens with the same filter; a region and a kind narrow it further.
			await page.goto(url(c.lang, '?stance=recognises&region=europe'));
			await expect(page.locator('li.statement:visible')).toHaveCount(1);
			expect(await visibleActors(page)).toEqual([c.russia]);
			await page.goto(url(c.lang, '?kind=observer-mission'));
			await expect(page.locator('li.statement:visible')).toHaveCount(2);
		});

		test("Peru's two positions appear in order", async ({ page }) => {
			await page.goto(url(c.lang, '?actor=pe'));
			const peru = page.locator('li.statement:visible');
			await expect(peru).toHaveCount(4);
			const alone = page.locator('li.statement:visible', {
				has: page.locator('h3', { hasText: new RegExp(`^${c.peru}$`) })
			});
			await expect(alone).toHaveCount(2);
			await expect(alone.nth(0).locator('.badge')).toHaveText(c.rejects);
			await expect(alone.nth(0).locator('header time')).toHaveAttribute('datetime', '2024-07-30');
			await expect(alone.nth(1).locator('.badge')).toHaveText(c.other);
			await expect(alone.nth(1).locator('header time')).toHaveAttribute('datetime', '2024-09-05');
			// The later statement links back to Peru's previous one (under its folded details).
			await alone.nth(1).locator('details.body > summary').click();
			await expect(alone.nth(1).locator('a[href="#joint-11-countries-2024-08-23"]')).toBeVisible();
		});

		test('the map renders, a click on a country opens its statements, and its table lists every country with its stance', async ({
			page
		}) => {
			const errors = collectErrors(page);
			await page.goto(url(c.lang));
			const figure = page.locator('figure[data-chart="world-map"]');
			const canvas = figure.locator('canvas');
			// chart.js loads when a chart comes near the viewport.
			await canvas.scrollIntoViewIfNeeded();
			await expect(canvas).toHaveAttribute('width', /\d+/, { timeout: 10_000 });
			// Something was drawn: the canvas is not blank.
			await expect
				.poll(() =>
					canvas.evaluate((el: HTMLCanvasElement) => {
						const d = el.getContext('2d')!.getImageData(0, 0, el.width, el.height).data;
						let painted = 0;
						for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) painted++;
						return painted;
					})
				)
				.toBeGreaterThan(10_000);
			await figure.locator('summary').click();
			const rows = figure.getByTestId('map-table').locator('tbody tr');
			await expect(rows).toHaveCount(33);
			for (const row of await rows.all()) await expect(row.locator('.badge')).toHaveCount(1);
			await expect(rows.filter({ hasText: c.peru })).toContainText(c.other);
			await expect(rows.filter({ hasText: c.russia })).toContainText(c.recognises);
			// Individuals and organisations are never on the map.
			await expect(figure.getByTestId('map-table')).not.toContainText('OAS');
			await expect(figure.getByTestId('map-table')).not.toContainText('OEA');
			// Clicking Brazil (a large country) opens the timeline filtered to Brazil, as its name in
			// the table does. The equal-area world (without Antarctica) is about 2.1 times as wide as
			// tall and centred in the box; Brazil's middle sits about 36 % from the left and 62 % from
			// the top of it.
			const box = (await figure.locator('.box').boundingBox())!;
			const mapWidth = Math.min(box.width, box.height * 2.1);
			await page.mouse.click(
				box.x + (box.width - mapWidth) / 2 + mapWidth * 0.36,
				box.y + box.height * 0.62
			);
			// A whole page load (location.assign): 0.8–1.9 s with the CPU slowed 4× beside a running
			// CI; one CI run saw no new URL within the default 5 s (not reproduced in 8 throttled
			// tries, every click landed). A click that misses still fails here.
			await expect(page).toHaveURL(/\?actor=br#timeline-h$/, { timeout: 15_000 });
			await expect(page.getByTestId('filter-count')).toContainText(
				c.lang === 'es' ? '4 de 43' : '4 of 43'
			);
			const shown = await visibleActors(page);
			expect(shown.length).toBe(4);
			for (const names of shown) expect(names).toContain(c.lang === 'es' ? 'Brasil' : 'Brazil');
			expect(errors).toEqual([]);
		});

		test('the election page links the statements page, which opens with the counts and the map', async ({
			page
		}) => {
			await page.goto(`${c.lang}/venezuela-2024/`);
			await page.locator('section.more li[data-section="statements"] a').click();
			await expect(page).toHaveURL(/\/statements\/$/);
			await expect(page.getByTestId('stance-counts').locator('tbody tr')).toHaveCount(4);
			await expect(
				page.getByTestId('stance-counts').locator('tr[data-stance="recognises"] td')
			).toHaveText('10');
			await expect(page.locator('li.statement')).toHaveCount(STATEMENT_COUNT);
		});
	});
}

test('the "Personas" link filters the timeline to the individuals\' remarks, in the URL (fact sheet §6)', async ({
	page
}) => {
	await page.goto(url('es'));
	await expect(page.locator('li.remark')).toHaveCount(8);
	await page.getByTestId('filter-individuals').click();
	await expect(page).toHaveURL(/\?kind=individual$/);
	// Musk, Maduro, Machado and Father Palmar (§6.1–6.7); the OAS release (§6.8) is not an individual.
	await expect(page.locator('li.remark:visible')).toHaveCount(7);
	await expect(page.locator('li.statement:visible')).toHaveCount(0);
	await expect(
		page.locator('li.remark[data-remark="oas-general-secretariat-2024-07-30"]')
	).toBeHidden();
	await expect(page.getByTestId('filter-count')).toContainText('0 de 43 declaraciones y 7 de 8');
	await expect(page.locator('select[name="kind"]')).toHaveValue('individual');
	// A remark has no stance: a stance filter hides them all.
	await page.goto(url('es', '?stance=recognises'));
	await expect(page.locator('li.remark:visible')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const c of cases)
		test(`${c.lang}: everything but the map is in the HTML`, async ({ page }) => {
			await page.goto(url(c.lang, '?stance=recognises'));
			// Filters need JavaScript: the whole list stays readable.
			await expect(page.locator('li.statement')).toHaveCount(STATEMENT_COUNT);
			await expect(page.locator('li.statement[hidden]')).toHaveCount(0);
			await expect(page.locator('#cne-bulletin-2')).toBeVisible();
			await expect(page.getByTestId('stance-counts').locator('tbody tr')).toHaveCount(4);
			await expect(page.getByTestId('map-table').locator('tbody tr')).toHaveCount(33);
			await expect(
				page.locator('figure[data-chart="stance-over-time"] tbody tr').first()
			).toBeAttached();
			await expect(page.locator('#qa-2024-07-29')).toContainText(
				c.lang === 'es' ? 'NO CONFIRMADO' : 'UNCONFIRMED'
			);
		});
});
