import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';

// Only the chart.js parts that Escrutinio draws are registered, so the bundle stays small
// (tree-shaking drops the rest): by the shared chart runtime (src/lib/embed-client/chart.ts) and
// by the Svelte chart components. Geo and matrix charts register their own parts where they are used.
let done = false;
export function registerCharts(): void {
	if (done) return;
	Chart.register(
		BarController,
		BarElement,
		LineController,
		LineElement,
		PointElement,
		CategoryScale,
		LinearScale,
		Tooltip,
		Legend
	);
	done = true;
}

export { Chart };
