import { expect, test, type Locator, type Page } from '@playwright/test';
import { samplePages } from './support/site';

// Keyboard-only use: every control is reached with Tab, shows a visible focus ring, and works
// with the keys a keyboard user would press.

/** What the focused element shows: a ring (outline) or a shadow, at least 2 px of outline. */
async function focusRing(page: Page) {
	return page.evaluate(() => {
		const el = document.activeElement as HTMLElement | null;
		if (!el || el === document.body)
			return { element: 'body', visible: false, kb: undefined as string | undefined };
		const s = getComputedStyle(el);
		const outline = s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) >= 2;
		const shadow = s.boxShadow !== 'none' && s.boxShadow !== '';
		const r = el.getBoundingClientRect();
		const label = `${el.tagName.toLowerCase()}${el.id ? '#' + el.id : ''} "${(el.textContent ?? '').trim().slice(0, 40)}"`;
		return {
			element: label,
			visible: (outline || shadow) && r.width > 0 && r.height > 0,
			// The walk below marks the controls it expects with data-kb.
			kb: el.dataset.kb
		};
	});
}

/** Press Tab until `target` has focus (checking the ring on every stop); fails if never reached. */
async function tabTo(page: Page, target: Locator, maxStops = 300) {
	const handle = await target.elementHandle();
	expect(handle, 'the control exists on the page').not.toBeNull();
	for (let i = 0; i < maxStops; i++) {
		await page.keyboard.press('Tab');
		const ring = await focusRing(page);
		expect(ring.visible, `visible focus ring on ${ring.element}`).toBe(true);
		if (await handle!.evaluate((el) => el === document.activeElement)) return;
	}
	throw new Error(`not reached with Tab in ${maxStops} stops`);
}

/**
 * Every interactive control and how to operate it from the keyboard. One line per control:
 * where to find it (a page URL, relative to the site root), how to locate it, and what pressing
 * its key must do.
 */
const CONTROLS: {
	name: string;
	url: string;
	locate: (page: Page) => Locator;
	operate: (page: Page) => Promise<void>;
}[] = [
	{
		name: 'skip link',
		url: 'es/venezuela-2024/',
		locate: (p) => p.getByRole('link', { name: 'Saltar al contenido' }),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p.locator('#main')).toBeFocused();
		}
	},
	{
		name: 'language switch',
		url: 'es/venezuela-2024/',
		locate: (p) =>
			p.getByRole('navigation', { name: 'Idioma' }).getByRole('link', { name: 'English' }),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\/en\/venezuela-2024\/$/);
			await expect(p.locator('html')).toHaveAttribute('lang', 'en');
		}
	},
	{
		name: 'language choice on the root page',
		url: '',
		locate: (p) => p.getByRole('link', { name: 'Enter in English' }),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\/en\/$/);
		}
	},
	{
		name: 'tabulation switch',
		url: 'es/venezuela-2024/',
		locate: (p) => p.getByRole('button', { name: 'Actas recopiladas por la oposición' }),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p.locator('article.tabulation').first()).toHaveAttribute(
				'data-tabulation',
				'opposition-tally-sheets'
			);
		}
	},
	{
		name: 'snapshot selector',
		url: 'es/venezuela-2024/snapshots/cne-bulletin-2/',
		locate: (p) => p.locator('a[data-snapshot="cne-bulletin-1"]').first(),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\/snapshots\/cne-bulletin-1\/$/);
		}
	},
	{
		name: 'statements stance filter',
		url: 'es/venezuela-2024/statements/',
		locate: (p) => p.getByRole('combobox', { name: 'Postura' }),
		operate: async (p) => {
			await p.keyboard.press('ArrowDown');
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\?stance=/);
		}
	},
	{
		name: 'statements individuals link',
		url: 'es/venezuela-2024/statements/',
		locate: (p) => p.getByTestId('filter-individuals'),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\?kind=individual$/);
		}
	},
	{
		name: 'region level choice',
		url: 'es/venezuela-2024/states/levels/opposition-81-7/state/',
		locate: (p) => p.locator('a[data-level="parish"]').first(),
		operate: async (p) => {
			await p.keyboard.press('Enter');
			await expect(p).toHaveURL(/\/states\/levels\/opposition-81-7\/parish\/$/);
		}
	},
	{
		name: 'tally-sheet lookup',
		url: 'es/venezuela-2024/lookup/',
		locate: (p) => p.getByTestId('lookup-state'),
		operate: async (p) => {
			// Choosing a state loads its sheets and offers its municipalities.
			await p.keyboard.press('ArrowDown');
			await expect(p.getByTestId('lookup-municipality')).toBeVisible();
			await p.keyboard.press('Tab');
			await expect(p.getByTestId('lookup-municipality')).toBeFocused();
		}
	}
	// The share menu's keyboard behaviour (open, Escape, focus return) is tested in share.spec.ts.
];

for (const c of CONTROLS) {
	test(`keyboard: the ${c.name} is reached with Tab, shows its focus ring and works`, async ({
		page
	}) => {
		await page.goto(c.url, { waitUntil: 'networkidle' });
		await tabTo(page, c.locate(page));
		await c.operate(page);
	});
}

// Every page type: Tab walks through every visible control, each with a visible ring, and no
// control is skipped or traps focus.
for (const p of samplePages(1).filter((s) => s.locale !== 'en')) {
	test(`keyboard: ${p.type} — Tab reaches every control with a visible focus ring`, async ({
		page
	}) => {
		// One key press and one check per control: long pages need more than the default 30 s.
		test.slow();
		await page.goto(p.url, { waitUntil: 'networkidle' });
		const total = await page.evaluate(() => {
			const sel =
				'a[href], button:not([disabled]), input:not([disabled]):not([type="hidden"]), select:not([disabled]), textarea:not([disabled]), summary, [tabindex]:not([tabindex="-1"])';
			let i = 0;
			for (const el of document.querySelectorAll<HTMLElement>(sel)) {
				const s = getComputedStyle(el);
				if (el.getClientRects().length === 0 || s.visibility === 'hidden') continue;
				// Inside a closed disclosure only its summary is in the Tab order; a disclosure nested in a
				// closed one (its own summary included) is not reached until the outer one opens.
				const owner = el.tagName === 'SUMMARY' ? el.parentElement?.parentElement : el;
				if (owner?.closest('details:not([open])')) continue;
				el.dataset.kb = String(i++);
			}
			return i;
		});
		expect(total, 'a page has at least one control').toBeGreaterThan(0);
		const reached = new Set<string>();
		// Room for stops outside the count (focus leaving to the browser UI and coming back).
		for (let i = 0; i < 2 * total + 10 && reached.size < total; i++) {
			await page.keyboard.press('Tab');
			const ring = await focusRing(page);
			if (ring.element === 'body') continue;
			expect(ring.visible, `visible focus ring on ${ring.element}`).toBe(true);
			if (ring.kb !== undefined) reached.add(ring.kb);
		}
		const missed = await page.evaluate(
			(seen) =>
				[...document.querySelectorAll<HTMLElement>('[data-kb]')]
					.filter((el) => !seen.includes(el.dataset.kb!))
					.map((el) => el.outerHTML.slice(0, 120)),
			[...reached]
		);
		expect(missed, 'controls never reached with Tab').toEqual([]);
	});
}
