import type { ChartConfiguration } from 'chart.js';
import type { Locale } from '../schemas/common';
import type { ClaimChartModel } from '../views/claims-page';
import type { ChartTheme } from './theme';
import { formatPercent } from '../i18n/format';
import { wrapAxisLabel } from './axis-label';

/** Fills for reported series (Okabe–Ito, not used for "claimed"); claimed bars are outlined. */
const REPORTED_FILLS = ['#009E73', '#56B4E9', '#CC79A7', '#E69F00'];

/**
 * Paired bars per candidate: the claimed share (outlined bar, so it differs by shape, not only
 * colour) beside the share computed from each tabulation's votes known at the claim's time.
 * @example buildClaimBarsConfig(model, 'en', LIGHT_THEME).data.datasets[0].label // 'Claimed (…)'
 */
export function buildClaimBarsConfig(
	model: ClaimChartModel,
	locale: Locale,
	theme: ChartTheme
): ChartConfiguration<'bar', (number | null)[], string | string[]> {
	let reported = 0;
	return {
		type: 'bar',
		data: {
			labels: model.categories.map((c) => wrapAxisLabel(c)),
			datasets: model.series.map((s) => {
				const fill =
					s.kind === 'claimed'
						? 'transparent'
						: REPORTED_FILLS[reported++ % REPORTED_FILLS.length]!;
				return {
					label: s.legend,
					data: s.values,
					backgroundColor: fill,
					borderColor: s.kind === 'claimed' ? theme.fg : fill,
					borderWidth: s.kind === 'claimed' ? 2 : 0,
					borderDash: s.kind === 'claimed' ? [4, 3] : undefined
				};
			})
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// chart.js types refuse `true`: an explicit spec when motion is allowed.
			animation: theme.reducedMotion ? false : { duration: 400 },
			indexAxis: 'y',
			scales: {
				x: {
					min: 0,
					max: 100,
					title: { display: true, text: model.axisLabel, color: theme.fg },
					ticks: { color: theme.fg, callback: (v) => formatPercent(Number(v), locale, 0) },
					grid: { color: theme.grid }
				},
				// Every category named: chart.js would skip a label that a two-line one crowds out.
				y: { ticks: { color: theme.fg, autoSkip: false }, grid: { display: false } }
			},
			plugins: {
				legend: { position: 'bottom', labels: { color: theme.fg, boxWidth: 14 } },
				tooltip: {
					callbacks: {
						label: (item) =>
							`${item.dataset.label ?? ''}: ${
								item.raw === null || item.raw === undefined
									? '—'
									: formatPercent(Number(item.raw), locale, 2)
							}`
					}
				}
			}
		}
	};
}
