import { describe, expect, it } from 'vitest';
import { buildClaimBarsConfig } from './claim-bars.config';
import { LIGHT_THEME } from './theme';
import type { ClaimChartModel } from '../views/claims-page';

const model: ClaimChartModel = {
	id: 'c',
	title: 'Claimed against reported',
	description: 'd',
	axisLabel: '% of the votes',
	categories: ['González', 'Maduro'],
	series: [
		{ label: 'Claimed (PUD)', legend: 'Claimed', kind: 'claimed', values: [67, 30] },
		{
			label: 'CNE bulletin 1, 29 July',
			legend: 'CNE bulletin 1',
			kind: 'reported',
			values: [44.1999989, 51.1999971]
		},
		{
			label: 'Opposition 81.21 %, 31 July',
			legend: 'Opposition 81.21 %',
			kind: 'reported',
			values: [67.08, null]
		}
	],
	table: { caption: 'c', head: [], rows: [] }
};

describe('buildClaimBarsConfig', () => {
	it('pairs claimed and reported bars per candidate, claimed outlined', () => {
		const c = buildClaimBarsConfig(model, 'en', LIGHT_THEME);
		expect(c.data.labels).toEqual(['González', 'Maduro']);
		const [claimed, cne, opp] = c.data.datasets;
		expect(claimed!.data).toEqual([67, 30]);
		expect(c.data.datasets.map((d) => d.label)).toEqual([
			'Claimed',
			'CNE bulletin 1',
			'Opposition 81.21 %'
		]);
		expect(claimed!.backgroundColor).toBe('transparent');
		expect(claimed!.borderWidth).toBe(2);
		expect(cne!.backgroundColor).not.toBe(opp!.backgroundColor);
		expect(opp!.data).toEqual([67.08, null]);
	});

	it('puts a long category on two lines, so the axis does not cut it at 360 px', () => {
		const long = { ...model, categories: ['Maduro', 'Otros 8 candidatos (combinados)'] };
		expect(buildClaimBarsConfig(long, 'es', LIGHT_THEME).data.labels).toEqual([
			'Maduro',
			['Otros 8 candidatos', '(combinados)']
		]);
		// …and every category keeps its label (chart.js would skip one crowded by a two-line label).
		const y = buildClaimBarsConfig(long, 'es', LIGHT_THEME).options!.scales!.y as {
			ticks: { autoSkip?: boolean };
		};
		expect(y.ticks.autoSkip).toBe(false);
	});
	it('turns animation off for reduced motion and formats ticks and tooltips per locale', () => {
		const c = buildClaimBarsConfig(model, 'es', LIGHT_THEME);
		expect(c.options!.animation).toBe(false);
		const x = c.options!.scales!.x as { ticks: { callback: (v: number) => string } };
		expect(x.ticks.callback(50)).toBe('50\u00a0%');
		const label = c.options!.plugins!.tooltip!.callbacks!.label as unknown as (i: object) => string;
		expect(label({ dataset: { label: 'CNE' }, raw: 44.1999989 })).toBe('CNE: 44,20\u00a0%');
		expect(label({ dataset: { label: 'Opp' }, raw: null })).toBe('Opp: —');
	});
	it('keeps animation on when motion is allowed, and does not mutate the model', () => {
		const before = JSON.stringify(model);
		const c = buildClaimBarsConfig(model, 'en', { ...LIGHT_THEME, reducedMotion: false });
		expect(c.options!.animation).toEqual({ duration: 400 });
		expect(JSON.stringify(model)).toBe(before);
	});
});
