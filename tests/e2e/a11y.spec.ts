import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, groups, heaviest, pageUrl, samplePages } from './support/site';

// WCAG 2.2 AA with axe on one page of every page type in both locales, as discovered in build/ (so
// pages added later are covered once built). Every page type is checked in both colour schemes
// and both widths: Spanish pages in light at desktop width, English pages in dark at 360 px (the
// dark palette's contrast, touch targets and scroll boxes on a phone). The stylesheet is the same
// for both locales, so this covers every (type, locale) and every (type, scheme) pair with one
// axe run per page: axe is the slowest thing in the suite, and CI has 2 cores.
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const LIGHT = {
	name: 'light 1280',
	colorScheme: 'light' as const,
	viewport: { width: 1280, height: 900 }
};
const DARK = {
	name: 'dark 360',
	colorScheme: 'dark' as const,
	viewport: { width: 360, height: 780 }
};
type Variant = typeof LIGHT | typeof DARK;

const sample = samplePages(1);
/** The root page has no locale: it gets both variants. */
const variantsOf = (locale: string | undefined): Variant[] =>
	locale === 'es' ? [LIGHT] : locale === 'en' ? [DARK] : [LIGHT, DARK];

async function expectNoViolations(page: Page, where: string, include?: string) {
	const axe = new AxeBuilder({ page }).withTags(TAGS);
	if (include) axe.include(include);
	const { violations } = await axe.analyze();
	const summary = violations.map((x) => ({
		rule: x.id,
		impact: x.impact,
		help: x.help,
		nodes: x.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
	}));
	expect(summary, `axe violations on ${where}`).toEqual([]);
}

test('axe has pages to check, in both locales', () => {
	// The discovery must find the root, home and election pages at least, or the loop below is empty.
	expect(sample.map((p) => p.type)).toEqual(
		expect.arrayContaining(['/', '/[lang]/', '/[lang]/[election]/'])
	);
	expect(new Set(sample.map((p) => p.locale))).toEqual(new Set([undefined, 'es', 'en']));
});

for (const p of sample)
	for (const v of variantsOf(p.locale))
		test(`${p.type} (${p.locale ?? 'root'}, ${v.name}) ${p.url || '/'} has no axe violations${v === DARK ? ' and fits 360 px' : ''}`, async ({
			page
		}) => {
			// Long pages (every statement, every claim) take axe a while on 2 shared cores.
			test.slow();
			await page.setViewportSize(v.viewport);
			await page.emulateMedia({ colorScheme: v.colorScheme });
			await page.goto(p.url, { waitUntil: 'networkidle' });
			await expectNoViolations(page, `${p.url || '/'} (${v.name})`);
			if (v === DARK) {
				// At 360 px nothing makes the page scroll sideways (wide tables scroll in their box).
				const overflow = await page.evaluate(
					() => document.documentElement.scrollWidth - document.documentElement.clientWidth
				);
				expect(overflow, `${p.url || '/'} scrolls sideways at 360 px`).toBeLessThanOrEqual(0);
			}
		});

// States a page only reaches after a click: the opened world map and the opened share menu. Each
// in the variant its page type is not checked in above.
const OPENED = [
	{
		name: 'the statements page with the world map open',
		url: 'es/venezuela-2024/statements/',
		variant: DARK,
		open: (page: Page) => page.locator('figure[data-chart="world-map"] summary').click(),
		include: 'figure[data-chart="world-map"]'
	},
	{
		name: 'the tally-sheet lookup with a sheet shown',
		url: 'en/venezuela-2024/lookup/',
		variant: LIGHT,
		open: async (page: Page) => {
			await page.getByTestId('lookup-state').selectOption({ index: 1 });
			for (const id of ['lookup-municipality', 'lookup-parish', 'lookup-centre'])
				await page.getByTestId(id).selectOption({ index: 1 });
			const table = page.getByTestId('lookup-table');
			if ((await table.inputValue()) === '') await table.selectOption({ index: 1 });
			await page.getByTestId('lookup-sheet').waitFor();
		},
		include: undefined
	},
	{
		name: 'an embed with its share menu open',
		url: 'embed/en/venezuela-2024/snapshots/cne-bulletin-1/',
		variant: LIGHT,
		open: (page: Page) => page.locator('details[data-chart-actions] > summary').first().click(),
		include: undefined
	}
];
for (const o of OPENED)
	test(`${o.name} (${o.variant.name}) has no axe violations`, async ({ page }) => {
		test.slow();
		await page.setViewportSize(o.variant.viewport);
		await page.emulateMedia({ colorScheme: o.variant.colorScheme });
		await page.goto(o.url, { waitUntil: 'networkidle' });
		await o.open(page);
		await expectNoViolations(page, `${o.url} with ${o.name} (${o.variant.name})`, o.include);
	});

