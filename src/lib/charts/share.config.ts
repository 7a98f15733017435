import type { ChartConfiguration } from 'chart.js';
import { t, type Locale } from '../i18n';
import { formatAnnouncedPercent, formatPercent } from '../i18n/format';
import { barLabelsPlugin, textOn } from './bar-labels';
import { wrapAxisLabel } from './axis-label';
import type { ChartTheme } from './theme';

/** One bar: the computed share with the announced one kept beside it. */
export interface ShareValue {
	/** Computed share in points (0–100) of the votes published in that release. */
	share: number;
	votes: number;
	announced: number | undefined;
	announcedDigits: number;
	/** Announced share differs from the computed one at the announced precision. */
	differs: boolean;
}

/** One series of bars: one release of one tabulation. */
export interface ShareSeries {
	id: string;
	/** "CNE bulletin 2 (96.87 %)": the release, as the legend and the table name it. */
	label: string;
	/** Value per category, null when this release did not publish that contestant. */
	values: (ShareValue | null)[];
	/** What the shares are of (valid votes, voters, the listed candidates only). */
	base?: 'valid' | 'voters' | 'listed';
}

/**
 * What the share chart draws: contestants (candidates or combined groups, by votes) and one series
 * (a release) or two (paired bars to compare tabulations).
 */
export interface ShareChartModel {
	id: string;
	categories: { id: string; name: string; color: string }[];
	series: ShareSeries[];
	/** Sentences shown under the chart: shares of the votes published only, combined groups. */
	notes: string[];
}

/** Bar thickness plus gap per bar, in CSS pixels: the figure's fixed height follows from it. */
const PER_BAR = 30;

/**
 * Fixed height (CSS px) of the share chart's box, so the page does not shift when it draws.
 * @example shareChartHeight({ categories: [a, b, c], series: [s] }) // 150
 */
export function shareChartHeight(model: Pick<ShareChartModel, 'categories' | 'series'>): number {
	return model.categories.length * Math.max(1, model.series.length) * PER_BAR + 60;
}

/**
 * The text drawn on a bar: the computed share, plus the announced one where it differs.
 * @example barLabel({ share: 68.82, announced: 67, announcedDigits: 0, differs: true, votes: 1 }, 'es')
 * // '68,8 % (anunciado 67 %)'
 */
export function barLabel(v: ShareValue, locale: Locale): string {
	const computed = shareText(v, locale);
	if (!v.differs || v.announced === undefined) return computed;
	const announced = formatAnnouncedPercent(v.announced, locale, v.announcedDigits);
	return `${computed} (${t(locale, 'results.announcedShort', { percent: announced })})`;
}

/**
 * A computed share written to the precision it was announced with (at least one decimal), so the
 * reader sees 51.95 % where 51.95 % was announced, never a rounder 52.0 %.
 * @example shareText({ share: 51.953, announced: 51.95, announcedDigits: 2, differs: false, votes: 1 }, 'en') // '51.95%'
 */
export function shareText(
	v: Pick<ShareValue, 'share' | 'announced' | 'announcedDigits'>,
	locale: Locale
): string {
	const digits = v.announced === undefined ? 1 : Math.max(1, v.announcedDigits);
	return formatPercent(v.share, locale, digits);
}

/** The computed share with the announced one beside it, when there is one. */
function shareWithAnnounced(v: ShareValue, locale: Locale): string {
	if (v.announced === undefined) return shareText(v, locale);
	return `${shareText(v, locale)} (${t(locale, 'results.announcedShort', {
		percent: formatAnnouncedPercent(v.announced, locale, v.announcedDigits)
	})})`;
}

/**
 * A one-sentence description of the share chart (also its accessible name).
 * @example describeShareChart(bulletin1Model, 'es')
 * // 'En Boletín 1 del CNE (80 %), Maduro tiene el 51,2 % de los votos contados y González el 44,2 %.'
 */
