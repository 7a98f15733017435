/**
 * The PNG of one chart for print and slides, loaded only when a reader asks for it (the classic
 * script embed/js/png.js, which /cite.js loads on a click), so it costs nothing on a first load.
 *
 * The image is drawn at 2× the chart's CSS size whatever the screen: a chart.js chart is redrawn
 * at device pixel ratio 2 for the moment of the copy; the states tile map (HTML, not a canvas) is
 * painted tile by tile from its laid-out boxes and computed colours. Around it: the title on top,
 * and under it the source, the as-of time and the page's address, so the picture carries its
 * provenance wherever it is pasted. Solid page background (a transparent PNG is unreadable on a
 * dark slide).
 */

import { whenDrawn, type DrawnChart } from '../../charts/instance';

export const PNG_SCALE = 2;

interface Colors {
	bg: string;
	fg: string;
	muted: string;
}

function pageColors(): Colors {
	const s = getComputedStyle(document.documentElement);
	const v = (name: string, fallback: string) => s.getPropertyValue(name).trim() || fallback;
	return { bg: v('--bg', '#ffffff'), fg: v('--fg', '#1a1a1a'), muted: v('--muted', '#595959') };
}

/** How long a PNG waits for a chart whose script is still loading. */
const CHART_WAIT_MS = 10_000;

/** A chart.js canvas redrawn at PNG_SCALE, copied, then put back as it was. */
function chartJsImage(canvas: HTMLCanvasElement, chart: DrawnChart): HTMLCanvasElement {
	const options = chart.options as { devicePixelRatio?: number; animation?: unknown };
	const before = { ratio: options.devicePixelRatio, animation: options.animation };
	const copy = document.createElement('canvas');
	try {
		options.animation = false;
		options.devicePixelRatio = PNG_SCALE;
		// chart.js defers a resize while the chart is animating: a click during the first draw's
		// animation gave a 1× copy. Finish it first.
		chart.stop?.();
		// Without the tooltip of a bar the pointer rests on, or of one still fading out after the
		// pointer left for this menu (stop() froze its fade): the picture is of the chart.
		chart.setActiveElements?.([]);
		if (chart.tooltip) {
			chart.tooltip.setActiveElements([], { x: 0, y: 0 });
			chart.tooltip.opacity = 0;
		}
		chart.resize();
		chart.update('none');
		// update() only schedules the drawing while any animation is pending (a tooltip fading
		// under the pointer, say): the copy then took a cleared canvas. Draw now.
		chart.stop?.();
		chart.draw?.();
		copy.width = canvas.width;
		copy.height = canvas.height;
		copy.getContext('2d')?.drawImage(canvas, 0, 0);
	} finally {
		options.devicePixelRatio = before.ratio;
		chart.resize();
		options.animation = before.animation;
		chart.update('none');
	}
	return copy;
}

/** Hidden from sight: `.visually-hidden`, `display: none`, or inside such an element. */
function hidden(el: Element, stop: Element): boolean {
	for (let e: Element | null = el; e && e !== stop.parentElement; e = e.parentElement) {
		if (e.classList.contains('visually-hidden')) return true;
		if (getComputedStyle(e).display === 'none') return true;
	}
	return false;
}

const transparent = (c: string) => c === 'transparent' || /rgba\(.*,\s*0\)$/.test(c);

/**
 * An HTML chart (the states tile map and its legend) painted onto a canvas as laid out on the
 * page: every box's background and border, and every visible word in its own font and colour,
 * from `top` to `bottom` of the figure (title and description are drawn by renderChartPng).
 */
