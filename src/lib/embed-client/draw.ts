/**
 * The drawing half of the shared chart runtime (embed/js/chart.js, ./chart.ts), used by every
 * chart script of the pages without SvelteKit's client and of the chart embeds: read the page's
 * colours, find the figures of a kind and their models (JSON in a data attribute, written by the
 * page as text), draw each with chart.js, and redraw when the colour scheme or the motion setting
 * changes. A figure script (share.js, world.js, …) only says how its kind is configured
 * (`EscrutinioCharts.define`, ./define.ts); figures added later (a live update, the paired bars)
 * are drawn with `EscrutinioCharts.draw` (./redraw.ts) instead of running a script again.
 *
 * The main thread is never held for long (issue 13, "Fast everywhere"; docs/performance.md):
 * the script's own evaluation, each chart's configuration and each chart's first drawing are
 * separate tasks, with a yield to the browser between them, and a chart is drawn only when its
 * figure nears the viewport (each figure on its own, not every chart of the kind at once).
 * The first drawing of a chart is not animated: each frame of chart.js's entrance animation
 * redraws the whole chart (about 80 ms on a phone-speed CPU), a long task per frame. Later
 * updates (hover, tooltips) keep their animations unless the reader asks for reduced motion.
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
 * Only for the figures that format with Intl (`define(kind, build, { intl })`: the dates on the
 * time axis of a timeline); the others format numbers without it (./number-format.ts), so a page
 * whose charts are all of those never starts ICU at load (docs/tbt-election.md).
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

/** Run `draw` (in its own task) once `el` is within 800 px of the viewport, as embed.js loads;
 * `prepare` (the kind's, once per page) in a task of its own before it. */
