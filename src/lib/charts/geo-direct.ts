import type { GeoFeature } from 'chartjs-chart-geo';
import type { Feature } from 'geojson';
import { containsPlanar } from './world-planar';

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

type HitTestable = {
	feature?: Feature;
	projectionScale: { geoPath: { projection(): { invert?(p: [number, number]): unknown } } };
	getBounds(): { x: number; x2: number; y: number; y2: number };
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