function htmlImage(figure: HTMLElement, top: number, bottom: number): HTMLCanvasElement {
	const fig = figure.getBoundingClientRect();
	const out = document.createElement('canvas');
	out.width = Math.ceil(fig.width * PNG_SCALE);
	out.height = Math.ceil((bottom - top) * PNG_SCALE);
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2d context');
	ctx.scale(PNG_SCALE, PNG_SCALE);
	const inside = (r: DOMRect) => r.width > 0 && r.bottom > top && r.top < bottom;
	for (const el of figure.querySelectorAll<HTMLElement>('*')) {
		const r = el.getBoundingClientRect();
		if (!inside(r) || hidden(el, figure)) continue;
		const s = getComputedStyle(el);
		if (!transparent(s.backgroundColor)) {
			ctx.fillStyle = s.backgroundColor;
			ctx.fillRect(r.left - fig.left, r.top - top, r.width, r.height);
		}
		const bw = parseFloat(s.borderTopWidth);
		if (s.borderTopStyle !== 'none' && bw > 0 && !transparent(s.borderTopColor)) {
			ctx.strokeStyle = s.borderTopColor;
			ctx.lineWidth = bw;
			ctx.setLineDash(s.borderTopStyle === 'dashed' ? [3, 2] : []);
			ctx.strokeRect(r.left - fig.left + bw / 2, r.top - top + bw / 2, r.width - bw, r.height - bw);
			ctx.setLineDash([]);
		}
	}
	// Text word by word, each where the browser put it (wrapped lines included).
	const walker = document.createTreeWalker(figure, NodeFilter.SHOW_TEXT);
	const range = document.createRange();
	ctx.textBaseline = 'middle';
	for (let n = walker.nextNode(); n; n = walker.nextNode()) {
		const parent = n.parentElement;
		const text = n.textContent ?? '';
		if (!parent || !text.trim() || hidden(parent, figure)) continue;
		const s = getComputedStyle(parent);
		ctx.font = `${s.fontStyle} ${s.fontWeight} ${s.fontSize} ${s.fontFamily}`;
		ctx.fillStyle = s.color;
		for (const m of text.matchAll(/\S+/g)) {
			range.setStart(n, m.index);
			range.setEnd(n, m.index + m[0].length);
			const r = range.getBoundingClientRect();
			if (!inside(r)) continue;
			ctx.fillText(m[0], r.left - fig.left, r.top - top + r.height / 2);
		}
	}
	return out;
}

/** Words wrapped to a width with the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (let word of text.split(' ')) {
		// A word wider than the line (an address) is cut where it must be.
		while (ctx.measureText(word).width > width && word.length > 1) {
			let cut = word.length - 1;
			while (cut > 1 && ctx.measureText(word.slice(0, cut)).width > width) cut--;
			if (line) lines.push(line);
			lines.push(word.slice(0, cut));
			line = '';
			word = word.slice(cut);
		}
		const next = line ? `${line} ${word}` : word;
		if (line && ctx.measureText(next).width > width) {
			lines.push(line);
			line = word;
		} else line = next;
	}
	if (line) lines.push(line);
	return lines;
}

/**
 * The PNG of the chart in `figure` (its canvas, or its tile grid), with the title above and the
 * footer lines (source, as-of, address) below, all at PNG_SCALE.
 */
export async function renderChartPng(
	figure: HTMLElement,
	title: string,
	footer: string[]
): Promise<Blob> {
	const colors = pageColors();
	const canvas = figure.querySelector('canvas');
	const grid = figure.querySelector<HTMLElement>('ul.grid');
	// The tile map: its grid and its legend (what the colours, letters and bars mean).
	const legend = figure.querySelector<HTMLElement>('.legend dl');
	/** A chart's script may still be loading when its menu is opened: wait for the chart. */
	const chart = canvas ? await whenDrawn(canvas, CHART_WAIT_MS) : undefined;
	if (canvas && !chart) throw new Error('the chart is not drawn yet');
	const image =
		canvas && chart
			? chartJsImage(canvas, chart)
			: grid
				? htmlImage(
						figure,
						grid.getBoundingClientRect().top,
						(legend ?? grid).getBoundingClientRect().bottom
					)
				: undefined;
	if (!image) throw new Error('nothing to draw');
	const k = PNG_SCALE;
	const pad = 16 * k;
	const width = image.width + pad * 2;
	const out = document.createElement('canvas');
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2d context');
	const family = getComputedStyle(figure).fontFamily || 'system-ui, sans-serif';
	const titleFont = `700 ${18 * k}px ${family}`;
	const footFont = `${13 * k}px ${family}`;
	ctx.font = titleFont;
	const titleLines = wrap(ctx, title, image.width);
	ctx.font = footFont;
	const footLines = footer.flatMap((l) => wrap(ctx, l, image.width));
	const titleLh = Math.round(24 * k);
	const footLh = Math.round(18 * k);
	const top = pad + titleLines.length * titleLh + 8 * k;
	out.width = width;
	out.height = top + image.height + 12 * k + footLines.length * footLh + pad;
	ctx.fillStyle = colors.bg;
	ctx.fillRect(0, 0, out.width, out.height);
	ctx.textBaseline = 'top';
	ctx.fillStyle = colors.fg;
	ctx.font = titleFont;
	titleLines.forEach((l, i) => ctx.fillText(l, pad, pad + i * titleLh));
	ctx.drawImage(image, pad, top);
	ctx.font = footFont;
	ctx.fillStyle = colors.muted;
	footLines.forEach((l, i) => ctx.fillText(l, pad, top + image.height + 12 * k + i * footLh));
	return new Promise((resolve, reject) =>
		out.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png')
	);
}

export { downloadBlob } from './png';
