import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { samplePages } from './support/site';

// WCAG 2.2 AA with axe on one or two pages of every page type in every locale, as discovered in
// build/ (so pages added later are covered once built). Each page is checked twice: light at
// desktop width, and dark at 360 px (contrast of the dark palette, touch targets on a phone).
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa'];
const VARIANTS = [
	{ name: 'light 1280', colorScheme: 'light', viewport: { width: 1280, height: 900 } },
	{ name: 'dark 360', colorScheme: 'dark', viewport: { width: 360, height: 780 } }
] as const;

const sample = samplePages(2);

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
