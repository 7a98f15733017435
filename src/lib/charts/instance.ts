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
	/** Clears the hovered elements (chart.js's `setActiveElements([])`). */
	setActiveElements?(active: []): void;
	/** The tooltip plugin's state, when the chart has one. */
	tooltip?: {
		setActiveElements(active: [], at: { x: number; y: number }): void;
		/** The tooltip model's opacity (0 = not drawn), as chart.js's external tooltips read it. */
		opacity: number;
	} | null;
	/** Draws the chart now, whatever animation is pending (chart.js's `draw()`). */
	draw?(): void;
	destroy(): void;
}

const KEY = '__escrutinioChart';
/** Dispatched on the canvas when a chart has been drawn on it. */
const DRAWN = 'escrutinio:chart-drawn';

export function setDrawnChart(canvas: HTMLCanvasElement, chart: DrawnChart | undefined): void {
	(canvas as unknown as Record<string, unknown>)[KEY] = chart;
	if (chart) canvas.dispatchEvent(new Event(DRAWN));
}

/**
 * The chart on `canvas`, waiting up to `timeoutMs` for it when its script has not drawn it yet
 * (the chart scripts load when a chart nears the viewport, so a reader can open a chart's menu
 * before the chart is there); undefined if it never comes.
 */
export function whenDrawn(
	canvas: HTMLCanvasElement,
	timeoutMs: number
): Promise<DrawnChart | undefined> {
	const now = getDrawnChart(canvas);
	if (now) return Promise.resolve(now);
	return new Promise((resolve) => {
		const done = () => {
			clearTimeout(timer);
			canvas.removeEventListener(DRAWN, done);
			resolve(getDrawnChart(canvas));
		};
		const timer = setTimeout(done, timeoutMs);
		canvas.addEventListener(DRAWN, done);
	});
}

export function getDrawnChart(canvas: HTMLCanvasElement): DrawnChart | undefined {
	return (canvas as unknown as Record<string, DrawnChart | undefined>)[KEY];
}
