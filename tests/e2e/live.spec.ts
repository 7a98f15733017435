import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

// Live updates on the election page: the page polls data/<election>.json every 60 s (a fake clock
// stands in for the minute) and either shows new valid data or keeps the last good data and says
// why. Figures: CNE bulletin 2, fact sheet §1b.
type Bundle = {
	tabulations: {
		id: string;
		snapshots: {
			id: string;
			label: { es: string; en: string };
			results: { contestant: string; votes: number }[];
			totals: { valid?: number; voters?: number };
		}[];
	}[];
};
const published = () =>
	JSON.parse(readFileSync('build/data/venezuela-2024.json', 'utf8')) as Bundle;
const cne = (b: Bundle) => b.tabulations.find((t) => t.id === 'cne')!;

async function openWith(page: Page, body: string | number) {
	await page.clock.install();
	await page.route('**/data/venezuela-2024.json', (route) =>
		typeof body === 'number'
			? route.fulfill({ status: body, body: 'Internal Server Error' })
			: route.fulfill({ contentType: 'application/json', body })
	);
	await page.goto('es/venezuela-2024/');
	await expect(page.getByTestId('live-status')).toContainText('cada 60 segundos');
	await page.clock.fastForward(61_000);
}

const official = (page: Page) => page.locator('section.snapshot', { hasText: /CNE/ }).first();

test('unchanged data: the page says it checked and shows the same figures', async ({ page }) => {
	await openWith(page, JSON.stringify(published()));
	await expect(page.getByTestId('live-status')).toContainText('Sin cambios');
	await expect(official(page).locator('tr[data-contestant="maduro"]')).toContainText('6.408.844');
});

test('invalid data (negative votes): keeps the old figures and names the problem', async ({
	page
}) => {
	const bad = published();
	const b2 = cne(bad).snapshots.find((s) => s.id === 'cne-bulletin-2')!;
	b2.results.find((r) => r.contestant === 'maduro')!.votes = -5;
	await openWith(page, JSON.stringify(bad));
	const status = page.getByTestId('live-status');
	await expect(status).toContainText('No se pudo actualizar');
	await expect(status).toContainText('no pasan la validación');
	await expect(status).toContainText(/snapshots\[1\]\.results\[\d\]\.votes: expected .*got -5/);
	await expect(status).toContainText('Se muestran los datos obtenidos el');
	await expect(official(page).locator('tr[data-contestant="maduro"]')).toContainText('6.408.844');
	await expect(official(page).locator('tr[data-contestant="maduro"]')).not.toContainText('-5');
});

test('HTTP 500: keeps the old figures and says the server failed', async ({ page }) => {
	await openWith(page, 500);
	await expect(page.getByTestId('live-status')).toContainText('código HTTP 500');
	await expect(official(page).locator('tr[data-contestant="maduro"]')).toContainText('6.408.844');
});

test('a valid new snapshot: the page shows the new figures in place', async ({ page }) => {
	const next = published();
	const b2 = cne(next).snapshots.at(-1)!;
	// A made-up third bulletin for the test only: the same counts, Maduro + 1,000 (and the totals
	// with him, or the validation rightly refuses it).
	const plus = (n: number | undefined) => (n === undefined ? undefined : n + 1000);
	cne(next).snapshots.push({
		...structuredClone(b2),
		id: 'test-bulletin-3',
		label: { es: 'Boletín de prueba 3', en: 'Test bulletin 3' },
		results: b2.results.map((r) =>
			r.contestant === 'maduro' ? { ...r, votes: r.votes + 1000 } : r
		),
		totals: { ...b2.totals, valid: plus(b2.totals.valid), voters: plus(b2.totals.voters) }
	});
	await openWith(page, JSON.stringify(next));
	await expect(page.getByTestId('live-status')).toContainText('Datos actualizados');
	await expect(official(page)).toContainText('Boletín de prueba 3');
	await expect(official(page).locator('tr[data-contestant="maduro"]')).toContainText('6.409.844');
});

test('validation code is loaded only when new data arrives', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await page.clock.install();
	await page.goto('es/venezuela-2024/');
	await expect(page.getByTestId('live-status')).toContainText('cada 60 segundos');
	const firstLoad = scripts.length;
	const bodies = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
	// zod's error class is in the validation chunk, not in what the page loads first.
	expect(bodies.some((b) => b.includes('ZodError'))).toBe(false);
	await page.clock.fastForward(61_000);
	await expect(page.getByTestId('live-status')).toContainText('Sin cambios');
	expect(scripts.length).toBeGreaterThan(firstLoad);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the election page shows no live status line', async ({ page }) => {
		await page.goto('es/venezuela-2024/');
		await expect(page.getByTestId('live-status')).toHaveText('');
	});
});
