import { describe, expect, it } from 'vitest';
import { buildSheetChecksPage, LIST_CAP, sheetSnapshotIds } from './sheet-checks-page';
import { topRegionOf } from './sheet-regions';
import { loadDataset, loadSheets } from '../server/load-dataset';
import { generateSheets } from '../results/generate-sheets';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
const { groupOf, nameOf } = topRegionOf(bundle.election.regions);
const input = (rows = loadSheets('venezuela-2024', 'opposition-81-7')!) => ({
	rows,
	file: 'sheets/opposition-81-7.csv',
	sourceIds: ['github-enyer182-resultados-csv'],
	groupOf,
	regionName: nameOf,
	regionLevelName: 'Estado'
});

describe('sheetSnapshotIds', () => {
	it('lists the releases that declare sheet rows', () => {
		expect(sheetSnapshotIds(bundle, (s) => !!s.sheets)).toEqual(['opposition-81-7']);
	});
});

describe('buildSheetChecksPage', () => {
	it('computes the 81.7 % release’s checks from its 24,532 sheets (data README: every sheet adds up)', () => {
		const page = buildSheetChecksPage(bundle, 'opposition-81-7', input(), 'es')!;
		expect(page.sheets).toBe(24532);
		expect(page.consistency.failingTotal).toBe(0);
		expect(page.consistency.withoutRegistered).toBe(0);
		expect(page.releaseTotals).toMatchObject({ valid: 10659128, null: 1139, electors: 17745239 });
		// Sheet turnout over all sheets: voters 10,660,267 / registered 17,745,239 (data README).
		expect(page.turnout.overall).toBeCloseTo((10660267 / 17745239) * 100, 10);
		expect(page.highTurnout).toHaveLength(page.turnout.atOrAbove);
		expect(page.highTurnout.every((s) => s.turnout >= 95)).toBe(true);
		expect(page.digits.map((d) => [d.candidate, d.votes])).toEqual([
			['gonzalez', 7156462],
			['maduro', 3241461]
		]);
		expect(page.fingerprint?.name).toBe('González');
		expect(page.fingerprint?.placed).toBe(24532);
	});

	it('reports by state, in the election’s order, every sheet once', () => {
		const page = buildSheetChecksPage(bundle, 'opposition-81-7', input(), 'en')!;
		expect(page.byRegion).toHaveLength(24);
		expect(page.byRegion[0]!.region).toBe('distrito-capital');
		expect(page.byRegion.reduce((s, r) => s + r.sheets, 0)).toBe(24532);
		expect(page.unassigned).toBe(0);
		// A high-turnout sheet names its parish and its state.
		expect(page.highTurnout[0]!.place).toMatch(/^.+, .+$/);
	});

	it('caps the lists, never the counts', () => {
		// Generated sheets in one parish, all at 100 % turnout and none adding up.
		const parish = bundle.election.regions.find((r) => r.level === 'parish')!.id;
		const rows = generateSheets(LIST_CAP + 20, {
			candidates: bundle.election.candidates.map((c) => c.id),
			regions: [parish]
		}).map((r) => ({ ...r, valid: r.valid + 1, registered: r.valid + r.null + 1 }));
		const page = buildSheetChecksPage(bundle, 'opposition-81-7', input(rows), 'en')!;
		expect(page.consistency.failingTotal).toBe(LIST_CAP + 20);
		expect(page.consistency.failing).toHaveLength(LIST_CAP);
		expect(page.turnout.atOrAbove).toBe(LIST_CAP + 20);
		expect(page.highTurnout).toHaveLength(LIST_CAP);
	});

	it('is undefined for an unknown release', () => {
		expect(buildSheetChecksPage(bundle, 'nope', input([]), 'es')).toBeUndefined();
	});
});
