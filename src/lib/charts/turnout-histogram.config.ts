import type { ChartConfiguration } from 'chart.js';
import { t, type Locale } from '../i18n';
import { formatInteger, formatPercent } from '../i18n/format';
import type { TurnoutSummary } from '../results/turnout';
import type { ChartTheme } from './theme';

export type TurnoutHistogramModel = Pick<
	TurnoutSummary,
	'bins' | 'over100' | 'median' | 'overall' | 'threshold' | 'atOrAbove' | 'withRegistered'
>;

/** Bar colour: the site's neutral blue (Okabe–Ito), the bars at or above the threshold darker. */
const BAR = '#56B4E9';
const BAR_HIGH = '#0072B2';

/**
 * A bin's label: "60–65 %", or "> 100 %" for the sheets above 100 %.
 * @example binLabel(60, 65, 'es') // '60–65 %'
 */
export function binLabel(from: number, to: number | undefined, locale: Locale): string {
	if (to === undefined)
		return t(locale, 'sheets.turnout.binAbove', { percent: formatPercent(100, locale, 0) });
	const pct = formatPercent(to, locale, 0);
	return `${formatInteger(from, locale)}–${pct}`;
}

/** The bins as drawn: the regular ones, then "> 100 %" when any sheet is there. */
export function turnoutBars(
	model: TurnoutHistogramModel,
	locale: Locale
): { label: string; count: number; high: boolean }[] {
	const bars = model.bins.map((b) => ({
		label: binLabel(b.from, b.to, locale),
		count: b.count,
		high: b.from >= model.threshold
	}));
	if (model.over100 > 0)
		bars.push({ label: binLabel(100, undefined, locale), count: model.over100, high: true });
	return bars;
}

/**
 * A one-sentence description of the histogram (also its accessible name).
 * @example describeTurnoutHistogram(model, 'en')
 * // 'Turnout of 24,532 sheets: median 61.6%, overall 60.1%; the most common band is 60–65% (6,163 sheets); 30 sheets at or above 95%.'
 */
export function describeTurnoutHistogram(model: TurnoutHistogramModel, locale: Locale): string {
	if (model.withRegistered === 0 || model.median === undefined || model.overall === undefined)
		return t(locale, 'sheets.turnout.descEmpty');
	const bars = turnoutBars(model, locale);
	const top = bars.reduce((a, b) => (b.count > a.count ? b : a));
	return t(locale, 'sheets.turnout.desc', {
		n: formatInteger(model.withRegistered, locale),
		median: formatPercent(model.median, locale, 1),
		overall: formatPercent(model.overall, locale, 1),
		band: top.label,
		bandCount: formatInteger(top.count, locale),
		high: formatInteger(model.atOrAbove, locale),
		threshold: formatPercent(model.threshold, locale, 0)
	});
}

/**
 * Chart.js configuration of the turnout histogram: one vertical bar per band of sheet turnout,
 * the bands at or above the threshold in a darker blue (their labels say so too).
 * @example buildTurnoutHistogramConfig(model, 'es', LIGHT_THEME).data.labels?.length // 20
 */
export function buildTurnoutHistogramConfig(
	model: TurnoutHistogramModel,
	locale: Locale,
	theme: ChartTheme
): ChartConfiguration<'bar', number[], string> {
	const bars = turnoutBars(model, locale);
	return {
		type: 'bar',
		data: {
			labels: bars.map((b) => b.label),
			datasets: [
				{
					label: t(locale, 'sheets.turnout.axisY'),
					data: bars.map((b) => b.count),
					backgroundColor: bars.map((b) => (b.high ? BAR_HIGH : BAR)),
					borderWidth: 0,
					barPercentage: 1,
					categoryPercentage: 0.95
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: theme.reducedMotion ? false : { duration: 300 },
			scales: {
				x: {
					ticks: { color: theme.muted, maxRotation: 90, minRotation: 45, autoSkip: true },
					grid: { display: false },
					title: { display: true, text: t(locale, 'sheets.turnout.axisX'), color: theme.muted }
				},
				y: {
					beginAtZero: true,
					ticks: {
						color: theme.muted,
						precision: 0,
						callback: (v) => formatInteger(Number(v), locale)
					},
					grid: { color: theme.grid },
					title: { display: true, text: t(locale, 'sheets.turnout.axisY'), color: theme.muted }
				}
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						label: (item) =>
							t(locale, 'sheets.turnout.tooltip', {
								count: formatInteger(bars[item.dataIndex]?.count ?? 0, locale)
							})
					}
				}
			}
		}
	};
}
