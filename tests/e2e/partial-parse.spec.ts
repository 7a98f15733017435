import { expect, test } from '@playwright/test';
import { openWithScriptHeld } from './support/held-script';
import { samplePages } from './support/site';

// A browser paints a page before all of its HTML has arrived: on a slow network, and whenever a
// busy phone's parser pauses to paint what it has. What a reader sees on the first screen then
// must be where it stays once the rest arrives (a state's table jumped sideways in CI when the
// parser paused after its header: the columns were sized from the header alone).
//
// Every page type (one page each, in Spanish and the root) is laid out as the parser would have
// it just after each element's start tag, with everything after that taken out of the page, for
// every element on or near the first screen and every element of a table, grid or flex box that
// starts on it; each painted element on the first screen must then be where it is in the whole
// page. Scripts are held back: none has run while the HTML is still arriving (modules and
// deferred scripts run after), and `<noscript>` stays text, as for a reader with JavaScript.
//
// Then the scripts arrive, late, as on a slow network, when the reader may be anywhere on the page:
// what they add (buttons, charts, hints) must move nothing that was there. Every painted element's
// place in the page is compared before they load and after they have run and the reader has
// scrolled to the end (which sets off what waits for the viewport: charts, the states table's
// sort buttons). The blocks laid out only near the viewport (content-visibility) are laid out
// from the start for this, so that only the scripts can move anything. (CI, 4 December: sort.js
// showed a hint above the states table after the reader had reached it, moving it 35 px down.)

const WIDTHS = [
	{ width: 360, height: 740 },
	{ width: 1280, height: 800 }
];

for (const p of samplePages(1).filter((s) => s.locale !== 'en'))
	for (const viewport of WIDTHS)
		test(`${p.url || '/'} at ${viewport.width} px: what the first screen shows while the HTML arrives stays where it is, and the scripts arriving late move nothing`, async ({
			browser
		}) => {
			// Every element laid out at each cut, then the whole page scrolled: on a loaded 2-core
			// machine the statements page at 360 px took over 30 s (4 December, fresh-machine run).
			test.slow();
			const context = await browser.newContext({ viewport });
			const page = await context.newPage();
			const release = await openWithScriptHeld(page, '**/*.js', p.url);
			const { cuts, moved } = await page.evaluate((H) => {
				const name = (el: Element) =>
					`${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
				const all = [...document.body.querySelectorAll('*')];
				const whole = new Map(all.map((el) => [el, el.getBoundingClientRect()]));
				// Painted and on the first screen (a visually hidden 1 px box does not count).
				const shown = (el: Element, r: DOMRect) =>
					r.width > 1 &&
					r.height > 1 &&
					r.top < H &&
					r.bottom > 0 &&
					el.checkVisibility({ visibilityProperty: true });
				const inBoxOnScreen = (el: Element) => {
					for (let a = el.parentElement; a && a !== document.body; a = a.parentElement)
						if (/table|flex|grid/.test(getComputedStyle(a).display) && whole.get(a)!.top < H)
							return true;
					return false;
				};
				const cuts = all.filter((el) => whole.get(el)!.top < H * 1.5 || inBoxOnScreen(el));
				const moved = new Map<string, string>();
				for (const cut of cuts) {
					// The page as parsed up to `cut`'s start tag: its children and everything after it out.
					const out: [Node, Node[]][] = [[cut, [...cut.childNodes]]];
					for (let at: Node = cut; at !== document.body; at = at.parentNode!) {
						const after: Node[] = [];
						for (let s = at.nextSibling; s; s = s.nextSibling) after.push(s);
						out.push([at.parentNode!, after]);
					}
					for (const [, nodes] of out) for (const n of nodes) n.parentNode!.removeChild(n);
					for (const el of all) {
						if (!el.isConnected) continue;
						const w = whole.get(el)!;
						const r = el.getBoundingClientRect();
						if (!shown(el, w) || !shown(el, r)) continue;
						if (Math.abs(r.left - w.left) > 0.5 || Math.abs(r.top - w.top) > 0.5)
							moved.set(
								name(el),
								`${name(el)} at ${Math.round(r.left)},${Math.round(r.top)} while the page ends at ${name(cut)}; ${Math.round(w.left)},${Math.round(w.top)} in the whole page`
							);
					}
					for (const [parent, nodes] of out) for (const n of nodes) parent.appendChild(n);
				}
				return { cuts: cuts.length, moved: [...moved.values()] };
			}, viewport.height);
			expect(cuts, 'elements on or near the first screen').toBeGreaterThan(0);
			expect(moved, moved.slice(0, 10).join('\n')).toEqual([]);

			await page.addStyleTag({ content: '* { content-visibility: visible !important; }' });
			const places = () =>
				page.evaluate(() => {
					const w = window as unknown as { __before?: Element[] };
					w.__before ??= [...document.body.querySelectorAll('*')];
					return w.__before.map((el) => {
						const r = el.getBoundingClientRect();
						if (!el.isConnected || !el.checkVisibility({ visibilityProperty: true })) return null;
						if (r.width < 1 || r.height < 1) return null;
						const name = `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')} "${(el.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 30)}"`;
						return { name, x: r.left + scrollX, y: r.top + scrollY };
					});
				});
			const before = await places();
			release();
			await page.waitForLoadState('load');
			const end = await page.evaluate(() => document.documentElement.scrollHeight);
			for (let y = 0; y <= end; y += viewport.height)
				await page.evaluate(
					(y) =>
						new Promise((done) => {
							window.scrollTo(0, y);
							requestAnimationFrame(() => requestAnimationFrame(done));
						}),
					y
				);
			await page.waitForLoadState('networkidle');
			const after = await places();
			const moves = before.flatMap((b, i) => {
				const a = after[i];
				const at = (p: { x: number; y: number }) => `${Math.round(p.x)},${Math.round(p.y)}`;
				return b && a && (Math.abs(a.x - b.x) > 0.5 || Math.abs(a.y - b.y) > 0.5)
					? [`${b.name} at ${at(b)} before the scripts, ${at(a)} after`]
					: [];
			});
			expect(moves, moves.slice(0, 10).join('\n')).toEqual([]);
			await context.close();
		});
