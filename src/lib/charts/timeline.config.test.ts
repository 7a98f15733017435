import { describe, expect, it } from 'vitest';
import {
	buildTimelineConfig,
	dayLabel,
	describeTimeline,
	type TimelineModel
} from './timeline.config';
import { LIGHT_THEME } from './theme';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');
const b1 = Date.parse('2024-07-29T00:06:00-04:00');
const midday = (d: number) => Date.UTC(2024, 7, d, 16); // 12:00 Caracas (UTC−4)

// CNE 80 % → 96.87 % and the opposition's 73.2 % → 83.5 % (fact sheet §1, §2).
const model: TimelineModel = {
	id: 'timeline',
	timeZone: 'America/Caracas',
	zoneName: 'hora de Venezuela',
	range: [Date.UTC(2024, 6, 29, 4), Date.UTC(2024, 7, 7, 4)],
	notes: [],
	lines: [
		{
			id: 'cne-maduro',
			candidate: 'Maduro',
			tabulation: 'Boletines del CNE',
			official: true,
			color: '#D55E00',
			points: [
				{
					snapshotLabel: 'B1',
					when: '2024-07-29T00:06:00-04:00',
					coverage: 80,
					time: b1,
					dateOnly: false,
					share: 51.2,
					partial: false
				},
				{
					snapshotLabel: 'B2',
					when: '2024-08-02',
					coverage: 96.87,
					time: midday(2),
					dateOnly: true,
					share: 51.95,
					partial: false
				}
			]
		},
		{
			id: 'opp-gonzalez',
			candidate: 'González',
			tabulation: 'Actas recopiladas por la oposición',
			official: false,
			color: '#0072B2',
			points: [
				{
					snapshotLabel: '73,2',
					when: '2024-07-29',
					coverage: 73.2,
					time: Date.UTC(2024, 6, 29, 16),
					dateOnly: true,
					share: 69.46,
					partial: true
				},
				{
					snapshotLabel: '83,5',
					when: '2024-08-06',
					coverage: 83.5,
					time: midday(6),
					dateOnly: true,
					share: 67.08,
					partial: false
				}
			]
		}
	]
};

describe('timeline config', () => {
	it('against coverage: x is the % counted on a 0–100 linear axis', () => {
		const c = buildTimelineConfig(model, 'es', LIGHT_THEME, 'coverage');
		expect(c.type).toBe('line');
		expect(c.data.datasets[0]!.data).toEqual([
			{ x: 80, y: 51.2 },
			{ x: 96.87, y: 51.95 }
		]);
		const x = c.options?.scales?.x as { min: number; max: number; type: string };
		expect([x.type, x.min, x.max]).toEqual(['linear', 0, 100]);
	});

	it('against time: x in ms from local midnight, ticks every day; dashes tell tabulations apart', () => {
		const c = buildTimelineConfig(model, 'en', LIGHT_THEME, 'time');
		expect(c.data.datasets[0]!.data[0]).toEqual({ x: b1, y: 51.2 });
		const x = c.options?.scales?.x as { min: number; max: number; ticks: { stepSize: number } };
		expect(x.min).toBe(model.range[0]);
		expect(x.ticks.stepSize).toBe(86_400_000);
		expect(c.data.datasets[0]!.borderDash).toEqual([]);
		expect(c.data.datasets[1]!.borderDash).toEqual([6, 4]);
		expect(c.data.datasets[1]!.pointStyle).toBe('rectRot');
		expect(c.data.datasets[1]!.label).toBe('González · Actas recopiladas por la oposición');
	});

	it('names the release in the tooltip, on either axis (not the x value as a bare number)', () => {
		for (const axis of ['coverage', 'time'] as const) {
			const c = buildTimelineConfig(model, 'es', LIGHT_THEME, axis);
			const cb = c.options!.plugins!.tooltip!.callbacks! as unknown as {
				title: (items: object[]) => string[];
				label: (item: object) => string;
			};
			const item = (datasetIndex: number, dataIndex: number) => ({
				datasetIndex,
				dataIndex,
				dataset: c.data.datasets[datasetIndex]
			});
			expect(cb.title([item(0, 1)])).toEqual(['B2']);
			expect(cb.title([item(0, 1), item(1, 1)])).toEqual(['B2', '83,5']);
			expect(nbsp(cb.label(item(0, 1)))).toBe('Maduro · Boletines del CNE: 52,0 %');
			// A release that published only some candidates keeps its mark.
			expect(nbsp(cb.label(item(1, 0)))).toBe(
				'González · Actas recopiladas por la oposición: 69,5 % *'
			);
		}
	});

	it('labels days in the election’s time zone', () => {
		// 00:06 Caracas on 29 July is 04:06 UTC: still 29 July there.
		expect(dayLabel(b1, 'en', 'America/Caracas')).toBe('Jul 29');
		expect(dayLabel(Date.UTC(2024, 6, 30, 2), 'es', 'America/Caracas')).toBe('29 jul');
	});

	it('describes both axes in one sentence', () => {
		expect(nbsp(describeTimeline(model, 'es', 'coverage'))).toBe(
			'Cada cuenta avanza por separado: Boletines del CNE, del 80,0 % al 96,9 % de las actas; Actas recopiladas por la oposición, del 73,2 % al 83,5 % de las actas.'
		);
		expect(describeTimeline(model, 'en', 'time')).toBe(
			'Releases from Jul 29 to Aug 6: Boletines del CNE, 2 releases; Actas recopiladas por la oposición, 2 releases.'
		);
	});
});
