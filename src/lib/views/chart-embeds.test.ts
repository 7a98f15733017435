import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import { buildChartEmbed, bundleAsOf, chartEmbedEntries } from './chart-embeds';

const bundle = getElection('venezuela-2024')!;

describe('chart embeds', () => {
	it('a pinned embed knows only the releases published at or before its own', () => {
		const b1 = bundleAsOf(bundle, 'cne-bulletin-1');
		expect(b1.tabulations.flatMap((t) => t.snapshots.map((s) => s.id))).toEqual(['cne-bulletin-1']);
		const live = buildChartEmbed(bundle, 'en', { chart: 'coverage' });
		const pinned = buildChartEmbed(bundle, 'en', { chart: 'coverage', snapshot: 'cne-bulletin-1' });
		expect(pinned?.pinned?.snapshotId).toBe('cne-bulletin-1');
		expect(live?.pinned).toBeUndefined();
		// Live: both counts; pinned to bulletin 1: only the CNE had published.
		expect(live?.releases.map((r) => r.tabulationId)).toHaveLength(2);
		expect(pinned?.releases.map((r) => r.snapshotId)).toEqual(['cne-bulletin-1']);
	});

	it('a pinned statements map counts only the statements of its day or before', () => {
		const live = buildChartEmbed(bundle, 'en', { chart: 'statements' });
		const pinned = buildChartEmbed(bundle, 'en', {
			chart: 'statements',
			snapshot: 'cne-bulletin-1'
		});
		if (live?.chart !== 'statements' || pinned?.chart !== 'statements') throw new Error('kind');
		expect(pinned.total).toBeLessThan(live.total);
		for (const c of pinned.map.countries) expect(c.date < '2024-07-29').toBe(true);
	});

	it('a states map exists only for a release with results by state', () => {
		expect(
			buildChartEmbed(bundle, 'es', { chart: 'states', snapshot: 'cne-bulletin-1' })
		).toBeUndefined();
		const entries = chartEmbedEntries(bundle);
		expect(entries.filter((e) => e.chart === 'states' && e.snapshot)).not.toHaveLength(0);
		for (const e of entries) expect(buildChartEmbed(bundle, 'es', e)).toBeDefined();
	}, 30_000);
});
