import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatInteger } from '../../src/lib/i18n/format';
import type { Locale } from '../../src/lib/schemas/common';
import { elections } from './support/site';
import { openWithScriptHeld } from './support/held-script';

// The opposition's 81.7 % release (the V1 tally-sheet file, data README): its breakdown by state,
// municipality and parish, and the tally-sheet lookup, in both languages and without JavaScript
// where the page promises it. Expected figures come from the data files, not from a page.
const ELECTION = 'venezuela-2024';
const RELEASE = 'opposition-81-7';
const bundle = elections.find((e) => e.election.id === ELECTION)!;
const snapshot = bundle.tabulations.flatMap((t) => t.snapshots).find((s) => s.id === RELEASE)!;
type Region = { id: string; parent?: string; level?: string; name: string };
const regions = new Map(
	(bundle.election.regions as Region[]).map((r) => [r.id, r] as [string, Region])
);
const reported = new Set(snapshot.regions.map((r) => r.region));
const childrenWithResults = (id: string) =>
	[...regions.values()].filter((r) => r.parent === id && reported.has(r.id));

// One sheet from the sheet file the site was built from: the first row of Amazonas.
const dataDir = process.env.ESCRUTINIO_DATA_DIR ?? 'src/data/elections';
const [head, ...lines] = readFileSync(join(dataDir, ELECTION, 'sheets', `${RELEASE}.csv`), 'utf8')
	.split('\n')
	.filter(Boolean)
	.map((l) => l.split(','));
const cell = (row: string[], name: string) => row[head!.indexOf(name)]!;
const stateOf = (regionId: string) => {
	let r = regions.get(regionId);
	while (r?.parent) r = regions.get(r.parent);
	return r?.id;
};
const row = lines.find((l) => stateOf(cell(l, 'region')) === 'amazonas')!;
const parish = regions.get(cell(row, 'region'))!;
const municipality = regions.get(parish.parent!)!;

const n = (value: number, lang: Locale) => formatInteger(value, lang);
const text = async (page: Page) =>
	((await page.locator('main').textContent()) ?? '').replace(/[\u00a0\u202f]/g, ' ');

