import { describe, expect, it } from 'vitest';
import { buildReleaseSheetNote, buildSheetChecksLinks } from './sheet-checks-links';
import { loadDataset } from '../server/load-dataset';
import type { Snapshot } from '../schemas/tabulation';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
/** As if only the 81.7 % release had sheet rows (the data's `sheets` field is read by the route). */
const rowsOf = (s: Snapshot) => (s.id === 'opposition-81-7' ? 24532 : undefined);

describe('buildSheetChecksLinks', () => {
	it('links the releases with sheets and says the official series has none', () => {
		const m = buildSheetChecksLinks(bundle, 'en', rowsOf)!;
		expect(m.available).toEqual([
			{ snapshotId: 'opposition-81-7', label: expect.any(String), rows: 24532 }
		]);
		expect(m.officialWithout).toHaveLength(1);
		expect(m.officialWithout[0]!.publisher).toMatch(/CNE/);
	});

	it('is still there without sheets, for the official series’ explanation', () => {
		const m = buildSheetChecksLinks(bundle, 'es', () => undefined)!;
		expect(m.available).toEqual([]);
		expect(m.officialWithout).toHaveLength(1);
	});

	it('is undefined when there is nothing to say', () => {
		const noOfficial = {
			...bundle,
			tabulations: bundle.tabulations.filter((t) => t.kind !== 'official-bulletins')
		};
		expect(buildSheetChecksLinks(noOfficial, 'es', () => undefined)).toBeUndefined();
	});
});

describe('buildReleaseSheetNote', () => {
	it('links a release with sheets, explains the official ones, and the others', () => {
		expect(buildReleaseSheetNote(bundle, 'opposition-81-7', 'en', rowsOf)).toEqual({
			kind: 'available',
			rows: 24532
		});
		expect(buildReleaseSheetNote(bundle, 'cne-bulletin-1', 'en', rowsOf)).toMatchObject({
			kind: 'official'
		});
		expect(buildReleaseSheetNote(bundle, 'opposition-73-2', 'en', rowsOf)).toEqual({
			kind: 'none'
		});
	});
});
