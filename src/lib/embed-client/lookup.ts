/**
 * The tally-sheet lookup on a page rendered without SvelteKit's client (embed/js/lookup.js, a
 * classic script; docs/hydration.md). The page carries, per release, a `<div data-sheet-lookup>`
 * with the form (state → each finer level → voting centre → table, one select each, the states
 * already listed) and the empty figures panel, its strings in `data-msg-*` attributes, invisible
 * in its place until this script has wired it (`data-ready`). Without JavaScript it is not shown
 * and the per-state CSV files below it serve the same purpose. This script fetches a state's
 * sheets when it is chosen (one prerendered JSON file per state, read with `readLookupFile`, which
 * refuses a file it cannot read and keeps only http(s) image links), fills each next select,
 * shows the chosen sheet's figures and keeps the choice in the URL (`?state=…&sheet=…`), as the
 * hydrated component did. Every text from the data goes in as text (`textContent`, `new Option`),
 * never as markup.
 */
import { formatInteger, formatPercent } from '../i18n/format';
import {
	centresIn,
	childRegions,
	readLookupFile,
	regionIds,
	regionPath,
	safeHttpUrl,
	sheetShares,
	tablesIn,
	type LookupData,
	type LookupSheet
} from '../views/sheet-lookup';

type Locale = 'es' | 'en';

function fill(template: string | undefined, vars: Record<string, string | number>): string {
	return (template ?? '').replace(/\{(\w+)\}/g, (m, k: string) =>
		k in vars ? String(vars[k]) : m
	);
}

