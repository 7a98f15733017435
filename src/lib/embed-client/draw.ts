/**
 * Shared by the chart scripts of the chart embeds (bundled as classic scripts by
 * src/lib/server/embed-scripts.ts): read the page's colours, find the embed's charts and their
 * models (JSON in a data attribute, written by the page as text), draw each with chart.js, and
 * redraw when the colour scheme or the motion setting changes.
 */
import type { ChartTheme } from '../charts/theme';
import type { Locale } from '../schemas/common';
import { setDrawnChart } from '../charts/instance';

/** The same reading as src/lib/charts/attach.svelte.ts (which needs Svelte's runtime). */
export function readTheme(): ChartTheme {
	const s = getComputedStyle(document.documentElement);
	const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
	return {
		fg: v('--fg', '#1a1a1a'),
		muted: v('--muted', '#595959'),
		grid: v('--border', '#c8c8c8'),
		bg: v('--bg', '#ffffff'),
		dark: matchMedia('(prefers-color-scheme: dark)').matches,
		reducedMotion: matchMedia('(prefers-reduced-motion: reduce)').matches
	};
}

/** A chart.js configuration as the builders return it (typed loosely: the registered chart types
 * differ per script, and their union is more than TypeScript can represent). */
interface Config {
	options?: object;
}
type ChartClass = new (canvas: HTMLCanvasElement, config: never) => { destroy(): void };

/** Draw every `[data-embed-chart=<kind>]` of the page with the configuration `build` returns. */
export function drawAll<M>(
	kind: string,
	Chart: ChartClass,
	build: (model: M, lang: Locale, theme: ChartTheme) => Config
): void {
	for (const el of document.querySelectorAll<HTMLElement>(`[data-embed-chart="${kind}"]`)) {
		const canvas = el.querySelector('canvas');
		if (!canvas || !el.dataset.model) continue;
		let model: M;
		try {
			model = JSON.parse(el.dataset.model) as M;
		} catch {
			continue; // the table and the description are there regardless
		}
		const lang = (el.dataset.lang === 'en' ? 'en' : 'es') as Locale;
		let chart: { destroy(): void } | undefined;
		const draw = () => {
			const theme = readTheme();
			const config = build(model, lang, theme);
			if (theme.reducedMotion && config.options)
				(config.options as { animation?: false }).animation = false;
			chart?.destroy();
			chart = new Chart(canvas, config as never);
			setDrawnChart(canvas, chart as never);
		};
		draw();
		for (const q of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'])
			matchMedia(q).addEventListener('change', draw);
	}
}
