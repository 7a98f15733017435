/**
 * Shared by the chart scripts of the chart embeds (bundled as classic scripts by
 * src/lib/server/embed-scripts.ts): read the page's colours, find the embed's charts and their
 * models (JSON in a data attribute, written by the page as text), draw each with chart.js, and
 * redraw when the colour scheme or the motion setting changes.
 *
 * The main thread is never held for long (issue 13, "Fast everywhere"; docs/performance.md):
 * the script's own evaluation, each chart's configuration and each chart's first drawing are
 * separate tasks, with a yield to the browser between them, and a chart is drawn only when its
 * figure nears the viewport (each figure on its own, not every chart of the kind at once).
 */
import type { ChartTheme } from '../charts/theme';
import type { Locale } from '../schemas/common';
import { setDrawnChart } from '../charts/instance';
import { yieldToBrowser } from '../charts/yield';

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

/** The figures waiting to be drawn, one per task, in the order they came near the viewport. */
const queue: (() => void)[] = [];
let running = false;
async function run(): Promise<void> {
	if (running) return;
	running = true;
	try {
		for (let job = queue.shift(); job; job = queue.shift()) {
			await yieldToBrowser();
			job();
		}
	} finally {
		running = false;
	}
}

/**
 * The first number or date format of a page starts the browser's ICU (tens of milliseconds on a
 * phone): it gets a task of its own, before the first chart's configuration formats its labels.
 */
let intlReady = false;
function warmIntl(lang: string): void {
	if (intlReady) return;
	intlReady = true;
	queue.push(() => {
		new Intl.NumberFormat(lang).format(0);
		new Intl.DateTimeFormat(lang).format(0);
	});
}

/** Run `draw` (in its own task) once `el` is within 800 px of the viewport, as embed.js loads. */
function whenNear(el: HTMLElement, draw: () => void): void {
	const enqueue = () => {
		warmIntl(el.dataset.lang === 'en' ? 'en-US' : 'es');
		queue.push(draw);
		void run();
	};
	if (typeof IntersectionObserver === 'undefined') return enqueue();
	const observer = new IntersectionObserver(
		(entries) => {
			if (!entries.some((e) => e.isIntersecting)) return;
			observer.disconnect();
			enqueue();
		},
		{ rootMargin: '800px 0px' }
	);
	observer.observe(el);
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
		const lang = (el.dataset.lang === 'en' ? 'en' : 'es') as Locale;
		let chart: { destroy(): void } | undefined;
		const configure = (): Config | undefined => {
			let model: M;
			try {
				model = JSON.parse(el.dataset.model ?? '') as M;
			} catch {
				return undefined; // the table and the description are there regardless
			}
			const theme = readTheme();
			const config = build(model, lang, theme);
			if (theme.reducedMotion && config.options)
				(config.options as { animation?: false }).animation = false;
			return config;
		};
		const draw = (config: Config | undefined) => {
			if (!config) return;
			chart?.destroy();
			chart = new Chart(canvas, config as never);
			setDrawnChart(canvas, chart as never);
		};
		// First drawing: the configuration in one task, the chart in the next.
		whenNear(el, () => {
			const config = configure();
			queue.unshift(() => {
				draw(config);
				// A change of colour scheme or motion setting redraws it at once.
				for (const q of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'])
					matchMedia(q).addEventListener('change', () => draw(configure()));
			});
		});
	}
}