function enhance(root: HTMLElement): void {
	const d = root.dataset;
	const lang: Locale = d.lang === 'en' ? 'en' : 'es';
	const q = <T extends Element = HTMLElement>(sel: string, within: ParentNode = root) =>
		within.querySelector<T>(sel)!;
	const form = q<HTMLFormElement>('form');
	const panel = q('[data-lookup="sheet"]');
	const stateSel = q<HTMLSelectElement>('select[data-lookup="state"]');
	const levelSels = [...root.querySelectorAll<HTMLSelectElement>('select[data-lookup="level"]')];
	const centreSel = q<HTMLSelectElement>('select[data-lookup="centre"]');
	const tableSel = q<HTMLSelectElement>('select[data-lookup="table"]');
	const status = q('[data-lookup="status"]');
	const choose = stateSel.options[0]?.text ?? '';
	const field = (s: HTMLSelectElement) => s.closest<HTMLElement>('.field')!;
	form.addEventListener('submit', (e) => e.preventDefault());

	let stateId = '';
	let chosen: string[] = [];
	let centre = '';
	let sheetKey = '';
	let data: LookupData | undefined;
	let loading = false;
	let problem: string | undefined;
	const cache = new Map<string, LookupData>();
	/** What each select's options were last built for, so they are rebuilt only when that changes. */
	const builtFor = new WeakMap<HTMLSelectElement, string>();

	const stateName = () =>
		[...stateSel.options].find((o) => o.value === stateId && o.value)?.text ?? '';
	const leaf = () =>
		levelSels.length === 0
			? stateId
			: chosen.length === levelSels.length
				? chosen.at(-1)
				: undefined;
	const tables = () => {
		const l = leaf();
		return data && l && centre ? tablesIn(data, l, centre) : [];
	};

	function options(sel: HTMLSelectElement, key: string, items: [string, string][], value: string) {
		if (builtFor.get(sel) !== key) {
			sel.replaceChildren(new Option(choose, ''), ...items.map(([v, t]) => new Option(t, v)));
			builtFor.set(sel, key);
		}
		sel.value = value;
	}

	function render() {
		stateSel.value = stateId;
		levelSels.forEach((sel, i) => {
			const parent = i === 0 ? stateId : chosen[i - 1];
			const show = !!data && !!parent;
			field(sel).hidden = !show;
			if (show && data && parent)
				options(
					sel,
					`${stateId}|${parent}`,
					childRegions(data, parent).map((r) => [r.id, r.name]),
					chosen[i] ?? ''
				);
		});
		const l = data ? leaf() : undefined;
		field(centreSel).hidden = !l;
		if (data && l)
			options(
				centreSel,
				`${stateId}|${l}`,
				centresIn(data, l).map((c) => [
					c.centre,
					fill(c.sheets === 1 ? d.msgCentre1 : d.msgCentre, {
						centre: c.centre || '—',
						n: c.sheets
					})
				]),
				centre
			);
		const list = tables();
		field(tableSel).hidden = !(l && centre);
		if (l && centre)
			options(
				tableSel,
				`${stateId}|${l}|${centre}`,
				list.map((s) => [s.sheet, s.table || s.sheet]),
				sheetKey
			);
		const said = loading
			? fill(d.msgLoading, { region: stateName() })
			: problem
				? fill(d.msgLoadError, { region: stateName(), problem })
				: '';
		if (status.textContent !== said) status.textContent = said;
		const sheet = list.find((s) => s.sheet === sheetKey);
		if (sheet && data) show(sheet, data);
		panel.hidden = !(sheet && data);
	}

	function show(sheet: LookupSheet, data: LookupData) {
		const set = (sel: string, text: string) => (q(sel, panel).textContent = text);
		set('[data-lookup="heading"]', fill(d.msgHeading, { sheet: sheet.sheet }));
		set('caption', fill(d.msgCaption, { sheet: sheet.sheet }));
		const path = regionPath(data, sheet, stateName());
		panel.querySelectorAll<HTMLElement>('[data-lookup="where"]').forEach((div, i) => {
			div.hidden = !path[i];
			q('dd', div).textContent = path[i] ?? '';
		});
		set('[data-lookup="where-centre"] dd', sheet.centre || '—');
		set('[data-lookup="where-table"] dd', sheet.table || '—');
		const body = q<HTMLTableSectionElement>('tbody', panel);
		const rows = [...body.rows];
		for (const row of rows) row.hidden = !data.candidates.includes(row.dataset.contestant ?? '');
		const shares = sheetShares(sheet);
		data.candidates.forEach((id, i) => {
			let row = rows.find((r) => r.dataset.contestant === id);
			if (!row) {
				// A candidate the page does not know: its id, as text.
				row = rows[0]!.cloneNode(true) as HTMLTableRowElement;
				row.dataset.contestant = id;
				row.cells[0]!.textContent = id;
				rows.push(row);
			}
			row.hidden = false;
			const share = shares[i] ?? Number.NaN;
			row.cells[1]!.textContent = formatInteger(sheet.votes[i] ?? 0, lang);
			row.cells[2]!.textContent = Number.isNaN(share) ? '—' : formatPercent(share, lang, 2);
			body.append(row);
		});
		set('[data-testid="sheet-valid"]', formatInteger(sheet.valid, lang));
		set('[data-testid="sheet-null"]', formatInteger(sheet.null, lang));
		const registered = q<HTMLTableRowElement>('[data-lookup="registered"]', panel);
		registered.hidden = sheet.registered === undefined;
		set('[data-testid="sheet-registered"]', formatInteger(sheet.registered ?? 0, lang));
		const link = q<HTMLAnchorElement>('[data-testid="sheet-image"]', panel);
		const image = safeHttpUrl(sheet.image);
		link.hidden = !image;
		q('[data-lookup="no-image"]', panel).hidden = !!image;
		if (image) {
			link.href = image;
			link.textContent = fill(d.msgImage, { host: new URL(image).host });
		} else link.removeAttribute('href');
	}

	async function load(id: string): Promise<LookupData | undefined> {
		const hit = cache.get(id);
		if (hit) return hit;
		loading = true;
		problem = undefined;
		render();
		try {
			const res = await fetch(`${d.sheets}/${encodeURIComponent(id)}/sheets.json`);
			if (!res.ok) throw new Error(`HTTP ${res.status}`);
			const read = readLookupFile(await res.json());
			if ('error' in read) throw new Error(read.error);
			cache.set(id, read);
			return read;
		} catch (e) {
			problem = e instanceof Error ? e.message : String(e);
			return undefined;
		} finally {
			loading = false;
		}
	}

	function remember() {
		const url = new URL(location.href);
		url.searchParams.delete('state');
		url.searchParams.delete('sheet');
		const sheet = tables().find((s) => s.sheet === sheetKey);
		if (stateId) url.searchParams.set('state', stateId);
		if (sheet) url.searchParams.set('sheet', sheet.sheet);
		history.replaceState(history.state, '', url);
	}

	stateSel.addEventListener('change', async () => {
		stateId = stateSel.value;
		chosen = [];
		centre = '';
		sheetKey = '';
		data = undefined;
		problem = undefined;
		render();
		if (stateId) {
			const id = stateId;
			const read = await load(id);
			if (stateId === id) data = read;
			render();
		}
		remember();
	});
	levelSels.forEach((sel, i) =>
		sel.addEventListener('change', () => {
			chosen = sel.value ? [...chosen.slice(0, i), sel.value] : chosen.slice(0, i);
			centre = '';
			sheetKey = '';
			render();
			remember();
		})
	);
	centreSel.addEventListener('change', () => {
		centre = centreSel.value;
		const list = tables();
		sheetKey = list.length === 1 ? list[0]!.sheet : '';
		render();
		remember();
	});
	tableSel.addEventListener('change', () => {
		sheetKey = tableSel.value;
		render();
		remember();
	});

	root.dataset.ready = '';

	// A linked sheet (`?state=…&sheet=…`): load its state and choose down to it.
	const params = new URLSearchParams(location.search);
	const wanted = params.get('state');
	if (!wanted || ![...stateSel.options].some((o) => o.value && o.value === wanted)) return;
	stateId = wanted;
	void load(wanted).then((read) => {
		if (stateId !== wanted) return;
		data = read;
		const found = read?.sheets.find((s) => s.sheet === params.get('sheet'));
		if (read && found) {
			chosen = regionIds(read, found, wanted).slice(0, levelSels.length);
			centre = found.centre;
			sheetKey = found.sheet;
		}
		render();
	});
}

function start(): void {
	for (const root of document.querySelectorAll<HTMLElement>('[data-sheet-lookup]')) enhance(root);
}

if (typeof document !== 'undefined') {
	if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
	else start();
}
