import type { Page } from '@playwright/test';

/**
 * Records, from the page's start, the layout shifts not caused by input as CLS adds them up, and
 * what moved in each (element, text, from where to where), for a failure's message. Call before
 * `page.goto`.
 */
export async function recordShifts(page: Page): Promise<void> {
	await page.addInitScript(() => {
		const w = window as unknown as { __shift: number; __moved: string[] };
		w.__shift = 0;
		w.__moved = [];
		const box = (r: DOMRectReadOnly) => [r.x, r.y, r.width, r.height].map(Math.round).join(',');
		new PerformanceObserver((list) => {
			for (const e of list.getEntries() as (PerformanceEntry & {
				value: number;
				hadRecentInput: boolean;
				sources: { node?: Node; previousRect: DOMRectReadOnly; currentRect: DOMRectReadOnly }[];
			})[]) {
				if (e.hadRecentInput) continue;
				w.__shift += e.value;
				for (const s of e.sources) {
					const el = s.node instanceof Element ? s.node : s.node?.parentElement;
					const name = el ? `${el.tagName.toLowerCase()}.${[...el.classList].join('.')}` : '?';
					const text = (s.node?.textContent ?? '').trim().slice(0, 40);
					w.__moved.push(
						`${e.value.toFixed(6)} @${Math.round(e.startTime)} ms: ${name} "${text}" ${box(s.previousRect)} → ${box(s.currentRect)}`
					);
				}
			}
		}).observe({ type: 'layout-shift', buffered: true });
	});
}

/** The layout shifts (not caused by input) since the page started, as CLS adds them up. */
export async function shiftsSoFar(page: Page): Promise<number> {
	return page.evaluate(() => (window as unknown as { __shift: number }).__shift ?? Number.NaN);
}

/** What moved, for a failure's message: each shifted element, from where to where. */
export async function whatMoved(page: Page): Promise<string> {
	return page.evaluate(() => (window as unknown as { __moved: string[] }).__moved.join('\n'));
}
