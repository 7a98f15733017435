import { describe, expect, it } from 'vitest';
import { levelsFixture } from './levels.fixture';
import { buildStateBreakdown } from './state-breakdown';

const bundle = levelsFixture();

describe('buildStateBreakdown', () => {
	it('lists a state’s municipalities and parishes with votes, leader and sheets', () => {
		const [entry, ...rest] = buildStateBreakdown(bundle, 's1', 'en');
		expect(rest).toEqual([]);
		expect(entry!.snapshotId).toBe('with-sheets');
		expect(entry!.sheets).toBe(6);
		expect(entry!.columns.map((c) => c.shortName)).toEqual(['Alba', 'Bravo', 'Cruz']);
		expect(entry!.tables.map((t) => t.level.name)).toEqual(['Municipality', 'Parish']);
		const [munis, parishes] = entry!.tables;
		// MP. UNO: Alba 80, Bravo 85, Cruz 5 over 3 sheets; null 1 + 0 + 2.
		expect(munis!.rows[0]).toMatchObject({
			name: 'MP. UNO',
			parentName: undefined,
			votes: [80, 85, 5],
			total: 170,
			leaderName: 'Bravo',
			unitsCounted: 3,
			null: 3
		});
		expect(munis!.rows[0]!.marginPoints).toBeCloseTo((5 / 170) * 100, 10);
		expect(parishes!.rows.map((r) => [r.name, r.parentName, r.leaderName, r.tie])).toEqual([
			['PQ. UNO', 'MP. UNO', 'Bravo', false],
			['PQ. DOS', 'MP. UNO', undefined, true],
			['PQ. PEÑALVER', 'MP. DOS', 'Bravo', false]
		]);
		expect(parishes!.rows[1]!.marginPoints).toBeUndefined();
	});

	it('is empty for a region without finer results and for an unknown one', () => {
		expect(buildStateBreakdown(bundle, 'p-1-1-1', 'en')).toEqual([]);
		expect(buildStateBreakdown(bundle, 'nowhere', 'en')).toEqual([]);
	});
});
