import { expect, test } from '@playwright/test';

// A chart below the first screen is not fetched nor drawn while the page is only looked at
// (docs/tbt-election.md): embed/js/embed.js loads a kind's scripts when one of its figures is on
// the screen, or within 800 px of it once the reader has scrolled. A chart on the first screen is
// drawn at once, and a reader who scrolls finds the chart drawn when it arrives.
const E = 'venezuela-2024';

/** Chart scripts (embed/js/<kind>.js) the page requested, by name. */
function watchScripts(page: import('@playwright/test').Page): string[] {
	const seen: string[] = [];
	page.on('request', (r) => {
		const m = /\/embed\/js\/([a-z]+)\.js$/.exec(r.url());
		if (m) seen.push(m[1]!);
	});
	return seen;
}

/** Whether the figure's canvas has a painted pixel (chart.js has drawn it). */
function drawn(figure: import('@playwright/test').Locator): Promise<boolean> {
	return figure.evaluate((f) => {
		const c = f.querySelector('canvas')!;
		const data = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		return data.some((v, i) => i % 4 === 3 && v > 0);
	});
}

test.use({ viewport: { width: 412, height: 823 } });

test('the election page draws its first share chart once the reader scrolls towards it', async ({
	page
}) => {
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	const scripts = watchScripts(page);
	await page.goto(`es/${E}/`);
	await page.waitForLoadState('networkidle');
	const figure = page.locator('figure[data-embed-chart="share"]').first();
	// Below the first screen: nothing of the charts is fetched while the reader only looks.
	expect(await figure.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(823);
	expect(scripts).not.toContain('chart');
	expect(scripts).not.toContain('share');
	// A small scroll (not yet to the chart) starts it: it is drawn before it is on the screen.
	await page.mouse.wheel(0, 200);
	await expect.poll(() => scripts.includes('share')).toBe(true);
	await expect.poll(() => drawn(figure)).toBe(true);
	expect(await figure.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(823 - 250);
	expect(errors).toEqual([]);
});

test('a coverage embed draws its chart on the first screen without a scroll', async ({ page }) => {
	const scripts = watchScripts(page);
	await page.goto(`embed/es/${E}/coverage/`);
	await expect.poll(() => scripts.includes('timeline')).toBe(true);
	expect(await page.evaluate(() => scrollY)).toBe(0);
});

test('a claim embed draws its chart, which ends the card, only once the reader scrolls towards it', async ({
	page
}) => {
	const scripts = watchScripts(page);
	await page.goto(`embed/es/${E}/snapshots/cne-bulletin-1/claims/cne-bulletin-1-irreversible/`);
	await page.waitForLoadState('networkidle');
	const figure = page.locator('figure.chart');
	// The card's text comes first: its chart is screens down (it was drawn at load while the
	// whole card was marked as the chart).
	expect(await figure.evaluate((f) => f.getBoundingClientRect().top)).toBeGreaterThan(823);
	expect(scripts).not.toContain('chart');
	expect(scripts).not.toContain('claim');
	await figure.scrollIntoViewIfNeeded();
	await expect.poll(() => scripts.includes('claim')).toBe(true);
	await expect.poll(() => drawn(figure)).toBe(true);
});
