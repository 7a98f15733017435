import { expect, test, type Page } from '@playwright/test';

// The chart scripts share one chart.js (embed/js/chart.js, docs/chart-scripts.md): a page with two
// kinds of chart fetches it once, and each chart appears drawn in full at once (no entrance
// animation), while a change of colour scheme still redraws it.
const E = 'venezuela-2024';

/** Every chart script the page fetched, by file name. */
function chartScripts(page: Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		const m = /\/embed\/js\/([a-z]+)\.js$/.exec(r.url());
		if (m) seen.push(m[1]!);
	});
	return seen;
}

/** Each canvas's picture at the moment its chart is drawn (the event of src/lib/charts/instance.ts). */
async function recordFirstPictures(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __first: Record<string, string> };
		w.__first = {};
		// The event does not bubble; a capturing listener on the document still hears it.
		document.addEventListener(
			'escrutinio:chart-drawn',
			(e) => {
				const c = e.target as HTMLCanvasElement;
				const id = c.closest('figure')?.dataset.chart ?? '';
				w.__first[id] ??= c.toDataURL();
			},
			true
		);
	});
}

for (const [path, kinds] of [
	[`es/${E}/`, ['share', 'timeline']],
	[`en/${E}/statements/`, ['stance', 'world']],
	[`es/${E}/snapshots/opposition-81-7/sheet-checks/`, ['histogram', 'fingerprint']]
] as const) {
	test(`${path}: chart.js is fetched once for its ${kinds.join(' and ')} charts, each drawn whole at once`, async ({
		page
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		const scripts = chartScripts(page);
		await recordFirstPictures(page);
		await page.goto(path);
		const figures = page.locator('figure[data-embed-chart]');
		const n = await figures.count();
		expect(n).toBeGreaterThan(1);
		for (let i = 0; i < n; i++) {
			await figures.nth(i).scrollIntoViewIfNeeded();
			await expect
				.poll(() =>
					figures.nth(i).evaluate((f) => {
						const id = (f as HTMLElement).dataset.chart ?? '';
						return (
							(window as unknown as { __first: Record<string, string> }).__first[id] !== undefined
						);
					})
				)
				.toBe(true);
		}
		expect(scripts.filter((s) => s === 'chart')).toHaveLength(1);
		for (const k of kinds) expect(scripts).toContain(k);
		// The runtime before the first figure script.
		expect(scripts.indexOf('chart')).toBeLessThan(
			Math.min(...kinds.map((k) => scripts.indexOf(k)))
		);
		// The picture at the moment of drawing is the finished chart: no frame of an entrance
		// animation in between (the pointer is away, so nothing else changes it).
		await page.mouse.move(0, 0);
		const same = await page.evaluate(() => {
			const first = (window as unknown as { __first: Record<string, string> }).__first;
			return Object.entries(first).map(([id, url]) => {
				const c = document.querySelector<HTMLCanvasElement>(`figure[data-chart="${id}"] canvas`);
				return [id, c?.toDataURL() === url] as const;
			});
		});
		expect(same.length).toBe(n);
		for (const [id, ok] of same) expect(ok, `${id} drawn whole at once`).toBe(true);
		expect(errors).toEqual([]);
	});
}

test('a change of colour scheme redraws a chart drawn by the shared runtime', async ({ page }) => {
	await page.goto(`es/${E}/snapshots/cne-bulletin-1/`);
	const canvas = page.locator('figure[data-embed-chart="share"] canvas').first();
	await canvas.scrollIntoViewIfNeeded();
	await expect
		.poll(() =>
			canvas.evaluate((c: HTMLCanvasElement) =>
				'__escrutinioChart' in c ? c.toDataURL().length : 0
			)
		)
		.toBeGreaterThan(1000);
	const light = await canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL());
	await page.emulateMedia({ colorScheme: 'dark' });
	await expect.poll(() => canvas.evaluate((c: HTMLCanvasElement) => c.toDataURL())).not.toBe(light);
});
