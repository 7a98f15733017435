/**
 * The chart.js chart drawn on a canvas, kept on the canvas element itself. The charts of the
 * site are drawn by two different copies of chart.js (the hydrated pages' bundle, and the classic
 * scripts of the csr = false pages and embeds, src/lib/embed-client/), and chart.js's own
 * `Chart.getChart(canvas)` only knows the charts of its own copy; the PNG download
 * (src/lib/components/share/chart-png.ts) finds either here.
 */
export interface DrawnChart {
	options: object;
	resize(): void;
	/** Stops a running animation (chart.js's `stop()`). */
	stop?(): void;
	update(mode?: 'none'): void;
	destroy(): void;
}

const KEY = '__escrutinioChart';

export function setDrawnChart(canvas: HTMLCanvasElement, chart: DrawnChart | undefined): void {
	(canvas as unknown as Record<string, unknown>)[KEY] = chart;
}

export function getDrawnChart(canvas: HTMLCanvasElement): DrawnChart | undefined {
	return (canvas as unknown as Record<string, DrawnChart | undefined>)[KEY];
}
