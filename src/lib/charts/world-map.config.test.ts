import { describe, expect, it, vi } from 'vitest';
import type { ActiveElement, Chart, ChartEvent, TooltipItem } from 'chart.js';
import { buildWorldMapConfig, type CountryFeature } from './world-map.config';
import { LIGHT_THEME } from './theme';
import type { StanceMapModel } from '../views/statements-map';

const square = (id: string, name: string): CountryFeature => ({
	type: 'Feature',
	id,
	properties: { name },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]
	}
});
const features = [
	square('604', 'Peru'),
	square('643', 'Russia'),
	square('010', 'Antarctica'),
	square('250', 'France')
];
const model: StanceMapModel = {
	asOf: '2024-09-05',
	countries: [
		{
			code: 'PE',
			numeric: '604',
			actorId: 'pe',
			name: 'Perú',
			stance: 'other',
			stanceNote: undefined,
			statementId: 'pe-2',
			date: '2024-09-05',
			dateApprox: false
		},
		{
			code: 'RU',
			numeric: '643',
			actorId: 'ru',
			name: 'Rusia',
			stance: 'recognises',
			stanceNote: undefined,
			statementId: 'ru-1',
			date: '2024-07-29',
			dateApprox: false
		}
	],
	counts: []
};

describe('buildWorldMapConfig', () => {
	const c = buildWorldMapConfig(features, model, 'es', LIGHT_THEME);
	const ds = c.data.datasets[0]!;

	it('labels countries with the page-locale names and leaves Antarctica out', () => {
		expect(c.data.labels).toEqual(['Perú', 'Rusia', 'France']);
	});

	it('fills each country by its stance and the rest grey', () => {
		expect(ds.backgroundColor).toEqual(['#9a4b8a', '#c75400', '#e3e3e3']);
	});

	it('uses the fills it is given (patterns in the browser)', () => {
		const withFills = buildWorldMapConfig(features, model, 'es', LIGHT_THEME, {
			other: 'pattern-other',
			none: 'pattern-none'
		});
		expect(withFills.data.datasets[0]!.backgroundColor).toEqual([
			'pattern-other',
			'#c75400',
			'pattern-none'
		]);
	});

	it('has text tooltips: country and stance', () => {
		const label = c.options!.plugins!.tooltip!.callbacks!.label as (
			i: TooltipItem<'choropleth'>
		) => string;
		expect(label({ dataIndex: 0 } as TooltipItem<'choropleth'>)).toBe('Perú: Otra postura');
		expect(label({ dataIndex: 2 } as TooltipItem<'choropleth'>)).toBe(
			'France: Sin declaración en los datos'
		);
	});

	it('reports the alpha-2 code of a clicked country', () => {
		const onSelect = vi.fn();
		const cfg = buildWorldMapConfig(features, model, 'es', LIGHT_THEME, {}, onSelect);
		const click = cfg.options!.onClick as (e: ChartEvent, a: ActiveElement[], c: Chart) => void;
		click({} as ChartEvent, [{ index: 1 } as ActiveElement], {} as Chart);
		click({} as ChartEvent, [{ index: 2 } as ActiveElement], {} as Chart);
		expect(onSelect.mock.calls).toEqual([['RU'], [undefined]]);
	});

	it('is drawn once, without animation, even when motion is allowed (each frame re-projects the world)', () => {
		const moving = buildWorldMapConfig(features, model, 'es', {
			...LIGHT_THEME,
			reducedMotion: false
		});
		expect(moving.options!.animation).toBe(false);
	});
});
