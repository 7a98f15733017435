import { describe, expect, it } from 'vitest';
import {
	barLabel,
	buildShareChartConfig,
	describeShareChart,
	shareChartHeight
} from './share.config';
import type { ShareChartModel } from './share.config';
import { LIGHT_THEME } from './theme';
import { textOn } from './bar-labels';

const nbsp = (s: string) => s.replace(/\u00a0/g, ' ');

// CNE bulletin 1 (fact sheet §1b): computed shares agree with the announced ones at 1 decimal.
const bulletin1: ShareChartModel = {
	id: 'share-cne-bulletin-1',
	categories: [
		{ id: 'maduro', name: 'Maduro', color: '#D55E00' },
		{ id: 'gonzalez', name: 'González', color: '#0072B2' },
		{ id: 'others', name: 'Otros 8 candidatos (combinados)', color: '#8A8A8A' }
	],
	series: [
		{
			id: 'cne-bulletin-1',
			label: 'Boletín 1 del CNE (80 %)',
			values: [
				{ share: 51.1999971, votes: 5150092, announced: 51.2, announcedDigits: 1, differs: false },
				{ share: 44.1999989, votes: 4445978, announced: 44.2, announcedDigits: 1, differs: false },
				{ share: 4.6000039, votes: 462704, announced: 4.6, announcedDigits: 1, differs: false }
			]
		}
	],
	notes: []
};

// resultadosconvzla.com 81.21 % (fact sheet §2): "67 %" announced, 68.8 % of the two listed.
const paired: ShareChartModel = {
	...bulletin1,
	id: 'share-compare',
	series: [
		bulletin1.series[0]!,
		{
			id: 'opposition-81-21',
			label: 'Oposición: 81,21 %',
			values: [
				{ share: 31.18, votes: 3225819, announced: 30, announcedDigits: 0, differs: true },
				{ share: 68.82, votes: 7119768, announced: 67, announcedDigits: 0, differs: true },
				null
			]
		}
	]
};

describe('share chart config', () => {
	it('draws horizontal bars of computed shares, one colour per candidate, labelled on each bar', () => {
		const c = buildShareChartConfig(bulletin1, 'es', LIGHT_THEME);
		expect(c.type).toBe('bar');
		expect(c.options?.indexAxis).toBe('y');
		expect(c.data.datasets[0]!.data).toEqual([51.1999971, 44.1999989, 4.6000039]);
		expect(c.data.datasets[0]!.backgroundColor).toEqual(['#D55E00', '#0072B2', '#8A8A8A']);
		const labels = c.options?.plugins?.barLabels?.labels?.[0]?.map((l) => nbsp(String(l)));
		expect(labels).toEqual(['51,2 %', '44,2 %', '4,6 %']);
		expect(c.options?.animation).toBe(false); // LIGHT_THEME asks for reduced motion
		expect(c.options?.plugins?.legend?.display).toBe(false);
		// A long group name is wrapped on two lines rather than squeezing the bars at 360 px.
		expect(c.data.labels?.[2]).toEqual(['Otros 8 candidatos', '(combinados)']);
	});

	it('shows the announced share beside the computed one only where they differ', () => {
		const v = paired.series[1]!.values[1]!;
		expect(nbsp(barLabel(v, 'es'))).toBe('68,8 % (anunciado 67 %)');
		expect(barLabel(v, 'en')).toBe('68.8% (announced 67%)');
		expect(nbsp(barLabel(bulletin1.series[0]!.values[0]!, 'es'))).toBe('51,2 %');
	});

	it('pairs two releases: filled vs outlined bars, legend on, unpublished contestant is null', () => {
		const c = buildShareChartConfig(paired, 'en', { ...LIGHT_THEME, reducedMotion: false });
		expect(c.data.datasets).toHaveLength(2);
		expect(c.data.datasets[1]!.data).toEqual([31.18, 68.82, null]);
		expect(c.data.datasets[0]!.borderWidth).toBe(0);
		expect(c.data.datasets[1]!.borderWidth).toBe(2);
		expect(c.options?.plugins?.legend?.display).toBe(true);
		expect(c.options?.animation).not.toBe(false);
		expect(shareChartHeight(paired)).toBeGreaterThan(shareChartHeight(bulletin1));
	});

	it('describes the chart in one generated sentence', () => {
		expect(nbsp(describeShareChart(bulletin1, 'es'))).toBe(
			'En Boletín 1 del CNE (80 %), Maduro tiene el 51,2 % (anunciado 51,2 %) de los votos contados y González el 44,2 % (anunciado 44,2 %).'
		);
		expect(describeShareChart(paired, 'en')).toBe(
			'Most votes in each count: Boletín 1 del CNE (80 %), Maduro with 51.2% (announced 51.2%); Oposición: 81,21 %, González with 68.8% (announced 67%).'
		);
	});

	it('writes a computed share to the announced precision with the announced one beside it, and names the base', () => {
		// CNE bulletin 2 (fact sheet §1c): 6,408,844 / 12,335,884 = 51.953 %, announced "51.95 %".
		const b2: ShareChartModel = {
			id: 'b2',
			categories: bulletin1.categories.slice(0, 2),
			notes: [],
			series: [
				{
					id: 'cne-bulletin-2',
					label: 'CNE bulletin 2 (96.87 %)',
					base: 'valid',
					values: [
						{ share: 51.953, votes: 6408844, announced: 51.95, announcedDigits: 2, differs: false },
						{ share: 43.176, votes: 5326104, announced: 43.18, announcedDigits: 2, differs: false }
					]
				}
			]
		};
		const text = describeShareChart(b2, 'en');
		expect(text).toContain('51.95% (announced 51.95%)');
		expect(text).not.toContain('52.0%');
		expect(text).toContain('shares of valid votes');
		expect(barLabel(b2.series[0]!.values[0]!, 'en')).toBe('51.95%');
	});

	it('picks black or white text for contrast on a bar', () => {
		expect(textOn('#0072B2')).toBe('#ffffff');
		expect(textOn('#E69F00')).toBe('#000000');
	});
});
