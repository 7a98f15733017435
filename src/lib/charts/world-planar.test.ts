import { describe, expect, it } from 'vitest';
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';
import {
	containsPlanar,
	decodeShapes,
	encodeShapes,
	planarBounds,
	planarProjection,
	planarSummary,
	tracePlanar
} from './world-planar';
import { encodedCountries, projectedCountries, SHAPES_WIDTH } from './world-shapes';
import type { CountryFeature } from './world-map.config';

const topo = atlas as unknown as Parameters<typeof feature>[0];
const spherical = (
	feature(topo, topo.objects.countries!) as unknown as { features: CountryFeature[] }
).features;
const projected = projectedCountries();
const byId = (list: CountryFeature[], id: string) => list.find((f) => String(f.id) === id)!;

describe('the countries projected at build time', () => {
	it('keeps every country of the atlas, with its id and name', () => {
		expect(projected.map((f) => [f.id, f.properties.name])).toEqual(
			spherical.map((f) => [f.id, f.properties.name])
		);
	});

	it('draws each country where Equal Earth puts it (bounds within a tenth of a unit)', () => {
		const projection = geoEqualEarth().fitWidth(SHAPES_WIDTH, {
			type: 'FeatureCollection',
			features: spherical
		} as never);
		const planar = geoPath(planarProjection().scale(1).translate([0, 0]) as never);
		for (const id of ['604', '862', '643', '840', '036']) {
			const want = geoPath(projection).bounds(byId(spherical, id));
			const got = planar.bounds(byId(projected, id));
			for (let i = 0; i < 2; i++)
				for (let j = 0; j < 2; j++) expect(Math.abs(got[i]![j]! - want[i]![j]!)).toBeLessThan(0.1);
		}
	});

	it('comes back whole from its compact form', () => {
		// (as JSON: a coordinate rounded to -0 comes back as 0)
		const json = JSON.stringify(projected);
		expect(JSON.stringify(decodeShapes(encodedCountries()))).toBe(json);
		expect(JSON.stringify(decodeShapes(encodeShapes(projected)))).toBe(json);
	});

	it("carries each country's bounds and centre, the very numbers worked out over its points", () => {
		const carried = decodeShapes(encodedCountries());
		const withoutSummary = decodeShapes(encodeShapes(projected));
		expect(encodedCountries().filter((c) => c[3]).length).toBe(projected.length);
		carried.forEach((f, i) => expect(planarSummary(f)).toEqual(planarSummary(withoutSummary[i]!)));
	});

	it('traces each country with the canvas calls d3-geo would make for it', () => {
		const record = (calls: unknown[][]) => ({
			moveTo: (x: number, y: number) => void calls.push(['M', x, y]),
			lineTo: (x: number, y: number) => void calls.push(['L', x, y]),
			closePath: () => void calls.push(['Z']),
			arc: () => void calls.push(['arc'])
		});
		const [k, tx, ty] = [0.3517, 12.25, -3.5];
		const path = geoPath(planarProjection().scale(k).translate([tx, ty]) as never);
		for (const f of decodeShapes(encodedCountries())) {
			const want: unknown[][] = [];
			const got: unknown[][] = [];
			path.context(record(want) as never)(f);
			tracePlanar(record(got), f, k, tx, ty);
			expect(got).toEqual(want);
		}
	});

	it('says which country a point of the map is on', () => {
		const projection = geoEqualEarth().fitWidth(SHAPES_WIDTH, {
			type: 'FeatureCollection',
			features: spherical
		} as never);
		const lima = projection([-77.04, -12.05])!; // Lima, Peru
		const caracas = projection([-66.9, 10.5])!; // Caracas, Venezuela
		expect(containsPlanar(byId(projected, '604'), lima as [number, number])).toBe(true);
		expect(containsPlanar(byId(projected, '862'), lima as [number, number])).toBe(false);
		expect(containsPlanar(byId(projected, '862'), caracas as [number, number])).toBe(true);
		// Lesotho is a hole in South Africa.
		const maseru = projection([27.9, -29.6])! as [number, number];
		expect(containsPlanar(byId(projected, '426'), maseru)).toBe(true);
		expect(containsPlanar(byId(projected, '710'), maseru)).toBe(false);
	});

	it('is drawn by a projection that only scales and moves, and inverts', () => {
		const p = planarProjection().scale(2).translate([10, 20]);
		expect(p([1, 2])).toEqual([12, 24]);
		expect(p.invert([12, 24])).toEqual([1, 2]);
		expect(p.fitWidth(500, byId(projected, '604'))).toBe(p);
	});

	it('gives each country the bounds and centre d3-geo gives it (what the map asks for)', () => {
		const planar = geoPath(planarProjection().scale(1).translate([0, 0]) as never);
		const close = (a: number, b: number) => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));
		for (const f of decodeShapes(encodedCountries())) {
			const { bounds, centroid } = planarSummary(f);
			const want = planar.bounds(f);
			expect(bounds).toEqual(want);
			const c = planar.centroid(f);
			expect(close(centroid[0], c[0]) && close(centroid[1], c[1])).toBe(true);
		}
		const some = projected.filter((f) => f.id !== '010');
		expect(planarBounds(some)).toEqual(
			planar.bounds({ type: 'FeatureCollection', features: some } as never)
		);
	});
});
