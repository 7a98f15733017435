import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/server/load-dataset';
import { SIZES, syntheticElection, writeSynthetic } from '../../scripts/bench/synthetic.js';

describe('synthetic benchmark data', () => {
	it('writes N election folders that pass the data checks, at the stated sizes', () => {
		const dir = mkdtempSync(join(tmpdir(), 'synthetic-'));
		writeSynthetic(3, dir);
		expect(readdirSync(dir).sort()).toEqual(['synthetic-001', 'synthetic-002', 'synthetic-003']);
		const { elections, errors } = loadDataset(dir);
		expect(errors).toEqual([]);
		expect(elections).toHaveLength(3);
		const e = elections[0]!;
		expect(e.tabulations).toHaveLength(SIZES.tabulations);
		expect(e.tabulations[0]!.snapshots).toHaveLength(SIZES.snapshots);
		expect(e.tabulations[0]!.snapshots[0]!.regions).toHaveLength(SIZES.regions);
		expect(e.statements).toHaveLength(SIZES.statements);
		expect(e.claims).toHaveLength(SIZES.claims);
	});

	it('is deterministic', () => {
		expect(JSON.stringify(syntheticElection(7))).toBe(JSON.stringify(syntheticElection(7)));
	});
});
