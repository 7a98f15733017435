import { expect, test } from '@playwright/test';

// The sheet checks' sections, the findings on a release's page of checks and the lower blocks of
// the election and states pages are laid out only as they near the viewport (content-visibility: auto, docs/tbt-election.md, docs/performance.md).
// What a reader must not notice: anything moving under their eyes while the page loads or while
// they scroll through it, a link to a section or a finding that lands anywhere but on its heading,
// or text that is not there.
const PAGE = 'es/venezuela-2024/snapshots/opposition-81-7/sheet-checks/';
const FINDINGS = 'es/venezuela-2024/snapshots/cne-bulletin-2/findings/';

/** Layout shifts (not caused by input) since the page started, as CLS adds them up. */
async function shiftsSoFar(page: import('@playwright/test').Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __shift: number }).__shift ?? Number.NaN);
}

/**
 * A link's target is in view, and the blocks laid out on the way (content-visibility) keep it
 * where it landed: its top within the upper half of a 740 px screen after they are drawn.
 */
async function expectLandedAndStays(
	page: import('@playwright/test').Page,
	target: import('@playwright/test').Locator
): Promise<void> {
	await expect(target).toBeInViewport();
	await page.waitForTimeout(300);
	const box = (await target.boundingBox())!;
	expect(box.y).toBeGreaterThanOrEqual(-1);
	expect(box.y).toBeLessThan(740 / 2);
}

// Pages whose lower blocks wait the same way (app.css .later): the states page's table, a level's
// tables, a state's earlier releases, the election page's timelines.
const LATER = [
	'es/venezuela-2024/',
	'es/venezuela-2024/states/',
	'es/venezuela-2024/states/levels/opposition-81-7/state/',
	'es/venezuela-2024/states/carabobo/'
];

for (const path of [PAGE, FINDINGS, ...LATER])
	for (const viewport of [
		{ width: 360, height: 740 },
		{ width: 1280, height: 800 }
	])
		test(`${path} at ${viewport.width} px: nothing shifts while the page loads or while the reader scrolls to its end and back`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			await page.addInitScript(() => {
				const w = window as unknown as { __shift: number };
				w.__shift = 0;
				new PerformanceObserver((list) => {
					for (const e of list.getEntries() as (PerformanceEntry & {
						value: number;
						hadRecentInput: boolean;
					})[])
						if (!e.hadRecentInput) w.__shift += e.value;
				}).observe({ type: 'layout-shift', buffered: true });
			});
			await page.goto(path);
			await page.waitForLoadState('load');
			expect(await shiftsSoFar(page)).toBe(0);
			// Down a screen at a time, as a reader would, to the end; then back to the top.
			const height = () => page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0; y < (await height()); y += viewport.height * 0.8) {
				await page.mouse.wheel(0, viewport.height * 0.8);
				await page.waitForTimeout(50);
			}
			for (let y = await height(); y > 0; y -= viewport.height * 0.8) {
				await page.mouse.wheel(0, -viewport.height * 0.8);
				await page.waitForTimeout(50);
			}
			expect(await shiftsSoFar(page)).toBe(0);
			await context.close();
		});

test('a link from the contents lands on its section’s heading, and it stays there', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto(PAGE);
	for (const id of ['region-heading', 'fingerprint-heading', 'second-heading']) {
		await page.locator(`nav.contents a[href="#${id}"]`).click();
		await expectLandedAndStays(page, page.locator(`#${id}`));
	}
	await context.close();
});

test('the text of sections not laid out yet is in the page (find in page, screen readers)', async ({
	page
}) => {
	await page.setViewportSize({ width: 360, height: 740 });
	await page.goto(PAGE);
	// The last section, many screens down, before any scrolling.
	const refs = page.locator('section[aria-labelledby="refs-heading"]');
	await expect(refs.getByRole('heading', { level: 2 })).toHaveText(/\S/);
	expect(await refs.locator('li').count()).toBeGreaterThan(0);
	await expect(page.getByRole('heading', { name: 'Métodos y referencias' })).toHaveCount(1);
});

test('a finding’s "details" link from the claims page lands on that finding on its release’s page, and it stays there', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	await page.goto('es/venezuela-2024/claims/');
	// Bulletin 2's checks all passed: the reader unfolds them and follows the last one's link, the
	// finding furthest down the release's page of checks.
	await page.locator('details:has(li.finding) > summary').click();
	const items = page.locator('details li.finding[data-finding*="cne-bulletin-2"]');
	const id = await items.last().getAttribute('data-finding');
	expect(id).toBeTruthy();
	await items.last().locator('p.details a').click();
	await expect(page).toHaveURL(new RegExp(`/snapshots/cne-bulletin-2/findings/#finding-`));
	await expectLandedAndStays(page, page.locator(`li.finding[data-finding="${id}"]`));
	await context.close();
});

// A slow page is drawn while its parser is still inside it: what is on screen then must already
// sit where it will stay. Two places CI's loaded machine caught moving, checked here without
// waiting for a slow load: the page as it stood when the parser had reached only so far.
for (const viewport of [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
])
	test(`at ${viewport.width} px, the header's language link and the tile map's tiles stay put while the page is still arriving`, async ({
		browser
	}) => {
		const context = await browser.newContext({ viewport });
		const page = await context.newPage();
		for (const path of ['es/venezuela-2024/states/', LATER[2]!]) {
			await page.goto(path);
			await expectStaysPut(page);
		}
		await context.close();
	});

async function expectStaysPut(page: import('@playwright/test').Page): Promise<void> {
	// The language link drawn before its word arrives: the same left edge without its text.
	const moved = await page.evaluate(() => {
		const a = document.querySelector<HTMLAnchorElement>('header.site .inner > nav a')!;
		const before = a.getBoundingClientRect().left;
		const text = a.textContent;
		a.textContent = '';
		const empty = a.getBoundingClientRect().left;
		a.textContent = text;
		return empty - before;
	});
	expect(moved).toBe(0);
	// The tile map drawn with only its first tiles: none of them elsewhere than on the whole map.
	const { count, shifts } = await page.evaluate(() => {
		const items = [...document.querySelectorAll('[data-testid="tile-map"] .grid > li')];
		const at = (li: Element) => {
			const r = li.getBoundingClientRect();
			return `${r.left},${r.top},${r.width},${r.height}`;
		};
		const whole = items.map(at);
		const out: string[] = [];
		for (let n = items.length - 1; n > 0; n--) {
			items[n]!.remove();
			for (let i = 0; i < n; i++)
				if (at(items[i]!) !== whole[i]) out.push(`with ${n} tiles, tile ${i + 1} moved`);
		}
		return { count: items.length, shifts: out };
	});
	expect(count).toBe(24);
	expect(shifts).toEqual([]);
}
