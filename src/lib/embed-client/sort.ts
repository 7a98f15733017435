/**
 * Sortable tables on pages rendered without SvelteKit's client (embed/js/sort.js, a classic
 * script): the states table (src/lib/components/states/StatesTable.svelte). Without it the table
 * is complete, in state-code order, with plain-text headers. With it, each header with a
 * `data-sort-key` becomes a button; a click sorts by that column (names and codes A→Z first,
 * figures largest first, a second click reverses), `aria-sort` says how, and the hint above the
 * table shows. The orders themselves are computed at build time and written into the wrapper's
 * `data-sortable` (row numbers per column, ascending then descending): this only moves rows.
 * Each header's label (`.sort-label`, with its `.arrow`) becomes a button of the same box, and the
 * wrapper gets `data-sort-ready`, which shows the arrows and the hint: nothing on the screen moves.
 */

type Direction = 'ascending' | 'descending';

export function nextSort(
	current: { key: string; direction: Direction },
	key: string,
	textual: boolean
): { key: string; direction: Direction } {
	if (current.key === key)
		return { key, direction: current.direction === 'ascending' ? 'descending' : 'ascending' };
	return { key, direction: textual ? 'ascending' : 'descending' };
}

function enhance(wrap: HTMLElement): void {
	let orders: Record<string, [number[], number[]]>;
	try {
		orders = JSON.parse(wrap.dataset.sortable ?? '') as typeof orders;
	} catch {
		return;
	}
	const body = wrap.querySelector('tbody');
	if (!body) return;
	const rows = [...body.rows];
	let state: { key: string; direction: Direction } = { key: 'code', direction: 'ascending' };
	const heads = [...wrap.querySelectorAll<HTMLTableCellElement>('thead th[data-sort-key]')].filter(
		(th) => orders[th.dataset.sortKey ?? ''] && th.querySelector('.sort-label > .arrow')
	);
	const arrows = new Map<HTMLTableCellElement, HTMLElement>();
	const show = () => {
		for (const th of heads) {
			const on = th.dataset.sortKey === state.key;
			th.setAttribute('aria-sort', on ? state.direction : 'none');
			arrows.get(th)!.textContent = on ? (state.direction === 'ascending' ? '▲' : '▼') : '↕';
		}
	};
	for (const th of heads) {
		// The label's box becomes a button with the same box and content (StatesTable.svelte).
		const label = th.querySelector('.sort-label')!;
		const arrow = label.querySelector<HTMLElement>(':scope > .arrow')!;
		const button = document.createElement('button');
		button.type = 'button';
		button.className = label.className;
		button.append(...label.childNodes);
		label.replaceWith(button);
		arrows.set(th, arrow);
		button.addEventListener('click', () => {
			state = nextSort(state, th.dataset.sortKey!, th.hasAttribute('data-sort-textual'));
			const order = orders[state.key]![state.direction === 'ascending' ? 0 : 1];
			body.append(...order.map((i) => rows[i]!).filter(Boolean));
			show();
		});
	}
	show();
	// The arrows and the hint above the table show (their places were kept from the first paint).
	wrap.setAttribute('data-sort-ready', '');
}

/**
 * A table is enhanced when it comes within one screen of the viewport, not at load: turning its
 * headers into buttons makes the browser lay the whole table out again (the states table, 24 rows
 * by 13 columns, is the longest task of its page's load on a phone, docs/tbt-election.md), and a
 * table further down than that is not being read yet. Its buttons are there before it scrolls in.
 */
function start(): void {
	const wraps = [...document.querySelectorAll<HTMLElement>('[data-sortable]')];
	if (typeof IntersectionObserver === 'undefined') return wraps.forEach(enhance);
	const observer = new IntersectionObserver(
		(entries) => {
			for (const e of entries) {
				if (!e.isIntersecting) continue;
				observer.unobserve(e.target);
				enhance(e.target as HTMLElement);
			}
		},
		{ rootMargin: '100% 0px' }
	);
	for (const wrap of wraps) observer.observe(wrap);
}

if (typeof document !== 'undefined') {
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}
