import type { ChartConfiguration } from 'chart.js';
import { t, type Locale } from '../i18n';
import { formatDate, formatInteger } from '../i18n/format';
import { STANCES } from '../schemas/enums';
import type { StanceSeries } from '../results/stances';
import type { ChartTheme } from './theme';
import { STANCE_STYLE, stanceColor } from './stance-style';

/**
 * Stepped lines, one per stance: how many governments stood at each stance on each day. Each line
 * has its own dash and point shape as well as its colour; points mark only the days on which some
 * government changed. `dayLabels` are the days as `formatDate(day, locale, 'medium')` writes them:
 * the page passes them already written, so drawing the chart starts no `Intl` formatter (the
 * browser's ICU start-up was a long task of its own on a phone-speed CPU; docs/tbt-statements.md).
 * @example buildStanceOverTimeConfig(series, 'en', LIGHT_THEME).data.datasets[0].label
 * // 'Recognises the result'
 */
export function buildStanceOverTimeConfig(
	series: StanceSeries,
	locale: Locale,
	theme: ChartTheme,
	dayLabels?: readonly string[]
): ChartConfiguration<'line'> {
	const changes = new Set(series.changeDays);
	const radius = series.days.map((d) => (changes.has(d) ? 4 : 0));
	return {
		type: 'line',
		data: {
			labels:
				dayLabels?.length === series.days.length
					? [...dayLabels]
					: series.days.map((d) => formatDate(d, locale, 'medium')),
			datasets: STANCES.map((s) => {
				const colour = stanceColor(s, theme.dark);
				return {
					label: t(locale, `statements.stance.${s}`),
					data: series.counts[s],
					stepped: true,
					borderColor: colour,
					backgroundColor: colour,
					borderWidth: 2.5,
					borderDash: STANCE_STYLE[s].dash,
					pointStyle: STANCE_STYLE[s].point,
					pointRadius: radius,
					pointHoverRadius: 6
				};
			})
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: !theme.reducedMotion && { duration: 300 },
			interaction: { mode: 'index', intersect: false },
			scales: {
				x: {
					ticks: { color: theme.muted, maxRotation: 0, autoSkipPadding: 16 },
					grid: { color: theme.grid }
				},
				y: {
					beginAtZero: true,
					ticks: {
						color: theme.muted,
						precision: 0,
						callback: (v) => countTick(Number(v), locale)
					},
					grid: { color: theme.grid },
					title: { display: true, text: t(locale, 'statements.axisGovernments'), color: theme.fg }
				}
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: { color: theme.fg, usePointStyle: true, boxWidth: 10, padding: 12 }
				},
				tooltip: { enabled: true }
			}
		}
	};
}

/**
 * A tick of the count axis as chart.js's own number format writes it, without `Intl` below 1,000
 * (no grouping there in either language: `999`, `0`); counts of governments stay far below.
 */
export function countTick(v: number, locale: Locale): string {
	return Number.isInteger(v) && Math.abs(v) < 1000 ? String(v) : formatInteger(v, locale);
}
