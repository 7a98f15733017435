import type { GeoFeature } from 'chartjs-chart-geo';
import type { Feature } from 'geojson';
import { containsPlanar, planarSummary, tracePlanar } from './world-planar';

type Fill = string | CanvasPattern;
type Drawable = {
	feature?: object;
	options: { backgroundColor?: Fill; borderColor?: string; borderWidth?: number };
	projectionScale: {
		geoPath: { context(ctx: CanvasRenderingContext2D): (f: object) => void };
		projection: { scale(): number; translate(): [number, number] };
	};
	_drawImpl(ctx: CanvasRenderingContext2D): void;
	draw(ctx: CanvasRenderingContext2D): void;
};

/**
 * chartjs-chart-geo draws each country first into a canvas of its own (a cache for redraws), then
 * copies it onto the map: for the world's 176 countries that is 176 canvases allocated and
 * collected on the first draw, about 350 ms on a laptop and over a second on a phone-speed CPU
 * (Lighthouse, statements embed). The map is drawn once and redrawn only on hover or a resize, so
 * draw every country straight onto the map instead. Same pixels, same paths (`_drawImpl` is the
 * library's own); only the per-country cache is skipped.
 *
 * `ownFill` gives a country's own fill (undefined: the dataset's). With the fills given here
 * rather than as an array in the dataset's options, chart.js resolves the options of all 176
 * countries once (shared) instead of once per country on every update: most of the map's
 * first `update` on a phone-speed CPU (docs/tbt-statements.md). The hover style still comes from
 * the options: a country without its own fill darkens as before; a pattern stays a pattern, as
 * chart.js's hover colour leaves it.
 *
 * `planar`: the shapes are projected already and drawn with `planarProjection()`
 * (./world-planar.ts): each path is traced straight from the coordinates (`tracePlanar`, the
 * same canvas calls), not streamed through d3-geo.
 */
export function drawCountriesDirectly(
	Feature: typeof GeoFeature,
	ownFill?: (feature: object) => Fill | undefined,
	planar = false
): void {
	const proto = Feature.prototype as unknown as Drawable;
	// chartjs-chart-geo's own drawing of one country, with its fill from `ownFill` first.
	proto._drawImpl = function (this: Drawable, ctx: CanvasRenderingContext2D) {
		const { feature, options } = this;
		if (!feature) return;
		ctx.beginPath();
		if (planar) {
			const p = this.projectionScale.projection;
			const [tx, ty] = p.translate();
			tracePlanar(ctx, feature as Feature, p.scale(), tx, ty);
		} else this.projectionScale.geoPath.context(ctx)(feature);
		const fill = ownFill?.(feature) ?? options.backgroundColor;
		if (fill) {
			ctx.fillStyle = fill;
			ctx.fill();
		}
		if (options.borderColor) {
			ctx.strokeStyle = options.borderColor;
			ctx.lineWidth = options.borderWidth ?? 0;
			ctx.stroke();
		}
	};
	proto.draw = function (this: Drawable, ctx: CanvasRenderingContext2D) {
		if (!this.feature) return;
		ctx.save();
		this._drawImpl(ctx);
		ctx.restore();
	};
}

type Box = { x: number; x2: number; y: number; y2: number; width: number; height: number };
type HitTestable = {
	feature?: Feature;
	options: { borderWidth?: number };
	cache?: { bounds?: Box };
	projectionScale: {
		geoPath: { projection(): { invert?(p: [number, number]): unknown } };
		projection: { scale(): number; translate(): [number, number] };
	};
	getBounds(): Box;
	inRange(mouseX: number, mouseY: number): boolean;
};

/**
 * For shapes projected at build time (./world-shapes.ts, drawn with `planarProjection()`): whether
 * the pointer is on a country is a planar test on its projected rings. chartjs-chart-geo's own
 * test turns the pointer back into longitude and latitude and asks d3-geo, which would read the
 * planar coordinates as degrees.
 */
export function hitPlanarShapes(Feature: typeof GeoFeature): void {
	const proto = Feature.prototype as unknown as HitTestable;
	// A country's box, from its planar bounds (./world-planar.ts) scaled and moved as the map draws
	// it, grown by half the border as chartjs-chart-geo does; not d3-geo's stream of every point.
	proto.getBounds = function (this: HitTestable) {
		if (this.cache?.bounds) return this.cache.bounds;
		if (!this.feature) return { x: NaN, x2: NaN, y: NaN, y2: NaN, width: NaN, height: NaN };
		const [[x0, y0], [x1, y1]] = planarSummary(this.feature).bounds;
		const p = this.projectionScale.projection;
		const k = p.scale();
		const [tx, ty] = p.translate();
		const grow = (this.options.borderWidth ?? 0) / 2;
		const x = x0 * k + tx - grow;
		const y = y0 * k + ty - grow;
		const x2 = x1 * k + tx + grow;
		const y2 = y1 * k + ty + grow;
		const bounds = { x, x2, y, y2, width: x2 - x, height: y2 - y };
		this.cache = { ...(this.cache ?? {}), bounds };
		return bounds;
	};
	proto.inRange = function (this: HitTestable, mouseX: number, mouseY: number) {
		const bb = this.getBounds();
		const inX = Number.isNaN(mouseX) || (mouseX >= bb.x && mouseX <= bb.x2);
		const inY = Number.isNaN(mouseY) || (mouseY >= bb.y && mouseY <= bb.y2);
		if (!inX || !inY || Number.isNaN(mouseX) || Number.isNaN(mouseY) || !this.feature)
			return inX && inY;
		const p = this.projectionScale.geoPath.projection().invert?.([mouseX, mouseY]);
		return Array.isArray(p) && containsPlanar(this.feature, p as [number, number]);
	};
}