// Lighthouse runs axe on the page as loaded, at a phone's viewport (412 × 823), before any
// scrolling: the blocks below the first screens (content-visibility: auto) are not laid out yet
// and are as high as their estimates. One shorter than its content seemed to cover the targets
// at its end with the next block (a release's checks scored 96 for accessibility, 2 December
// 2026). Touch targets of the pages with such blocks, in Spanish (the English ones passed the
// same check by hand that day), one test per page type: every page of a type, or for the 24 states the first, the
// last and the five heaviest (the longest breakdowns, whose estimates are furthest off).
const DEFERRED_TYPES = [
	'/[lang]/[election]/',
	'/[lang]/[election]/states/',
	'/[lang]/[election]/states/[region]/',
	'/[lang]/[election]/states/levels/[snapshot]/[level]/',
	'/[lang]/[election]/snapshots/[snapshot]/findings/',
	'/[lang]/[election]/snapshots/[snapshot]/sheet-checks/',
	'/[lang]/[election]/statements/',
	'/[lang]/[election]/snapshots/[snapshot]/',
	'/[lang]/[election]/claims/[claim]/',
	'/embed/[lang]/[election]/claims/[claim]/',
	'/embed/[lang]/[election]/snapshots/[snapshot]/claims/[claim]/'
];
for (const type of DEFERRED_TYPES)
	test(`${type} (es, 412 × 823 as loaded): no touch target seems covered by a block not drawn yet`, async ({
		browser
	}) => {
		test.slow();
		const all = groups.find((g) => g.type === type && g.locale === 'es')?.pages ?? [];
		const paths =
			all.length <= 6 ? all : [...new Set([all[0]!, all.at(-1)!, ...heaviest(BUILD_DIR, all, 5)])];
		expect(all.length, `no page of type ${type}`).toBeGreaterThan(0);
		const context = await browser.newContext({
			viewport: { width: 412, height: 823 },
			deviceScaleFactor: 1.75,
			isMobile: true,
			hasTouch: true
		});
		const page = await context.newPage();
		const found: string[] = [];
		for (const path of paths) {
			await page.goto(pageUrl(path), { waitUntil: 'load' });
			const { violations } = await new AxeBuilder({ page }).withRules(['target-size']).analyze();
			for (const v of violations)
				for (const n of v.nodes.slice(0, 3))
					found.push(`${pageUrl(path)} ${n.target.join(' ')}: ${n.failureSummary ?? ''}`);
		}
		expect(found).toEqual([]);
		await context.close();
	});

// `prefers-reduced-motion: reduce` turns chart animation off: the first frame a chart draws is
// already its last. An init script records each canvas's first non-blank frame; a second later the
// canvas must look the same (an animated chart's first frame is a bar or arc part-way grown).
// Animation settings do not depend on the locale: the Spanish page of each type with a chart.
const chartPages = samplePages(1).filter(
	(p) => p.locale !== 'en' && readFileSync(join(BUILD_DIR, p.path), 'utf8').includes('<canvas')
);
for (const p of chartPages) {
	test(`${p.type} (${p.locale ?? 'root'}): reduced motion draws charts without animation`, async ({
		page
	}) => {
		await page.emulateMedia({ reducedMotion: 'reduce' });
		await page.addInitScript(() => {
			const first = new Map<HTMLCanvasElement, string>();
			(window as unknown as { firstFrames: typeof first }).firstFrames = first;
			const blank = (c: HTMLCanvasElement) => {
				const e = document.createElement('canvas');
				e.width = c.width;
				e.height = c.height;
				return e.toDataURL();
			};
			const tick = () => {
				for (const c of document.querySelectorAll('canvas')) {
					if (first.has(c) || c.width === 0) continue;
					const url = c.toDataURL();
					if (url !== blank(c)) first.set(c, url);
				}
				requestAnimationFrame(tick);
			};
			requestAnimationFrame(tick);
		});
		// A results embed's chart is opt-in: asked for with ?chart=1, as a newsroom would.
		const optIn = readFileSync(join(BUILD_DIR, p.path), 'utf8').includes('data-chart-optin');
		await page.goto(optIn ? `${p.url}?chart=1` : p.url, { waitUntil: 'networkidle' });
		// A chart is drawn when it nears the viewport: bring each into view and wait there until it
		// is drawn (scrolled straight past, it would wait for the reader to come back).
		const canvases = page.locator('canvas');
		for (let i = 0; i < (await canvases.count()); i++) {
			await canvases.nth(i).scrollIntoViewIfNeeded();
			await expect
				.poll(
					() =>
						canvases
							.nth(i)
							.evaluate((c) =>
								(
									window as unknown as { firstFrames: Map<HTMLCanvasElement, string> }
								).firstFrames.has(c as HTMLCanvasElement)
							),
					{ message: `chart ${i} is drawn`, timeout: 20_000 }
				)
				.toBe(true);
		}
		const frames = () =>
			page.evaluate(() => {
				const first = (window as unknown as { firstFrames: Map<HTMLCanvasElement, string> })
					.firstFrames;
				return [...document.querySelectorAll('canvas')].map((c) => ({
					drawn: first.has(c),
					still: first.get(c) === c.toDataURL()
				}));
			});
		// Every chart draws (the world map waits for its atlas; a busy machine is slow) ...
		await expect
			.poll(async () => (await frames()).map((f) => f.drawn), {
				message: 'every chart was drawn',
				timeout: 20_000
			})
			.not.toContain(false);
		expect((await frames()).length).toBeGreaterThan(0);
		// ... and a second later still looks like its first frame.
		await page.waitForTimeout(1000);
		expect(
			(await frames()).every((f) => f.still),
			'no chart changed after its first frame'
		).toBe(true);
	});
}
