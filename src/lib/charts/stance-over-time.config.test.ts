import { describe, expect, it } from 'vitest';
import { buildStanceOverTimeConfig, countTick } from './stance-over-time.config';
import { formatInteger } from '../i18n/format';
import { LIGHT_THEME } from './theme';
import type { StanceSeries } from '../results/stances';

const series: StanceSeries = {
	orderUnknown: [],
	days: ['2024-07-29', '2024-07-30', '2024-07-31'],
	counts: {
		recognises: [1, 1, 1],
		'asks-verification': [2, 1, 1],
		rejects: [0, 1, 0],
		other: [0, 0, 1]
	},
	changeDays: ['2024-07-29', '2024-07-30', '2024-07-31']
};

describe('buildStanceOverTimeConfig', () => {
	it('has one stepped line per stance with the counts, labelled in the page locale', () => {
		const c = buildStanceOverTimeConfig(series, 'es', LIGHT_THEME);
		expect(c.data.datasets.map((d) => d.label)).toEqual([
			'Reconoce el resultado',
			'Pide las actas o su verificación',
			'Rechaza el resultado o reconoce a la oposición',
			'Otra postura'
		]);
		expect(c.data.datasets[2]!.data).toEqual([0, 1, 0]);
		expect(c.data.labels).toEqual(['29 jul 2024', '30 jul 2024', '31 jul 2024']);
		expect(c.data.datasets.every((d) => d.stepped === true)).toBe(true);
	});

	it('tells the lines apart by dash and point shape, not only colour', () => {
		const c = buildStanceOverTimeConfig(series, 'en', LIGHT_THEME);
		const dashes = c.data.datasets.map((d) => JSON.stringify(d.borderDash));
		const points = c.data.datasets.map((d) => d.pointStyle);
		expect(new Set(dashes).size).toBe(4);
		expect(new Set(points).size).toBe(4);
	});

	it('turns animation off for readers who ask for reduced motion', () => {
		expect(buildStanceOverTimeConfig(series, 'en', LIGHT_THEME).options?.animation).toBe(false);
		const moving = buildStanceOverTimeConfig(series, 'en', {
			...LIGHT_THEME,
			reducedMotion: false
		});
		expect(moving.options?.animation).toBeTruthy();
	});

	it('uses dark-page colours in dark mode', () => {
		const light = buildStanceOverTimeConfig(series, 'en', LIGHT_THEME);
		const dark = buildStanceOverTimeConfig(series, 'en', { ...LIGHT_THEME, dark: true });
		expect(dark.data.datasets[0]!.borderColor).not.toBe(light.data.datasets[0]!.borderColor);
	});

	it('takes the days as the page wrote them, and writes counts as Intl does, without it', () => {
		const labels = ['29 de julio', '30 de julio', '31 de julio'];
		expect(buildStanceOverTimeConfig(series, 'es', LIGHT_THEME, labels).data.labels).toEqual(
			labels
		);
		// Labels that do not fit the days are not used.
		expect(buildStanceOverTimeConfig(series, 'es', LIGHT_THEME, ['x']).data.labels).toEqual([
			'29 jul 2024',
			'30 jul 2024',
			'31 jul 2024'
		]);
		for (const locale of ['es', 'en'] as const)
			for (const v of [0, 1, 7, 10, 25, 50, 120, 999, 1000, 12345, -3])
				expect(countTick(v, locale)).toBe(formatInteger(v, locale));
	});
});
