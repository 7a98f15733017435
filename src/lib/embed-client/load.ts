/**
 * Load the script of a kind of chart (embed/js/<kind>.js), after the shared chart runtime
 * (embed/js/chart.js) when the page has not loaded it yet. Both are classic scripts inserted with
 * `async = false`: the browser fetches them at once and runs them in the order inserted, so the
 * runtime has run when the figure script does. Each script is inserted once per page.
 */
export function loadChartScript(base: string, kind: string): void {
	const has = (k: string) => document.querySelector(`script[data-chart-script="${k}"]`) !== null;
	const add = (k: string) => {
		const s = document.createElement('script');
		s.src = `${base}/embed/js/${k}.js`;
		s.async = false;
		s.dataset.chartScript = k;
		document.head.append(s);
	};
	if (has(kind)) return;
	if (!has('chart') && !('EscrutinioCharts' in self)) add('chart');
	add(kind);
}
