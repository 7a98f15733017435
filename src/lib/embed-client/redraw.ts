/**
 * Draw chart figures that were added to a page after its chart scripts ran (the election page's
 * live update swaps its results in; its "compare" switch adds the paired bars). A kind already
 * defined in the shared chart runtime (embed/js/chart.js) is drawn with a function call
 * (`EscrutinioCharts.draw`), each figure when it comes within 800 px of the viewport. A kind whose
 * script has not been loaded yet waits until one of its new figures is within 800 px, then loads
 * it (./load.ts), and that script draws every figure of its kind in the page, these included.
 */
import { chartsRuntime } from './define';
import { loadChartScript } from './load';

const pending = new Map<string, { observer: IntersectionObserver; list: HTMLElement[] }>();

function run(kind: string, figures: HTMLElement[]): void {
	const runtime = chartsRuntime();
	if (runtime?.has(kind)) runtime.draw(kind, figures);
	else loadChartScript(figures[0]?.dataset.embedBase ?? '', kind);
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
		// Defined already: the runtime waits for each figure to near the viewport itself.
		if (chartsRuntime()?.has(kind) || typeof IntersectionObserver === 'undefined') {
			run(kind, fresh);
			continue;
		}
		// Figures of this kind still waiting for their script wait with these.
		const before = pending.get(kind);
		before?.observer.disconnect();
		const list = [...(before?.list.filter((f) => f.isConnected) ?? []), ...fresh];
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
