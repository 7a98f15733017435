import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BUILD_DIR, samplePages } from './support/site';

// WCAG 2.2 AA with axe on one page of every page type in every locale, as discovered in
// build/ (so pages added later are covered once built). Each page is checked twice: light at
// desktop width, and dark at 360 px (contrast of the dark palette, touch targets on a phone).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const VARIANTS = [
	{ name: 'light 1280', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
	{ name: 'dark 360', colorScheme: 'dark', viewport: { width: 360, height: 780 } }
] as const;

// One page per type and locale keeps the suite inside CI's time budget on 2 cores.
const sample = samplePages(1);

test('axe has pages to check', () => {
	// The discovery must find the root, home and election pages at least, or the loop below is empty.
	expect(sample.map((p) => p.type)).toEqual(
		expect.arrayContaining(['/', '/[lang]/', '/[lang]/[election]/'])
	);
});

for (const v of VARIANTS) {
	test.describe(v.name, () => {
		test.use({ colorScheme: v.colorScheme, viewport: v.viewport });
		for (const p of sample) {
			test(`${p.type} (${p.locale ?? 'root'}) ${p.url || '/'} has no axe violations`, async ({
				page
			}) => {
				// Long pages (every statement, every claim) take axe a while on 2 shared cores.
				test.slow();
				await page.goto(p.url, { waitUntil: 'networkidle' });
				const { violations } = await new AxeBuilder({ page }).withTags(TAGS).analyze();
				const summary = violations.map((x) => ({
					rule: x.id,
					impact: x.impact,
					help: x.help,
					nodes: x.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`)
				}));
				expect(summary, `axe violations on ${p.url || '/'} (${v.name})`).toEqual([]);
			});
		}
	});
}

// `prefers-reduced-motion: reduce` turns chart animation off: the first frame a chart draws is
// already its last. An init script records each canvas's first non-blank frame; a second later the
// canvas must look the same (an animated chart's first frame is a bar or arc part-way grown).
const chartPages = samplePages(1).filter((p) =>
	readFileSync(join(BUILD_DIR, p.path), 'utf8').includes('<canvas')
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
		await page.goto(p.url, { waitUntil: 'networkidle' });
		await page.waitForTimeout(1500);
		const frames = await page.evaluate(() => {
			const first = (window as unknown as { firstFrames: Map<HTMLCanvasElement, string> })
				.firstFrames;
			return [...document.querySelectorAll('canvas')].map((c) => ({
				drawn: first.has(c),
				still: first.get(c) === c.toDataURL()
			}));
		});
		expect(frames.length).toBeGreaterThan(0);
		expect(
			frames.every((f) => f.drawn),
			'every chart was drawn'
		).toBe(true);
		expect(
			frames.every((f) => f.still),
			'no chart changed after its first frame'
		).toBe(true);
	});
}