export function describeShareChart(model: ShareChartModel, locale: Locale): string {
	const top = (s: ShareSeries) =>
		s.values
			.map((v, i) => ({ v, c: model.categories[i]! }))
			.filter((x): x is { v: ShareValue; c: ShareChartModel['categories'][number] } => !!x.v)
			.sort((a, b) => b.v.votes - a.v.votes);
	if (model.series.length === 1) {
		const s = model.series[0]!;
		const [a, b] = top(s);
		if (!a || !b || !Number.isFinite(a.v.share))
			return t(locale, 'results.share.descEmpty', { snapshot: s.label });
		return t(locale, s.base ? 'basis.share.desc' : 'results.share.desc', {
			snapshot: s.label,
			leader: a.c.name,
			leaderShare: shareWithAnnounced(a.v, locale),
			runnerUp: b.c.name,
			runnerUpShare: shareWithAnnounced(b.v, locale),
			base: s.base ? t(locale, `basis.of.${s.base}`) : ''
		});
	}
	const list = model.series
		.map((s) => {
			const [a] = top(s);
			return a
				? t(locale, 'results.share.descCompareItem', {
						snapshot: s.label,
						leader: a.c.name,
						share: shareWithAnnounced(a.v, locale)
					})
				: s.label;
		})
		.join('; ');
	return t(locale, 'results.share.descCompare', { list });
}

/**
 * Chart.js configuration of the share chart: horizontal bars, one per contestant and release,
 * the computed share written on each bar (announced share beside it where it differs). With two
 * series the first is filled and the second outlined, so colour is not the only difference.
 *
 * @example buildShareChartConfig(model, 'es', LIGHT_THEME).type // 'bar'
 */
export function buildShareChartConfig(
	model: ShareChartModel,
	locale: Locale,
	theme: ChartTheme
): ChartConfiguration<'bar', (number | null)[], string | string[]> {
	const colors = model.categories.map((c) => c.color);
	const paired = model.series.length > 1;
	return {
		type: 'bar',
		data: {
			labels: model.categories.map((c) => wrapAxisLabel(c.name)),
			datasets: model.series.map((s, si) => {
				const outlined = si > 0;
				return {
					label: s.label,
					data: s.values.map((v) => (v && Number.isFinite(v.share) ? v.share : null)),
					backgroundColor: outlined ? colors.map((c) => `${c}33`) : colors,
					borderColor: colors,
					borderWidth: outlined ? 2 : 0,
					borderSkipped: false,
					barPercentage: 0.9,
					categoryPercentage: paired ? 0.85 : 0.8
				};
			})
		},
		options: {
			indexAxis: 'y',
			responsive: true,
			maintainAspectRatio: false,
			animation: theme.reducedMotion ? false : { duration: 300 },
			layout: { padding: { right: 4 } },
			scales: {
				x: {
					min: 0,
					max: 100,
					ticks: {
						color: theme.muted,
						callback: (v) => formatPercent(Number(v), locale, 0)
					},
					grid: { color: theme.grid },
					title: { display: true, text: t(locale, 'results.share.axis'), color: theme.muted }
				},
				y: { ticks: { color: theme.fg, autoSkip: false }, grid: { display: false } }
			},
			plugins: {
				legend: {
					display: paired,
					position: 'top',
					labels: { color: theme.fg, boxWidth: 14 }
				},
				tooltip: {
					callbacks: {
						label: (item) => {
							const v = model.series[item.datasetIndex]?.values[item.dataIndex];
							return v ? `${item.dataset.label}: ${barLabel(v, locale)}` : '';
						}
					}
				},
				barLabels: {
					labels: model.series.map((s) => s.values.map((v) => (v ? barLabel(v, locale) : ''))),
					color: theme.fg,
					inside: model.series.map((_, si) => colors.map((c) => (si > 0 ? theme.fg : textOn(c)))),
					font: '600 12px system-ui, sans-serif'
				}
			}
		},
		plugins: [barLabelsPlugin]
	};
}
