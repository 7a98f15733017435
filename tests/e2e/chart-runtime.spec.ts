import { expect, test, type Locator, type Page } from '@playwright/test';

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

/** Counts the page's `Intl` number and date formats made (the first one starts the browser's ICU,
 * tens of milliseconds of one task on a phone: docs/tbt-election.md). */
async function countIntl(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __intl: string[] };
		w.__intl = [];
		for (const name of ['NumberFormat', 'DateTimeFormat'] as const) {
			const count = () => void w.__intl.push(name);
			Intl[name] = new Proxy(Intl[name], {
				construct: (target, args) => (count(), Reflect.construct(target, args)),
				apply: (target, self, args) => (count(), Reflect.apply(target, self, args))
			}) as never;
		}
	});
}

test('a timeline on the coverage axis (the coverage embed) is drawn without starting ICU; on the time axis it starts it first', async ({
	page
}) => {
	await countIntl(page);
	await page.goto(`embed/es/${E}/coverage/`);
	const canvas = page.locator('[data-embed-chart="timeline"] canvas').first();
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => canvas.evaluate((c) => '__escrutinioChart' in c)).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);

	// The election page's second timeline is on the time axis: its day labels need Intl.
	await page.goto(`es/${E}/`);
	const time = page.locator('figure[data-embed-chart="timeline"] canvas').nth(1);
	await time.scrollIntoViewIfNeeded();
	await expect.poll(() => time.evaluate((c) => '__escrutinioChart' in c)).toBe(true);
	expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toContain(
		'DateTimeFormat'
	);
});

/** The chart.js tooltip on this canvas as the reader sees it (title and body lines), or null. */
function tooltipOf(canvas: Locator): Promise<{ title: string[]; body: string[] } | null> {
	return canvas.evaluate((c) => {
		const t = (
			c as unknown as {
				__escrutinioChart: {
					tooltip?: { opacity: number; title: string[]; body: { lines: string[] }[] };
				};
			}
		).__escrutinioChart.tooltip;
		return t && t.opacity > 0 ? { title: t.title, body: t.body.flatMap((b) => b.lines) } : null;
	});
}

test('the first hover over a share chart shows its tooltip without starting ICU', async ({
	page
}) => {
	// chart.js writes a tooltip item's value with Intl.NumberFormat unless the runtime gives it
	// another writer (src/lib/embed-client/chart.ts): the page's first hover was a long task.
	await countIntl(page);
	await page.setViewportSize({ width: 412, height: 823 });
	await page.goto(`es/${E}/snapshots/cne-bulletin-1/`);
	const canvas = page.locator('figure[data-embed-chart="share"] canvas').first();
	await canvas.scrollIntoViewIfNeeded();
	await expect.poll(() => canvas.evaluate((c) => '__escrutinioChart' in c)).toBe(true);
	const box = (await canvas.boundingBox())!;
	let shown: { body: string[] } | null = null;
	for (let y = 0.05; y < 0.9 && !shown; y += 0.05) {
		await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * y);
		shown = await tooltipOf(canvas);
	}
	// A share as the page writes it (Spanish: decimal comma, a space before %).
	expect(shown?.body.join(' ')).toMatch(/\d+,\d\s%/);
	expect(await page.evaluate(() => (window as unknown as { __intl: string[] }).__intl)).toEqual([]);
});

for (const nth of [0, 1]) {
	test(`the election page's ${nth === 0 ? 'coverage' : 'time'} timeline names the release of the point under the pointer, not its x value`, async ({
		page
	}) => {
		await page.setViewportSize({ width: 412, height: 823 });
		await page.goto(`es/${E}/`);
		const canvas = page.locator('figure[data-embed-chart="timeline"] canvas').nth(nth);
		await canvas.scrollIntoViewIfNeeded();
		await expect.poll(() => canvas.evaluate((c) => '__escrutinioChart' in c)).toBe(true);
		const box = (await canvas.boundingBox())!;
		// Across the plot until a point is near the pointer.
		let shown: { title: string[]; body: string[] } | null = null;
		for (let x = 0.15; x < 0.95 && !shown; x += 0.05) {
			await page.mouse.move(box.x + box.width * x, box.y + box.height * 0.4);
			shown = await tooltipOf(canvas);
		}
		expect(shown).not.toBeNull();
		// A release's name (e.g. "Boletín 2 del CNE (96,87 %)"), and one line per point: candidate ·
		// tabulation: share.
		expect(shown!.title.join(' ')).toMatch(/Boletín|Oposición|Actas/);
		expect(shown!.title.join(' ')).not.toMatch(/^[\d.,\s]+$/);
		for (const line of shown!.body) expect(line).toMatch(/^.+ · .+: \d+,\d\s%( \*)?$/);
	});
}
