/**
 * The statements timeline's filters on a page rendered without SvelteKit's client
 * (embed/js/statements.js, a classic script). Every statement and remark is in the HTML; the GET
 * form puts the filters in the query string (`?stance=…&kind=…&region=…&actor=…`) and this script
 * hides what does not match, with the same rules as the page's own model
 * (src/lib/views/statements-filter.ts), says how many are shown, and goes to the filtered address
 * when a filter changes. Without JavaScript the form still reloads the page and the full list stays.
 */
import {
	filterQuery,
	isEmptyFilter,
	matchesRemarkFilter,
	matchesStatementFilter,
	parseStatementFilter,
	type Filterable,
	type StatementFilter
} from '../views/statements-filter';

const words = (v: string | undefined) => (v ? v.split(' ') : []);

/** What an entry of the timeline offers to the filters (its data attributes). */
function filterable(li: HTMLElement): Filterable {
	return {
		stance: li.dataset.stance as Filterable['stance'],
		actorIds: words(li.dataset.actors),
		kinds: words(li.dataset.kinds) as Filterable['kinds'],
		regions: words(li.dataset.regions) as Filterable['regions']
	};
}

function fill(template: string, vars: Record<string, number>): string {
	return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in vars ? String(vars[k]) : m));
}

/** Apply `filter` to the timeline `section`; returns the counts shown. */
export function applyFilter(section: HTMLElement, filter: StatementFilter) {
	let shown = 0;
	let remarksShown = 0;
	for (const li of section.querySelectorAll<HTMLElement>('li.statement')) {
		const ok = matchesStatementFilter(filterable(li), filter);
		li.hidden = !ok;
		if (ok) shown++;
	}
	for (const li of section.querySelectorAll<HTMLElement>('li.remark')) {
		const ok = matchesRemarkFilter(filterable(li), filter);
		li.hidden = !ok;
		if (ok) remarksShown++;
	}
	const d = section.dataset;
	const count = section.querySelector<HTMLElement>('[data-filter-count]');
	if (count && !isEmptyFilter(filter)) {
		const total = Number(d.statementsTotal) || 0;
		const remarksTotal = Number(d.remarksTotal) || 0;
		count.textContent =
			shown + remarksShown === 0
				? (d.msgNone ?? '')
				: remarksTotal > 0
					? fill(d.msgShowingRemarks ?? '', { shown, total, remarksShown, remarksTotal })
					: fill(d.msgShowing ?? '', { shown, total });
	}
	// The quick link of exactly this filter is the current one.
	for (const a of section.querySelectorAll<HTMLAnchorElement>('a[data-quick-filter]')) {
		const own = parseStatementFilter(new URLSearchParams(a.search), new Set());
		const same =
			!isEmptyFilter(filter) &&
			(['stance', 'kind', 'region', 'actor'] as const).every((k) => own[k] === filter[k]);
		if (same) a.setAttribute('aria-current', 'true');
		else a.removeAttribute('aria-current');
	}
	return { shown, remarksShown };
}

function start(): void {
	const section = document.querySelector<HTMLElement>('[data-statements-timeline]');
	const form = section?.querySelector<HTMLFormElement>('form');
	if (!section || !form) return;
	const actorIds = new Set(
		[...form.querySelectorAll<HTMLOptionElement>('select[name="actor"] option')]
			.map((o) => o.value)
			.filter(Boolean)
	);
	const filter = parseStatementFilter(new URLSearchParams(location.search), actorIds);
	const selects = [...form.querySelectorAll<HTMLSelectElement>('select')];
	// The form's own GET would also send the empty filters (`&kind=&region=`): go to the same
	// address with only the chosen ones, at the timeline.
	const go = () => {
		const chosen = Object.fromEntries(selects.map((s) => [s.name, s.value]));
		const next = parseStatementFilter(new URLSearchParams(chosen), actorIds);
		location.assign(`${location.pathname}${filterQuery(next)}#timeline-h`);
	};
	for (const select of selects) {
		select.value = filter[select.name as keyof StatementFilter] ?? '';
		select.addEventListener('change', go);
	}
	form.addEventListener('submit', (e) => {
		e.preventDefault();
		go();
	});
	applyFilter(section, filter);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
