import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { formatDate } from '../../src/lib/i18n/format';
import { whenBounds } from '../../src/lib/i18n/format';
import type { ElectionBundle } from '../../src/lib/data/bundle';

// On a phone, on the night (issue 13): the election page's first screen answers for each count,
// the long pages stay readable, and no table breaks a header word or clips a cell at 360 px.
const bundle = JSON.parse(
	readFileSync('build/data/venezuela-2024.json', 'utf8')
) as unknown as ElectionBundle;
const VIEWPORTS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
];
const LANGS = ['es', 'en'] as const;

for (const lang of LANGS)
	for (const vp of VIEWPORTS)
		test(`${lang} ${vp.width}×${vp.height}: each count's leader, margin, coverage and as-of are on the first screen`, async ({
			browser
		}) => {
			const context = await browser.newContext({ viewport: vp });
			const page = await context.newPage();
			await page.goto(`${lang}/venezuela-2024/`);
			const cards = page.locator('[data-testid="answer"] article');
			await expect(cards).toHaveCount(bundle.tabulations.length);
			for (const card of await cards.all())
				for (const id of ['answer-lead', 'answer-margin', 'answer-coverage', 'answer-asof']) {
					const box = (await card.getByTestId(id).boundingBox())!;
					expect(box, id).not.toBeNull();
					expect(box.y, id).toBeGreaterThanOrEqual(0);
					expect(box.x, id).toBeGreaterThanOrEqual(0);
					expect(box.y + box.height, `${id} bottom`).toBeLessThanOrEqual(vp.height);
					expect(box.x + box.width, `${id} right`).toBeLessThanOrEqual(vp.width);
				}
			await context.close();
		});

test('the status line names the newest release and the official act after it, from the data', async ({
	page
}) => {
	const tz = bundle.election.timeZone;
	const end = (w: string) => whenBounds(w, tz)[1];
	const releases = bundle.tabulations.flatMap((t) => t.snapshots.map((s) => s.asOf));
	const newest = releases.sort((a, b) => end(a) - end(b)).at(-1)!;
	// The e2e build's time is pinned (ESCRUTINIO_NOW in package.json): acts dated after it are
	// not shown yet.
	const now = Date.parse(
		JSON.parse(readFileSync('package.json', 'utf8')).scripts['build:e2e'].match(
			/ESCRUTINIO_NOW=(\S+)/
		)[1]
	);
	const later = bundle.events.filter(
		(e) => whenBounds(e.date, tz)[0] > end(newest) && whenBounds(e.date, tz)[0] <= now
	);
	for (const lang of LANGS) {
		await page.goto(`${lang}/venezuela-2024/`);
		const status = page.getByTestId('answer-status');
		await expect(status).toContainText(formatDate(newest, lang));
		for (const e of later) await expect(status).toContainText(e.title[lang]);
		if (later.length === 0)
			for (const e of bundle.events) await expect(status).not.toContainText(e.title[lang]);
	}
});

const HEIGHTS: [string, number][] = [
	['venezuela-2024/', 6000],
	['venezuela-2024/claims/', 12000],
	['venezuela-2024/statements/', 12000]
];

test('at 360 px the election, claims and statements pages stay within their heights', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	for (const lang of LANGS)
		for (const [path, max] of HEIGHTS) {
			await page.goto(`${lang}/${path}`);
			const h = await page.evaluate(() => document.documentElement.scrollHeight);
			expect(h, `${lang}/${path}`).toBeLessThanOrEqual(max);
		}
	await context.close();
});

/** Table headers whose words break across lines, and cells whose content is cut off. */
async function tableProblems(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const out: string[] = [];
		for (const th of document.querySelectorAll('th')) {
			if (!th.getClientRects().length) continue;
			const walker = document.createTreeWalker(th, NodeFilter.SHOW_TEXT);
			for (let n = walker.nextNode(); n; n = walker.nextNode()) {
				const text = n.textContent ?? '';
				for (const m of text.matchAll(/\S+/g)) {
					const r = document.createRange();
					r.setStart(n, m.index!);
					r.setEnd(n, m.index! + m[0].length);
					const lines = new Set([...r.getClientRects()].map((x) => Math.round(x.top)));
					if (lines.size > 1) out.push(`header word broken: "${m[0]}"`);
				}
			}
		}
		for (const cell of document.querySelectorAll('td, th')) {
			const el = cell as HTMLElement;
			if (el.scrollWidth > el.clientWidth + 1) out.push(`cell clipped: "${el.textContent}"`);
		}
		for (const table of document.querySelectorAll('table')) {
			const box = table.parentElement!;
			const scrolls = ['auto', 'scroll'].includes(getComputedStyle(box).overflowX);
			if (table.offsetWidth > box.clientWidth + 1 && !scrolls)
				out.push(`table cut off: ${table.querySelector('caption')?.textContent ?? ''}`);
			// A visible caption is read whole without scrolling the table sideways.
			const caption = table.querySelector('caption');
			if (caption && !caption.classList.contains('visually-hidden')) {
				const c = caption.getBoundingClientRect();
				const b = box.getBoundingClientRect();
				if (c.width > box.clientWidth + 1 || c.left < b.left - 1)
					out.push(`caption cut off: ${caption.textContent}`);
			}
		}
		return out;
	});
}

test('at 360 px no table header breaks inside a word, no cell is clipped and every caption is read whole', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 740 } });
	const page = await context.newPage();
	for (const path of [
		'es/venezuela-2024/',
		'en/venezuela-2024/',
		'es/venezuela-2024/claims/',
		'es/venezuela-2024/states/',
		'es/venezuela-2024/states/levels/opposition-81-7/state/',
		'es/venezuela-2024/states/carabobo/',
		'es/venezuela-2024/methodology/'
	]) {
		await page.goto(path);
		// Open folded tables so they are laid out, and lay out the blocks that wait until they near
		// the viewport (content-visibility: auto, app.css .later) as a reader scrolling would.
		await page.evaluate(() => document.querySelectorAll('details').forEach((d) => (d.open = true)));
		await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
		// A sortable table's headers become buttons as it nears the screen: check them so.
		for (const table of await page.locator('[data-sortable]').all()) {
			await table.scrollIntoViewIfNeeded();
			await expect(table.locator('thead button').first()).toBeVisible();
		}
		expect(await tableProblems(page), path).toEqual([]);
	}
	await context.close();
});
