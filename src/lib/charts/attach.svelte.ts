import type { Attachment } from 'svelte/attachments';
import type { ChartConfiguration, ChartType } from 'chart.js';
import type { ChartTheme } from './theme';
import { setDrawnChart } from './instance';
import { yieldToBrowser } from './yield';

/** Read the page's colours (CSS custom properties on :root) and the reader's motion setting. */
function readTheme(): ChartTheme {
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

type ChartModule = typeof import('./register');
let loading: Promise<ChartModule> | undefined;
/**
 * chart.js is loaded on first use, not with the page: every figure is already in the page's HTML
 * (description and table), and the canvas sits in a fixed box, so drawing a moment later shifts
 * nothing while the page's first-load JavaScript stays small (budget: 90 kB gzip).
 */
function loadCharts(): Promise<ChartModule> {
	loading ??= import('./register').then((m) => {
		m.registerCharts();
		return m;
	});
	return loading;
}

/**
 * `{@attach chart(build)}` on a `<canvas>`: draws the configuration that the pure builder returns
 * for the current theme, redraws when the builder's inputs change or the colour scheme or motion
 * setting changes, and destroys the chart when the canvas goes away. `setup` registers extra
 * chart.js parts (e.g. geo) before the first draw.
 */
export function chart<T extends ChartType>(
	build: (theme: ChartTheme) => ChartConfiguration<T>,
	setup?: () => void
): Attachment<HTMLCanvasElement> {
	return (canvas) => {
		let theme = $state(readTheme());
		let lib = $state<ChartModule | undefined>(undefined);
		let alive = true;
		// chart.js is fetched only when a chart comes near the viewport (its figures are already in
		// the HTML): a long page does not pay for charts its reader never scrolls to.
		// chart.js's evaluation and the first drawing are separate tasks (a yield between them).
		const load = () =>
			loadCharts().then(async (m) => {
				await yieldToBrowser();
				if (!alive) return;
				setup?.();
				lib = m;
			});
		let observer: IntersectionObserver | undefined;
		if (typeof IntersectionObserver === 'undefined') load();
		else {
			observer = new IntersectionObserver(
				(entries) => {
					if (!entries.some((e) => e.isIntersecting)) return;
					observer?.disconnect();
					observer = undefined;
					load();
				},
				{ rootMargin: '800px 0px' }
			);
			observer.observe(canvas);
		}
		const queries = ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'].map((q) =>
			matchMedia(q)
		);
		const onChange = () => (theme = readTheme());
		queries.forEach((q) => q.addEventListener('change', onChange));
		// `Chart<T>` rather than the default `Chart` (a union over every registered chart type, which
		// grows past what TypeScript can represent once plugins such as the matrix chart add types).
		let instance: { destroy(): void } | undefined;
		$effect(() => {
			const config = build(theme);
			if (!lib) return;
			// Builders set `animation: !theme.reducedMotion`; this is the guard for any that forget.
			if (theme.reducedMotion && config.options)
				(config.options as { animation?: false }).animation = false;
			// The first drawing is not animated (each frame of the entrance animation redraws the
			// whole chart, a long task on a phone); the chart's own setting is back for later updates.
			const first = !instance;
			const options = (config.options ?? {}) as { animation?: unknown };
			const had = 'animation' in options;
			const animation = options.animation;
			if (first) config.options = { ...options, animation: false } as typeof config.options;
			instance?.destroy();
			const drawn = new lib.Chart<T>(canvas, config);
			if (first) {
				const o = drawn.options as { animation?: unknown };
				if (had) o.animation = animation;
				else delete o.animation;
			}
			instance = drawn;
			setDrawnChart(canvas, instance as never);
		});
		return () => {
			alive = false;
			observer?.disconnect();
			queries.forEach((q) => q.removeEventListener('change', onChange));
			instance?.destroy();
		};
	};
}
