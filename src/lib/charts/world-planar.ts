/**
 * The browser half of the pre-projected world map (./world-shapes.ts projects the countries at
 * build time): the shapes' compact form, the projection that draws them (scale and move only),
 * and the hit test on them.
 */
import { geoIdentity, type GeoProjection } from 'd3-geo';
import type { Feature, MultiPolygon } from 'geojson';
import type { CountryFeature } from './world-map.config';

/** Coordinates are kept to a tenth of a unit (a hundredth of a pixel on a 1,000 px wide map). */
const UNIT = 10;

/**
 * One country: [id ('' for none), name, polygons, summary?]; a polygon is a list of rings, a ring a flat list of integer
 * tenths: the first point, then each point as its step from the one before. The summary, when
 * given (`withSummaries`), is the decoded shape's `planarSummary`, worked out at build time:
 * [x0, y0, x1, y1, centroid x, centroid y].
 */
export type EncodedCountry = [
	id: string,
	name: string,
	polygons: number[][][],
	summary?: [number, number, number, number, number, number]
];

/** The compact form of projected countries (build time). */
export function encodeShapes(countries: readonly CountryFeature[]): EncodedCountry[] {
	return countries.map((c) => {
		const g = c.geometry as MultiPolygon;
		const polygons = g.coordinates.map((polygon) =>
			polygon.map((ring) => {
				const flat: number[] = [];
				let px = 0;
				let py = 0;
				for (const [x, y] of ring) {
					const ix = Math.round(x! * UNIT);
					const iy = Math.round(y! * UNIT);
					flat.push(ix - px, iy - py);
					px = ix;
					py = iy;
				}
				return flat;
			})
		);
		return [c.id === undefined ? '' : String(c.id), c.properties.name, polygons];
	});
}

/**
 * The countries back from their compact form (in the browser, on the map's first drawing). A
 * country's summary, when the encoding carries it, is taken as its `planarSummary` (the browser
 * does not go over its points again).
 */
export function decodeShapes(encoded: readonly EncodedCountry[]): CountryFeature[] {
	return encoded.map(([id, name, polygons, summary]) => {
		const coordinates = polygons.map((polygon) =>
			polygon.map((flat) => {
				const ring: number[][] = [];
				let x = 0;
				let y = 0;
				for (let i = 0; i < flat.length; i += 2) {
					x += flat[i]!;
					y += flat[i + 1]!;
					ring.push([x / UNIT, y / UNIT]);
				}
				return ring;
			})
		);
		const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates };
		// A few atlas shapes have no id (N. Cyprus, Kosovo, Somaliland): written as ''.
		const country: CountryFeature =
			id === ''
				? { type: 'Feature', properties: { name }, geometry }
				: { type: 'Feature', id, properties: { name }, geometry };
		if (summary) {
			const [x0, y0, x1, y1, cx, cy] = summary;
			const bounds: PlanarSummary['bounds'] = [
				[x0, y0],
				[x1, y1]
			];
			summaries.set(country, { bounds, centroid: [cx, cy] });
		}
		return country;
	});
}

/**
 * The encoded countries with each one's `planarSummary` (of its decoded shape, so the very numbers
 * the browser would work out) at the end (build time). A shape whose summary has no finite number
 * (no points) goes without: the browser works it out.
 */
export function withSummaries(encoded: readonly EncodedCountry[]): EncodedCountry[] {
	const decoded = decodeShapes(encoded.map(([id, name, polygons]) => [id, name, polygons]));
	return encoded.map(([id, name, polygons], i) => {
		const {
			bounds: [[x0, y0], [x1, y1]],
			centroid: [cx, cy]
		} = planarSummary(decoded[i]!);
		const summary: EncodedCountry[3] = [x0, y0, x1, y1, cx, cy];
		return summary.every(Number.isFinite) ? [id, name, polygons, summary] : [id, name, polygons];
	});
}

/** The projection chartjs-chart-geo draws the shapes with: scale and move only. */
export interface PlanarProjection {
	(point: [number, number]): [number, number];
	stream: GeoProjection['stream'];
	scale(): number;
	scale(k: number): PlanarProjection;
	translate(): [number, number];
	translate(t: [number, number]): PlanarProjection;
	fitWidth(width: number, object: unknown): PlanarProjection;
	invert(point: [number, number]): [number, number] | null;
}

/**
 * A callable d3 `geoIdentity` (chartjs-chart-geo takes a projection option only as a function):
 * what ProjectionScale uses of a projection, over shapes already projected.
 */
export function planarProjection(): PlanarProjection {
	const id = geoIdentity();
	const p = ((point: [number, number]) => {
		const k = id.scale();
		const [tx, ty] = id.translate();
		return [point[0] * k + tx, point[1] * k + ty];
	}) as PlanarProjection;
	p.stream = (s) => id.stream(s);
	p.scale = ((k?: number) => (k === undefined ? id.scale() : (id.scale(k), p))) as never;
	p.translate = ((t?: [number, number]) =>
		t === undefined ? id.translate() : (id.translate(t), p)) as never;
	// d3's identity has fitWidth (as every projection has); @types/d3-geo leaves it out.
	const fit = id as unknown as { fitWidth(width: number, object: unknown): unknown };
	p.fitWidth = (width, object) => (fit.fitWidth(width, object), p);
	p.invert = (point) => id.invert?.(point) ?? null;
	return p;
}

/** The canvas calls a path is made of (what `tracePlanar` and d3's `geoPath` give a context). */
export type PathSink = Pick<CanvasRenderingContext2D, 'moveTo' | 'lineTo' | 'closePath'>;

