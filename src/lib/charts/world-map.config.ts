import type { ChartConfiguration } from 'chart.js';
import type { Feature, Geometry } from 'geojson';
import type {} from 'chartjs-chart-geo'; // the 'choropleth' chart type's declarations
import { t, type Locale } from '../i18n';
import { STANCES, type Stance } from '../schemas/enums';
import type { StanceMapModel } from '../views/statements-map';
import type { ChartTheme } from './theme';
import { NO_STANCE, stanceColor } from './stance-style';

/** A world-atlas country: its id is the ISO 3166-1 numeric code. */
export type CountryFeature = Feature<Geometry, { name: string }>;

/** Fills per stance (and for "no statement"); the component passes canvas patterns. */
export type StanceFills = Partial<Record<Stance | 'none', string | CanvasPattern>>;

/** Antarctica takes a fifth of an equal-area world map and has no government to colour. */
const LEFT_OUT = new Set(['010']);

/**
 * A choropleth of the world: each country filled by its government's latest stance, every other
 * country grey. Tooltips are text: the country's name in the page locale and its stance.
 * `onSelect` receives the alpha-2 code of a clicked country with a stance (undefined otherwise).
 * @example buildWorldMapConfig(features, map, 'en', LIGHT_THEME).data.labels?.includes('Peru') // true
 */
export function buildWorldMapConfig(
	features: readonly CountryFeature[],
	model: StanceMapModel,
	locale: Locale,
	theme: ChartTheme,
	fills: StanceFills = {},
	onSelect?: (code: string | undefined) => void
): ChartConfiguration<'choropleth'> {
	const shown = features.filter((f) => !LEFT_OUT.has(String(f.id)));
	const byNumeric = new Map(model.countries.map((c) => [c.numeric, c]));
	const rows = shown.map((f) => byNumeric.get(String(f.id)));
	const fill = (stance: Stance | undefined) =>
		stance
			? (fills[stance] ?? stanceColor(stance, theme.dark))
			: (fills.none ?? (theme.dark ? NO_STANCE.dark : NO_STANCE.light));
	const stanceLabel = (stance: Stance | undefined) =>
		t(locale, stance ? `statements.stance.${stance}` : 'statements.stance.none');
	return {
		type: 'choropleth',
		data: {
			labels: shown.map((f, i) => rows[i]?.name ?? f.properties.name),
			datasets: [
				{
					label: t(locale, 'statements.mapTitle'),
					outline: shown as CountryFeature[],
					showOutline: false,
					data: shown.map((f, i) => ({
						feature: f as CountryFeature,
						value: rows[i] ? STANCES.indexOf(rows[i].stance) : -1
					})),
					backgroundColor: rows.map((r) => fill(r?.stance)),
					borderColor: theme.dark ? '#121417' : '#ffffff',
					borderWidth: 0.5,
					hoverBorderColor: theme.fg,
					hoverBorderWidth: 1.5
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// Never animated: each frame re-projects every country (d3-geo), and the fade-in said
			// nothing; a phone-speed CPU spent over a second of blocked main thread on it.
			animation: false,
			onClick: (_event, elements) => {
				const i = elements[0]?.index;
				onSelect?.(i === undefined ? undefined : rows[i]?.code);
			},
			scales: {
				projection: { axis: 'x', projection: 'equalEarth' },
				// Not shown (the legend is HTML): no tick labels to format or measure either.
				color: { axis: 'x', display: false, ticks: { display: false, callback: () => '' } }
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: () => '',
						label: (item) => {
							const r = rows[item.dataIndex];
							const name = r?.name ?? shown[item.dataIndex]?.properties.name ?? '';
							return `${name}: ${stanceLabel(r?.stance)}`;
						}
					}
				}
			}
		}
	};
}
