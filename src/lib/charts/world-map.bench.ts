// The statements map's JavaScript work in the browser, old way against new (docs/tbt-statements.md):
// `npx vitest bench --run src/lib/charts/world-map.bench.ts`. Node's V8, not a phone: compare the
// two rows of a group (the minimum says most on a loaded machine), not the figures with Lighthouse's.
import { bench, describe } from 'vitest';
import { geoPath } from 'd3-geo';
import { decodeShapes, planarProjection, planarSummary, tracePlanar } from './world-planar';
import { encodedCountries } from './world-shapes';

const carried = encodedCountries();
const bare = carried.map(
	([id, name, polygons]) => [id, name, polygons] as (typeof carried)[number]
);
const countries = decodeShapes(carried);
const noop = { moveTo() {}, lineTo() {}, closePath() {}, arc() {} };
const [k, tx, ty] = [0.3517, 12.25, -3.5];

describe('the countries, decoded with their bounds and centres', () => {
	bench('worked out in the browser (before)', () => {
		for (const f of decodeShapes(bare)) planarSummary(f);
	});
	bench('carried in world.js (after)', () => {
		for (const f of decodeShapes(carried)) planarSummary(f);
	});
});

describe('drawing every country of the atlas (path calls only)', () => {
	const path = geoPath(planarProjection().scale(k).translate([tx, ty]) as never).context(
		noop as never
	);
	bench("d3-geo's stream (before)", () => {
		for (const f of countries) path(f);
	});
	bench('tracePlanar (after)', () => {
		for (const f of countries) tracePlanar(noop, f, k, tx, ty);
	});
});