/**
 * A planar shape's path on a canvas, scaled by `k` and moved by [tx, ty]: the very calls d3's
 * `geoPath(planarProjection()).context(ctx)` makes for it (each ring without its repeated last
 * point, then closed; each point `x * k + tx`, as d3's identity projection works it out), without
 * d3-geo's stream of several calls and an array for every point. The map's drawing, on its first
 * paint and on each hover (docs/tbt-statements.md).
 */
export function tracePlanar(
	ctx: PathSink,
	shape: Feature,
	k: number,
	tx: number,
	ty: number
): void {
	const g = shape.geometry;
	const polygons =
		g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
	for (const polygon of polygons)
		for (const ring of polygon) {
			const n = ring.length - 1;
			for (let i = 0; i < n; i++) {
				const p = ring[i]!;
				if (i === 0) ctx.moveTo(p[0]! * k + tx, p[1]! * k + ty);
				else ctx.lineTo(p[0]! * k + tx, p[1]! * k + ty);
			}
			ctx.closePath(); // as d3 closes even a ring with no point: nothing to draw
		}
}

/**
 * Whether the planar point lies in the shape (even-odd over every ring, as the canvas would say
 * for its holes): what a click or the pointer hits, without d3-geo's spherical test.
 */
export function containsPlanar(shape: Feature, [x, y]: [number, number]): boolean {
	const g = shape.geometry;
	const polygons =
		g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
	let inside = false;
	for (const polygon of polygons)
		for (const ring of polygon)
			for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
				const [xi, yi] = ring[i]!;
				const [xj, yj] = ring[j]!;
				if (yi! > y !== yj! > y && x < ((xj! - xi!) * (y - yi!)) / (yj! - yi!) + xi!)
					inside = !inside;
			}
	return inside;
}

/** A shape's planar extent and centre, in the units of its coordinates. */
export interface PlanarSummary {
	/** [[x0, y0], [x1, y1]], as d3's `geoPath().bounds` gives it under an identity projection. */
	bounds: [[number, number], [number, number]];
	/** As d3's `geoPath().centroid`: area-weighted over the rings (holes subtract). */
	centroid: [number, number];
}

const summaries = new WeakMap<Feature, PlanarSummary>();

/**
 * The bounds and centre of a planar shape, in one plain pass over its points (kept per shape).
 * chartjs-chart-geo asks d3-geo for both (a stream of every point through the projection, per
 * country) on the map's first drawing: most of that task on a phone-speed CPU (docs/tbt-statements.md).
 * Both commute with a projection that only scales and moves, so the browser projects these.
 */
export function planarSummary(shape: Feature): PlanarSummary {
	const known = summaries.get(shape);
	if (known) return known;
	const g = shape.geometry;
	const polygons =
		g.type === 'MultiPolygon' ? g.coordinates : g.type === 'Polygon' ? [g.coordinates] : [];
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	// d3-geo's planar centroid (src/path/centroid.js): ring terms first, then lines, then points.
	let X2 = 0;
	let Y2 = 0;
	let Z2 = 0;
	let X1 = 0;
	let Y1 = 0;
	let Z1 = 0;
	let X0 = 0;
	let Y0 = 0;
	let Z0 = 0;
	for (const polygon of polygons)
		for (const ring of polygon) {
			// A GeoJSON ring repeats its first point: d3 streams it without, and closes the ring by
			// going back to the first point (counted again as a point).
			const m = ring.length - 1;
			if (m < 1) continue;
			X0 += ring[0]![0]!;
			Y0 += ring[0]![1]!;
			Z0++;
			for (let i = 0; i < m; i++) {
				const x = ring[i]![0]!;
				const y = ring[i]![1]!;
				if (x < x0) x0 = x;
				if (x > x1) x1 = x;
				if (y < y0) y0 = y;
				if (y > y1) y1 = y;
				X0 += x;
				Y0 += y;
				Z0++;
				const [px, py] = ring[i === 0 ? m - 1 : i - 1] as [number, number];
				const dx = x - px;
				const dy = y - py;
				const l = Math.sqrt(dx * dx + dy * dy);
				X1 += (l * (px + x)) / 2;
				Y1 += (l * (py + y)) / 2;
				Z1 += l;
				const z = py * x - px * y;
				X2 += z * (px + x);
				Y2 += z * (py + y);
				Z2 += z * 3;
			}
		}
	const centroid: [number, number] = Z2
		? [X2 / Z2, Y2 / Z2]
		: Z1
			? [X1 / Z1, Y1 / Z1]
			: Z0
				? [X0 / Z0, Y0 / Z0]
				: [NaN, NaN];
	const summary: PlanarSummary = {
		bounds: [
			[x0, y0],
			[x1, y1]
		],
		centroid
	};
	summaries.set(shape, summary);
	return summary;
}

/** The bounds of several planar shapes together (`planarSummary`'s, joined). */
export function planarBounds(shapes: readonly Feature[]): [[number, number], [number, number]] {
	let x0 = Infinity;
	let y0 = Infinity;
	let x1 = -Infinity;
	let y1 = -Infinity;
	for (const s of shapes) {
		const [[a, b], [c, d]] = planarSummary(s).bounds;
		x0 = Math.min(x0, a);
		y0 = Math.min(y0, b);
		x1 = Math.max(x1, c);
		y1 = Math.max(y1, d);
	}
	return [
		[x0, y0],
		[x1, y1]
	];
}
