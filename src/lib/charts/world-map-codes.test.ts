import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALPHA2_TO_NUMERIC, numericCode } from './world-map-codes';
import { readElectionFolder } from '../server/load-dataset';
import { validateElectionFiles } from '../data/bundle';

interface Atlas {
	objects: { countries: { geometries: { id?: string; properties: { name: string } }[] } };
}
const atlas = JSON.parse(
	readFileSync(resolve('node_modules/world-atlas/countries-110m.json'), 'utf8')
) as Atlas;
const features = new Map(atlas.objects.countries.geometries.map((g) => [g.id, g.properties.name]));

describe('ALPHA2_TO_NUMERIC', () => {
	it.each([
		['PE', 'Peru'],
		['US', 'United States of America'],
		['DO', 'Dominican Rep.'],
		['GW', 'Guinea-Bissau'],
		['RU', 'Russia']
	])('%s is the atlas feature named %s', (code, name) => {
		expect(features.get(numericCode(code))).toBe(name);
	});

	it('names only features that exist in countries-110m', () => {
		for (const [alpha2, id] of Object.entries(ALPHA2_TO_NUMERIC))
			expect(features.has(id), `${alpha2} → ${id}`).toBe(true);
	});

	it('has no numeric code twice', () => {
		const ids = Object.values(ALPHA2_TO_NUMERIC);
		expect(new Set(ids).size).toBe(ids.length);
	});

	it('covers every government in the Venezuela 2024 data', () => {
		const { bundle } = validateElectionFiles(
			readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
		);
		const missing = bundle!.actors
			.filter((a) => a.kind === 'government' && a.country)
			.filter((a) => numericCode(a.country!) === undefined)
			.map((a) => a.country);
		expect(missing).toEqual([]);
	});

	it('is undefined for a code it does not list', () => expect(numericCode('ZZ')).toBeUndefined());
});
