/**
 * The tabulation switch of the election page (embed/js/results.js), a page rendered without
 * SvelteKit's client. Without JavaScript every tabulation is shown, official first, and the switch
 * is not shown (a <noscript> style; with JavaScript it holds its place, invisible, until this
 * runs). With it, the reader chooses which count comes first (the others stay beside it) and may
 * show the paired bars of both counts in its place. A shared link carries the view:
 * `?count=<tabulation>` first, `&compare=1` the paired bars. The paired bars of each count are in
 * the page as a `<template>` (they share one id, as the link's anchor names them): the one shown is
 * a copy, drawn by the share script when it nears the viewport.
 *
 * When the live poller (embed/js/live.js) swaps in a newer results section, it sends
 * `escrutinio:live-swap`: the new section gets the reader's choice back, and the poller draws it.
 */
import { drawFigures } from './redraw';

const q = new URLSearchParams(location.search);
let primary: string | undefined = q.get('count') ?? undefined;
let compare = q.get('compare') === '1';

function apply(section: HTMLElement, draw: boolean): void {
	const buttons = [...section.querySelectorAll<HTMLButtonElement>('[data-switch] button')];
	const ids = buttons.map((b) => b.dataset.tabulation ?? '');
	const p = primary && ids.includes(primary) ? primary : ids[0];
	for (const b of buttons) b.setAttribute('aria-pressed', String(b.dataset.tabulation === p));
	const box = section.querySelector<HTMLInputElement>('[data-switch] input[type="checkbox"]');
	if (box) box.checked = compare;
	const list = section.querySelector<HTMLElement>('.side-by-side');
	const articles = [...section.querySelectorAll<HTMLElement>('article.tabulation')];
	const order = [p, ...ids.filter((id) => id !== p)];
	articles.sort(
		(a, b) => order.indexOf(a.dataset.tabulation) - order.indexOf(b.dataset.tabulation)
	);
	if (list && articles.some((a, i) => list.children[i] !== a)) list.prepend(...articles);
	const added: HTMLElement[] = [];
	for (const a of articles) {
		const on = a.dataset.tabulation === p;
		a.dataset.primary = String(on);
		a.querySelector('[data-compare-copy]')?.remove();
		const share = a.querySelector<HTMLElement>('[data-share-view]');
		const tpl = a.querySelector<HTMLTemplateElement>('template[data-compare-view]');
		const paired = on && compare && tpl !== null;
		if (share) share.hidden = paired;
		if (!paired || !tpl) continue;
		const copy = document.createElement('div');
		copy.dataset.compareCopy = '';
		copy.append(tpl.content.cloneNode(true));
		a.insertBefore(copy, share ?? a.firstChild);
		added.push(...copy.querySelectorAll<HTMLElement>('[data-embed-chart]'));
	}
	if (draw && added.length) drawFigures(added);
}

function enhance(section: HTMLElement, draw: boolean): void {
	const sw = section.querySelector<HTMLElement>('[data-switch]');
	if (!sw) return;
	// They hold their place, invisible, until now (ResultsSection.svelte): showing them moves nothing.
	for (const el of section.querySelectorAll<HTMLElement>('[data-switch], [data-switch-hint]'))
		el.removeAttribute('data-pending');
	for (const b of sw.querySelectorAll<HTMLButtonElement>('button'))
		b.addEventListener('click', () => {
			primary = b.dataset.tabulation;
			apply(section, true);
		});
	sw.querySelector<HTMLInputElement>('input[type="checkbox"]')?.addEventListener('change', (e) => {
		compare = (e.currentTarget as HTMLInputElement).checked;
		apply(section, true);
	});
	apply(section, draw);
}

const sections = () => document.querySelectorAll<HTMLElement>('section[data-results-switch]');
// A deferred script runs once the document is parsed, before embed/js/embed.js (listed after it)
// looks for the charts: a copy made now is drawn with the others.
for (const s of sections()) enhance(s, false);
document.addEventListener('escrutinio:live-swap', () => {
	for (const s of sections())
		if (!s.querySelector('[data-switch]:not([data-pending])')) enhance(s, false);
});
