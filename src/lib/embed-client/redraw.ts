/**
 * Draw chart figures that were added to a page after its chart scripts ran (the election page's
 * live update swaps its results in; its "compare" switch adds the paired bars). A chart script
 * (`embed/js/<kind>.js`) draws every `[data-embed-chart=<kind>]` of the page when it runs, so
 * running it again would draw the figures it already drew a second time: the figures that are
 * not to be drawn lose their `data-embed-chart` while the script runs, and get it back after.
 * Each figure is drawn when it comes within 800 px of the viewport, as embed/js/embed.js does.
 */
const pending = new Map<string, { observer: IntersectionObserver; list: HTMLElement[] }>();

function run(kind: string, figures: HTMLElement[]): void {
	const base = figures[0]?.dataset.embedBase ?? '';
	const others = [...document.querySelectorAll<HTMLElement>(`[data-embed-chart="${kind}"]`)].filter(
		(f) => !figures.includes(f)
	);
	for (const f of others) f.removeAttribute('data-embed-chart');
	const restore = () => {
		for (const f of others) f.setAttribute('data-embed-chart', kind);
	};
	const s = document.createElement('script');
	s.src = `${base}/embed/js/${kind}.js`;
	// A classic script runs before its load event: by then it has drawn what it found.
	s.onload = () => {
		restore();
		s.remove();
	};
	s.onerror = restore;
	document.head.append(s);
}

/** Draw `figures` (figure elements with `data-embed-chart`) when each kind nears the viewport. */
export function drawFigures(figures: Iterable<HTMLElement>): void {
	const byKind = new Map<string, HTMLElement[]>();
	for (const f of figures) {
		const kind = f.dataset.embedChart ?? '';
		if (!/^[a-z]+$/.test(kind)) continue;
		byKind.set(kind, [...(byKind.get(kind) ?? []), f]);
	}
	for (const [kind, fresh] of byKind) {
		// Figures of this kind still waiting to be drawn wait with these.
		const before = pending.get(kind);
		before?.observer.disconnect();
		const list = [...(before?.list.filter((f) => f.isConnected) ?? []), ...fresh];
		if (typeof IntersectionObserver === 'undefined') {
			run(kind, list);
			continue;
		}
		const observer = new IntersectionObserver(
			(entries) => {
				if (!entries.some((e) => e.isIntersecting)) return;
				observer.disconnect();
				pending.delete(kind);
				run(
					kind,
					list.filter((f) => f.isConnected)
				);
			},
			{ rootMargin: '800px 0px' }
		);
		pending.set(kind, { observer, list });
		for (const f of list) observer.observe(f);
	}
}
