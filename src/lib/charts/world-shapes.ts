/**
 * The countries of the statements map, projected at build time (docs/performance.md, "The world
 * map"). chartjs-chart-geo projects every country with d3-geo's Equal Earth several times on the
 * map's first drawing (to fit the outline, for each country's bounds and centre, and to draw it),
 * with adaptive resampling and clipping at the antimeridian: most of a long task on a phone-speed
 * CPU. The same projection is run here once, in Node, while embed/js/world.js is bundled
 * (src/lib/server/embed-scripts.ts swaps this module for its result), and the browser draws the
 * planar shapes through `planarProjection()` (./world-planar.ts), which only scales and moves
 * them. The shapes travel as `encodeShapes` writes them (integers, each point as the step from the
 * one before: 30 kB gzip against the atlas's 38 kB).
 */
import { geoEqualEarth, geoStream, type GeoProjection } from 'd3-geo';
import type { MultiPolygon } from 'geojson';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';
import type { CountryFeature } from './world-map.config';
import { encodeShapes, withSummaries, type EncodedCountry } from './world-planar';

/** The width the shapes are projected to, in the units of their coordinates. */
export const SHAPES_WIDTH = 1000;
/** Coordinates are kept to a tenth of a unit: a hundredth of a pixel on a 1,000 px wide map. */
const round = (v: number) => Math.round(v * 10) / 10;

/**
 * A country as d3-geo's Equal Earth (fitted to SHAPES_WIDTH, y downwards) draws it: every ring
 * that projection gives the canvas, clipped and resampled, as closed GeoJSON rings.
 */
function projectCountry(country: CountryFeature, projection: GeoProjection): CountryFeature {
	const polygons: number[][][][] = [];
	let rings: number[][][] = [];
	let ring: number[][] | undefined;
	const sink = projection.stream({
		point(x: number, y: number) {
			ring?.push([round(x), round(y)]);
		},
		lineStart() {
			ring = [];
		},
		lineEnd() {
			// d3 closes a polygon's ring without repeating its first point; GeoJSON repeats it.
			if (ring && ring.length > 2) rings.push([...ring, ring[0]!]);
			ring = undefined;
		},
		polygonStart() {
			rings = [];
		},
		polygonEnd() {
			if (rings.length) polygons.push(rings);
		},
		sphere() {}
	});
	geoStream(country, sink);
	const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: polygons };
	return { type: 'Feature', id: country.id, properties: country.properties, geometry };
}

/** Every country of the atlas (Natural Earth 1:110m via world-atlas), projected. */
export function projectedCountries(): CountryFeature[] {
	const topo = atlas as unknown as Parameters<typeof feature>[0];
	const countries = (
		feature(topo, topo.objects.countries!) as unknown as {
			features: CountryFeature[];
		}
	).features;
	const projection = geoEqualEarth().fitWidth(SHAPES_WIDTH, {
		type: 'FeatureCollection',
		features: countries
	} as never);
	return countries.map((c) => projectCountry(c, projection));
}

/** The projected countries in their compact form (./world-planar.ts decodes them), each with its
 * bounds and centre, which the browser would otherwise work out over every point on the map's
 * first drawing. */
export function encodedCountries(): EncodedCountry[] {
	return withSummaries(encodeShapes(projectedCountries()));
}