function whenNear(
	el: HTMLElement,
	draw: () => void,
	intl: () => boolean,
	prepare?: () => void
): void {
	const enqueue = () => {
		if (intl()) warmIntl(el.dataset.lang === 'en' ? 'en-US' : 'es');
		if (prepare) queue.push(prepare);
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
export interface Config {
	options?: object;
	plugins?: object[];
}
type ChartInstance = { destroy(): void; render(): void; options: { animation?: unknown } };
type ChartClass = new (canvas: HTMLCanvasElement, config: never) => ChartInstance;
/** How a figure script configures its kind of chart from the figure's model. */
export type Build<M = never> = (model: M, lang: Locale, theme: ChartTheme) => Config;

/** How a kind is drawn, besides its builder. */
export interface DefineOptions<M = never> {
	/**
	 * The builder formats with Intl (a date format) — for every figure of the kind (`true`) or for
	 * those whose model says so (a timeline on the time axis; on the coverage axis nothing is
	 * formatted with Intl): ICU is started in a task of its own first.
	 */
	intl?: boolean | ((model: M) => boolean);
	/**
	 * Work the kind's first configuration needs whatever the figure (world.js: decoding the
	 * countries), run once per page in a task of its own before it, so that the configuration's
	 * task is shorter. The builder must not count on it having run (a redraw after a change of
	 * colour scheme may come first): it is a head start, not a step.
	 */
	prepare?: () => void;
}

/** What embed/js/chart.js puts on `self.EscrutinioCharts`. */
export interface ChartsApi {
	/** Configure a kind, and draw every figure of that kind in the page (each near the viewport).
	 * `intl`: its builder formats with Intl (dates), so ICU is started in a task of its own first. */
	define(kind: string, build: Build, options?: DefineOptions<unknown>): void;
	/** Draw these figures of a kind already defined (each near the viewport); others wait for it. */
	draw(kind: string, figures: readonly HTMLElement[]): void;
	has(kind: string): boolean;
}

/** Draw one figure with the configuration `build` returns, when it nears the viewport. */
function drawFigure(
	el: HTMLElement,
	Chart: ChartClass,
	build: Build<unknown>,
	intl: boolean | ((model: unknown) => boolean),
	prepare?: () => void
): void {
	const canvas = el.querySelector('canvas');
	if (!canvas || !el.dataset.model) return;
	const lang = (el.dataset.lang === 'en' ? 'en' : 'es') as Locale;
	let chart: ChartInstance | undefined;
	/** The figure's model, read from the page; undefined if it is not JSON (the table and the
	 * description are there regardless). */
	const readModel = (): { model: unknown } | undefined => {
		try {
			return { model: JSON.parse(el.dataset.model ?? '') };
		} catch {
			return undefined;
		}
	};
	const needsIntl = () => {
		if (typeof intl === 'boolean') return intl;
		const read = readModel();
		return read !== undefined && intl(read.model);
	};
	const configure = (): Config | undefined => {
		const read = readModel();
		if (!read) return undefined;
		const model = read.model;
		const theme = readTheme();
		const config = build(model, lang, theme);
		if (theme.reducedMotion && config.options)
			(config.options as { animation?: false }).animation = false;
		return config;
	};
	const draw = (config: Config | undefined) => {
		if (!config) return;
		chart?.destroy();
		// Drawn at once, not animated in; the chart's own setting (false with reduced motion) is
		// back in place for whatever updates it later.
		const options = (config.options ?? {}) as { animation?: unknown };
		const had = 'animation' in options;
		const animation = options.animation;
		options.animation = false;
		config.options = options;
		// Without an animation chart.js would build the chart and paint it in one task; the
		// painting waits for a task of its own (as the first animation frame did).
		let hold = true;
		config.plugins = [
			...(config.plugins ?? []),
			{ id: 'escrutinioPaintLater', beforeRender: () => (hold ? false : undefined) }
		];
		const drawn = new Chart(canvas, config as never);
		chart = drawn;
		if (had) drawn.options.animation = animation;
		else delete drawn.options.animation;
		queue.unshift(() => {
			hold = false;
			if (chart !== drawn) return; // replaced (a change of colour scheme) before it was painted
			drawn.render();
			setDrawnChart(canvas, drawn as never);
		});
		void run();
	};
	// First drawing: the configuration in one task, the chart in the next.
	whenNear(
		el,
		() => {
			const config = configure();
			queue.unshift(() => {
				draw(config);
				// A change of colour scheme or motion setting redraws it at once.
				for (const q of ['(prefers-color-scheme: dark)', '(prefers-reduced-motion: reduce)'])
					matchMedia(q).addEventListener('change', () => {
						if (el.isConnected) draw(configure());
					});
			});
		},
		needsIntl,
		prepare
	);
}

/** The runtime's drawing functions for chart.js's `Chart` (its parts registered by the caller). */
export function createCharts(Chart: ChartClass): ChartsApi {
	const builders = new Map<
		string,
		{ build: Build<unknown>; intl: boolean | ((model: unknown) => boolean); prepare?: () => void }
	>();
	/** Figures already handed to drawFigure (a figure is drawn by one runtime, once). */
	const taken = new WeakSet<HTMLElement>();
	const draw = (kind: string, figures: readonly HTMLElement[]) => {
		const kindOf = builders.get(kind);
		if (!kindOf) return;
		for (const el of figures) {
			if (taken.has(el) || el.dataset.embedChart !== kind) continue;
			taken.add(el);
			drawFigure(el, Chart, kindOf.build, kindOf.intl, kindOf.prepare);
		}
	};
	return {
		define(kind, build, options) {
			// The kind's preparation, once per page (a job for each figure; only the first works).
			let prepared = !options?.prepare;
			const prepare = prepared
				? undefined
				: () => {
						if (prepared) return;
						prepared = true;
						options!.prepare!();
					};
			builders.set(kind, { build: build as Build<unknown>, intl: options?.intl ?? false, prepare });
			draw(kind, [...document.querySelectorAll<HTMLElement>(`[data-embed-chart="${kind}"]`)]);
		},
		draw,
		has: (kind) => builders.has(kind)
	};
}
