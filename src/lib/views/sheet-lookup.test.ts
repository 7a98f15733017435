import { describe, expect, it } from 'vitest';
import { FX_SHEETS, levelsFixture } from './levels.fixture';
import { descendantsOf, indexRegions } from './region-levels';
import {
	buildLookupFile,
	centresIn,
	childRegions,
	readLookupFile,
	regionIds,
	regionPath,
	safeHttpUrl,
	sheetShares,
	tablesIn,
	type LookupData
} from './sheet-lookup';

const bundle = levelsFixture();
const index = indexRegions(bundle.election, 'es');
const fileOf = (state: string) =>
	buildLookupFile(
		'fx',
		'with-sheets',
		state,
		['a', 'b', 'c'],
		descendantsOf(index, state).map((id) => index.byId.get(id)!),
		FX_SHEETS.filter((s) => s.region.startsWith(state === 's1' ? 'p-1-' : 'p-2-'))
	);
/** The file as the browser receives it: through JSON. */
const read = (file: unknown) => readLookupFile(JSON.parse(JSON.stringify(file))) as LookupData;

describe('the lookup file of a state', () => {
	it('holds the state’s regions and sheets and reads back to the same figures', () => {
		const file = fileOf('s1');
		expect(file.regions.map((r) => r[0])).toEqual([
			'm-1-1',
			'p-1-1-1',
			'p-1-1-2',
			'm-1-2',
			'p-1-2-1'
		]);
		expect(file.sheets[0]).toEqual([
			'C1-1',
			'p-1-1-1',
			'C1',
			'1',
			100,
			85,
			1,
			50,
			30,
			5,
			'https://img.example.org/C1-1.jpg'
		]);
		const data = read(file);
		expect(data.sheets).toHaveLength(4);
		// C3-1 has no registered count and no image in the sheet file.
		const c3 = data.sheets.find((s) => s.sheet === 'C3-1')!;
		expect([c3.registered, c3.image, c3.votes]).toEqual([undefined, undefined, [5, 30, 1]]);
	});

	it('walks state → municipality → parish → centre → table', () => {
		const data = read(fileOf('s1'));
		expect(childRegions(data, 's1').map((r) => r.name)).toEqual(['MP. UNO', 'MP. DOS']);
		expect(childRegions(data, 'm-1-1').map((r) => r.id)).toEqual(['p-1-1-1', 'p-1-1-2']);
		expect(centresIn(data, 'p-1-1-1')).toEqual([{ centre: 'C1', sheets: 2 }]);
		expect(tablesIn(data, 'p-1-1-1', 'C1').map((s) => s.table)).toEqual(['1', '2']);
		expect(tablesIn(data, 'p-1-1-1', 'C9')).toEqual([]);
	});

	it('walks back from a sheet to its regions (a linked sheet chooses every select)', () => {
		const data = read(fileOf('s1'));
		const sheet = tablesIn(data, 'p-1-2-1', 'C3')[0]!;
		expect(regionPath(data, sheet, 'Alfa')).toEqual(['Alfa', 'MP. DOS', 'PQ. PEÑALVER']);
		expect(regionIds(data, sheet, 's1')).toEqual(['m-1-2', 'p-1-2-1']);
	});

	it('orders codes numerically and computes shares of the valid votes', () => {
		const data = read(fileOf('s2'));
		expect(childRegions(data, 'm-2-1').map((r) => r.code)).toEqual(['1', '10']);
		// C4-1: 70, 10, 3 of 83 valid.
		const c4 = tablesIn(data, 'p-2-1-1', 'C4')[0]!;
		expect(sheetShares(c4)).toEqual([(70 / 83) * 100, (10 / 83) * 100, (3 / 83) * 100]);
		expect(sheetShares({ valid: 0, votes: [0] })[0]).toBeNaN();
	});

	it('drops any image link that is not http(s)', () => {
		expect(safeHttpUrl('http://x.org/a.jpg')).toBe('http://x.org/a.jpg');
		for (const bad of [
			'javascript:alert(1)',
			'data:image/png;base64,AA',
			'ftp://x.org/a',
			'no url',
			3
		])
			expect(safeHttpUrl(bad)).toBeUndefined();
		const file = fileOf('s2');
		file.sheets[0]![file.sheets[0]!.length - 1] = 'javascript:alert(1)';
		expect(read(file).sheets[0]!.image).toBeUndefined();
	});

	it('says what is wrong with a file it cannot read, by path', () => {
		expect(readLookupFile(null)).toEqual({ error: 'file: expected an object, got null' });
		expect(readLookupFile({ ...fileOf('s1'), version: 2 })).toEqual({
			error: 'version: expected 1, got 2'
		});
		const short = fileOf('s1');
		short.sheets[1] = short.sheets[1]!.slice(0, 5);
		expect(readLookupFile(short)).toMatchObject({
			error: expect.stringMatching(/^sheets\[1\]: expected 11 fields/)
		});
		const negative = fileOf('s1');
		negative.sheets[2]![7] = -1;
		expect(readLookupFile(negative)).toMatchObject({
			error: expect.stringMatching(/^sheets\[2\]: expected/)
		});
		const region = fileOf('s1');
		(region.regions as unknown[])[0] = ['m-1-1', 1];
		expect(readLookupFile(region)).toMatchObject({ error: expect.stringMatching(/^regions\[0\]/) });
	});
});