for (const lang of ['es', 'en'] as const) {
	test.describe(lang, () => {
		test('the level pages show the V1 totals and each state’s municipalities and parishes', async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${lang}/${ELECTION}/states/`);
			// The level choice is a set of links; each level is a page.
			await page
				.getByTestId('level-releases')
				.locator('a[data-level="municipality"]')
				.first()
				.click();
			await expect(page).toHaveURL(
				new RegExp(`/${lang}/${ELECTION}/states/levels/${RELEASE}/municipality/$`)
			);
			await expect(page.locator('a[aria-current="page"]')).toHaveAttribute(
				'data-level',
				'municipality'
			);
			// Data README: González 7,156,462; Maduro 3,241,461.
			const main = await text(page);
			for (const v of [7156462, 3241461, 24532]) expect(main).toContain(n(v, lang));
			await expect(page.getByTestId('tile-map').locator('li')).toHaveCount(24);
			const table = page.getByTestId('level-states-table');
			await expect(table.locator('tbody tr')).toHaveCount(24);
			const total = table.locator('tfoot tr');
			await expect(total.getByTestId('reported')).toHaveText(n(326, lang));
			await expect(total.getByTestId('units')).toHaveText(n(24532, lang));

			await page.locator('a[data-level="parish"]').click();
			await expect(page).toHaveURL(new RegExp(`/states/levels/${RELEASE}/parish/$`));
			await expect(
				page.getByTestId('level-states-table').locator('tfoot').getByTestId('reported')
			).toHaveText(n(1072, lang));

			// A state's page lists its municipalities and parishes, each with its sheets.
			await page.getByTestId('level-states-table').locator('tr[data-region="zulia"] a').click();
			await expect(page).toHaveURL(new RegExp(`/${lang}/${ELECTION}/states/zulia/$`));
			const breakdown = page.locator(`section[data-breakdown="${RELEASE}"]`);
			const munis = childrenWithResults('zulia');
			await expect(
				breakdown.getByTestId('subregions-municipality').locator('tbody tr')
			).toHaveCount(munis.length);
			await expect(breakdown.getByTestId('subregions-parish').locator('tbody tr')).toHaveCount(
				munis.flatMap((m) => childrenWithResults(m.id)).length
			);
			const first = snapshot.regions.find((r) => r.region === munis[0]!.id)!;
			const firstRow = breakdown.locator(`tr[data-region="${munis[0]!.id}"]`);
			await expect(firstRow.getByTestId('units')).toHaveText(n(first.unitsCounted!, lang));
			await expect(firstRow.locator('[data-contestant="gonzalez"]')).toHaveText(
				n(first.results.find((r) => r.contestant === 'gonzalez')!.votes, lang)
			);
			expect(errors).toEqual([]);
		});

		test('the lookup finds a tally sheet and shows its figures and image link', async ({
			page
		}) => {
			const errors: string[] = [];
			page.on('pageerror', (e) => errors.push(e.message));
			await page.goto(`${lang}/${ELECTION}/lookup/`, { waitUntil: 'networkidle' });
			await page.getByTestId('lookup-state').selectOption('amazonas');
			await page.getByTestId('lookup-municipality').selectOption(municipality.id);
			await page.getByTestId('lookup-parish').selectOption(parish.id);
			await page.getByTestId('lookup-centre').selectOption(cell(row, 'centre'));
			await page.getByTestId('lookup-table').selectOption(cell(row, 'sheet'));
			const sheet = page.getByTestId('lookup-sheet');
			await expect(sheet.getByRole('heading')).toContainText(cell(row, 'sheet'));
			await expect(sheet).toContainText(municipality.name);
			await expect(sheet).toContainText(parish.name);
			await expect(sheet.getByTestId('sheet-valid')).toHaveText(
				n(Number(cell(row, 'valid')), lang)
			);
			await expect(sheet.getByTestId('sheet-null')).toHaveText(n(Number(cell(row, 'null')), lang));
			await expect(sheet.getByTestId('sheet-registered')).toHaveText(
				n(Number(cell(row, 'registered')), lang)
			);
			for (const c of ['gonzalez', 'maduro'])
				await expect(sheet.locator(`tr[data-contestant="${c}"] td`).first()).toHaveText(
					n(Number(cell(row, c)), lang)
				);
			const image = sheet.getByTestId('sheet-image');
			await expect(image).toHaveAttribute('href', cell(row, 'image'));
			await expect(image).toHaveAttribute('rel', /noopener noreferrer/);
			// The choice is in the URL: the link opens the same sheet.
			await expect(page).toHaveURL(/\?state=amazonas&sheet=/);
			await page.reload({ waitUntil: 'networkidle' });
			await expect(page.getByTestId('lookup-sheet').getByTestId('sheet-valid')).toHaveText(
				n(Number(cell(row, 'valid')), lang)
			);
			expect(errors).toEqual([]);
		});
	});
}

test('the lookup appearing moves nothing below it (its place is kept from the first paint)', async ({
	page
}) => {
	await page.setViewportSize({ width: 1280, height: 800 });
	const release = await openWithScriptHeld(page, '**/embed/js/lookup.js', `es/${ELECTION}/lookup/`);
	const downloads = page.getByTestId('lookup-downloads').first();
	const before = (await downloads.boundingBox())!.y;
	await expect(page.getByTestId('lookup-state')).toBeHidden();
	release();
	await expect(page.getByTestId('lookup-state')).toBeVisible();
	expect((await downloads.boundingBox())!.y).toBe(before);
	// With JavaScript, the page does not say that the lookup needs it.
	await expect(page.getByTestId('lookup-nojs')).toHaveCount(0);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('the lookup page says to use the per-state CSV files, and links every state’s', async ({
		page,
		request
	}) => {
		await page.goto(`es/${ELECTION}/lookup/`);
		await expect(page.getByTestId('lookup-nojs')).toContainText('CSV');
		await expect(page.getByTestId('lookup-state')).toBeHidden();
		const links = page.getByTestId('lookup-downloads').locator('a[href$="/sheets.csv"]');
		await expect(links).toHaveCount(24);
		const href = await links.first().getAttribute('href');
		const res = await request.get(href!.replace(/^\/escrutinio\//, ''));
		expect(res.status()).toBe(200);
		expect((await res.text()).split('\r\n')[0]).toMatch(
			/^election,tabulation,snapshot,as_of,sheet,/
		);
		// The level choice works as plain links.
		await page.goto(`en/${ELECTION}/states/levels/${RELEASE}/state/`);
		await page.locator('a[data-level="parish"]').click();
		await expect(page).toHaveURL(new RegExp(`/states/levels/${RELEASE}/parish/$`));
		await expect(page.getByTestId('level-states-table').locator('tbody tr')).toHaveCount(24);
	});
});
