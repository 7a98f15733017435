/**
 * The PNG of one chart for print and slides, loaded only when a reader asks for it (`import()`
 * from ChartActions), so it costs nothing on a page's first load.
 *
 * The image is drawn at 2× the chart's CSS size whatever the screen: a chart.js chart is redrawn
 * at device pixel ratio 2 for the moment of the copy; the states tile map (HTML, not a canvas) is
 * painted tile by tile from its laid-out boxes and computed colours. Around it: the title on top,
 * and under it the source, the as-of time and the page's address, so the picture carries its
 * provenance wherever it is pasted. Solid page background (a transparent PNG is unreadable on a
 * dark slide).
 */

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

/** A chart.js canvas redrawn at PNG_SCALE, copied, then put back as it was. */
async function chartJsImage(canvas: HTMLCanvasElement): Promise<HTMLCanvasElement> {
	const { Chart } = await import('chart.js');
	const chart = Chart.getChart(canvas);
	if (!chart) throw new Error('the chart is not drawn yet');
	const options = chart.options as { devicePixelRatio?: number; animation?: unknown };
	const before = { ratio: options.devicePixelRatio, animation: options.animation };
	const copy = document.createElement('canvas');
	try {
		options.animation = false;
		options.devicePixelRatio = PNG_SCALE;
		chart.resize();
		chart.update('none');
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

/**
 * The tile map (a CSS grid of links) painted onto a canvas: each tile's box, background colour,
 * border, and its two lines of text, as laid out on the page.
 */
function tileMapImage(grid: HTMLElement, colors: Colors): HTMLCanvasElement {
	const box = grid.getBoundingClientRect();
	const out = document.createElement('canvas');
	out.width = Math.ceil(box.width * PNG_SCALE);
	out.height = Math.ceil(box.height * PNG_SCALE);
	const ctx = out.getContext('2d');
	if (!ctx) throw new Error('no 2d context');
	ctx.scale(PNG_SCALE, PNG_SCALE);
	ctx.fillStyle = colors.bg;
	ctx.fillRect(0, 0, box.width, box.height);
	for (const tile of grid.querySelectorAll<HTMLElement>('li > *')) {
		const r = tile.getBoundingClientRect();
		const x = r.left - box.left;
		const y = r.top - box.top;
		const s = getComputedStyle(tile);
		ctx.fillStyle = s.backgroundColor;
		ctx.fillRect(x, y, r.width, r.height);
		if (s.borderTopStyle !== 'none' && parseFloat(s.borderTopWidth) > 0) {
			ctx.strokeStyle = s.borderTopColor;
			ctx.lineWidth = parseFloat(s.borderTopWidth);
			ctx.strokeRect(x + 0.5, y + 0.5, r.width - 1, r.height - 1);
		}
		for (const part of tile.querySelectorAll<HTMLElement>('span:not(.visually-hidden)')) {
			const pr = part.getBoundingClientRect();
			const ps = getComputedStyle(part);
			if (part.classList.contains('bar')) {
				ctx.fillStyle = ps.backgroundColor;
				ctx.fillRect(pr.left - box.left, pr.top - box.top, pr.width, pr.height);
				continue;
			}
			const text = part.textContent?.replace(/\s+/g, ' ').trim();
			if (!text) continue;
			ctx.fillStyle = ps.color;
			ctx.font = `${ps.fontWeight} ${ps.fontSize} ${ps.fontFamily}`;
			ctx.textAlign = 'center';
			ctx.textBaseline = 'middle';
			ctx.fillText(
				text,
				pr.left - box.left + pr.width / 2,
				pr.top - box.top + pr.height / 2,
				r.width
			);
		}
	}
	return out;
}

/** Words wrapped to a width with the context's current font. */
function wrap(ctx: CanvasRenderingContext2D, text: string, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(' ')) {
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
	const image = canvas ? await chartJsImage(canvas) : grid ? tileMapImage(grid, colors) : undefined;
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
