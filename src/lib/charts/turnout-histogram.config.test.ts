import { describe, expect, it } from 'vitest';
import {
	binLabel,
	buildTurnoutHistogramConfig,
	describeTurnoutHistogram,
	turnoutBars,
	type TurnoutHistogramModel
} from './turnout-histogram.config';
import { LIGHT_THEME } from './theme';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

const model: TurnoutHistogramModel = {
	bins: Array.from({ length: 20 }, (_, i) => ({
		from: i * 5,
		to: (i + 1) * 5,
		count: i === 12 ? 6163 : i === 19 ? 30 : 1
	})),
	over100: 0,
	median: 61.58090894004698,
	overall: 60.0739556114178,
	threshold: 95,
	atOrAbove: 30,
	withRegistered: 24532
};

describe('turnout histogram', () => {
	it('labels bands in each locale', () => {
		expect(sp(binLabel(60, 65, 'es'))).toBe('60–65 %');
		expect(binLabel(60, 65, 'en')).toBe('60–65%');
		expect(binLabel(100, undefined, 'en')).toBe('over 100%');
	});

	it('adds a bar above 100 % only when a sheet is there', () => {
		expect(turnoutBars(model, 'en')).toHaveLength(20);
		const bars = turnoutBars({ ...model, over100: 2 }, 'en');
		expect(bars).toHaveLength(21);
		expect(bars[20]).toEqual({ label: 'over 100%', count: 2, high: true });
	});

	it('describes the distribution in one sentence', () => {
		expect(describeTurnoutHistogram(model, 'en')).toBe(
			'Turnout of 24,532 sheets: median 61.6%, overall 60.1%; the most common band is 60–65% (6,163 sheets); 30 sheets at or above 95%.'
		);
		expect(sp(describeTurnoutHistogram(model, 'es'))).toBe(
			'Participación de 24.532 actas: mediana 61,6 %, total 60,1 %; la franja más frecuente es 60–65 % (6163 actas); 30 actas con 95 % o más.'
		);
		expect(describeTurnoutHistogram({ ...model, withRegistered: 0, median: undefined }, 'en')).toBe(
			'No sheet gives the number of registered electors.'
		);
	});

	it('draws one bar per band, the high bands darker, no animation when motion is reduced', () => {
		const c = buildTurnoutHistogramConfig(model, 'en', LIGHT_THEME);
		expect(c.data.labels).toHaveLength(20);
		expect(c.data.datasets[0]!.data[12]).toBe(6163);
		const colors = c.data.datasets[0]!.backgroundColor as string[];
		expect(colors[19]).not.toBe(colors[12]);
		expect(c.options?.animation).toBe(false);
	});
});
