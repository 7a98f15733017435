import type { ChartType, Plugin } from 'chart.js';

/**
 * Options of the bar-label plugin: one text per bar (`labels[dataset][index]`), drawn after the
 * end of the bar, or inside its end in `inside[dataset][index]` when it would not fit.
 */
export interface BarLabelsOptions {
	labels: string[][];
	/** Text colour when drawn outside the bar (on the page background). */
	color: string;
	/** Text colour per bar when drawn inside it (chosen for contrast with the bar's fill). */
	inside: string[][];
	font: string;
}

declare module 'chart.js' {
	// eslint-disable-next-line @typescript-eslint/no-unused-vars
	interface PluginOptionsByType<TType extends ChartType> {
		barLabels?: BarLabelsOptions;
	}
}

/**
 * Draws the computed share as text on each horizontal bar, so the figure is readable without
 * hovering and without telling bars apart by colour. Text only (canvas `fillText`), never HTML.
 */
export const barLabelsPlugin: Plugin<'bar'> = {
	id: 'barLabels',
	afterDatasetsDraw(chart) {
		// The options object is the one the builder passed (chart.js types it as deep-partial).
		const opts = (chart.options.plugins as { barLabels?: BarLabelsOptions } | undefined)?.barLabels;
		if (!opts) return;
		const { ctx, chartArea } = chart;
		ctx.save();
		ctx.font = opts.font;
		ctx.textBaseline = 'middle';
		chart.data.datasets.forEach((_, di) => {
			const meta = chart.getDatasetMeta(di);
			if (meta.hidden) return;
			meta.data.forEach((bar, i) => {
				const text = opts.labels[di]?.[i];
				if (!text) return;
				const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as {
					x: number;
					y: number;
					base: number;
				};
				const w = ctx.measureText(text).width;
				if (x + 4 + w <= chartArea.right) {
					ctx.textAlign = 'left';
					ctx.fillStyle = opts.color;
					ctx.fillText(text, x + 4, y);
				} else if (x - base > w + 8) {
					ctx.textAlign = 'right';
					ctx.fillStyle = opts.inside[di]?.[i] ?? opts.color;
					ctx.fillText(text, x - 4, y);
				} else {
					ctx.textAlign = 'right';
					ctx.fillStyle = opts.color;
					ctx.fillText(text, chartArea.right, y);
				}
			});
		});
		ctx.restore();
	}
};

/**
 * Black or white, whichever reads better on a `#rrggbb` fill (WCAG relative luminance).
 * @example textOn('#0072B2') // '#ffffff'
 * @example textOn('#E69F00') // '#000000'
 */
export function textOn(hex: string): '#000000' | '#ffffff' {
	const n = parseInt(hex.slice(1, 7), 16);
	const lin = (c: number) => {
		const s = c / 255;
		return s <= 0.03928 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	};
	const L = 0.2126 * lin((n >> 16) & 255) + 0.7152 * lin((n >> 8) & 255) + 0.0722 * lin(n & 255);
	// Contrast with black (L + 0.05) / 0.05 vs with white 1.05 / (L + 0.05): equal at L ≈ 0.179.
	return L > 0.179 ? '#000000' : '#ffffff';
}
