import type { GeoFeature } from 'chartjs-chart-geo';

type Drawable = {
	feature?: unknown;
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
 */
export function drawCountriesDirectly(Feature: typeof GeoFeature): void {
	const proto = Feature.prototype as unknown as Drawable;
	proto.draw = function (this: Drawable, ctx: CanvasRenderingContext2D) {
		if (!this.feature) return;
		ctx.save();
		this._drawImpl(ctx);
		ctx.restore();
	};
}
