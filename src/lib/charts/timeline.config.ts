import type { ChartConfiguration } from 'chart.js';
import { t, type Locale } from '../i18n';
import { INTL_TAG, formatPercent } from '../i18n/format';
import type { ChartTheme } from './theme';

/** One release on a line: where it is on each x axis and the candidate's computed share. */
export interface TimelinePoint {
	snapshotLabel: string;
	/** As published: an instant with offset, or a date when the time is not confirmed. */
	when: string;
	/** % of units counted (0–100). */
	coverage: number;
	/** Instant in ms; a date-only release sits at midday of its date (`dateOnly`). */
	time: number;
	dateOnly: boolean;
	/** Computed share in points of the votes published in that release. */
	share: number;
	/** The release published only some candidates: the share is of those votes only. */
	partial: boolean;
}

/** One line: one candidate in one tabulation. */
export interface TimelineLine {
	id: string;
	candidate: string;
	tabulation: string;
	official: boolean;
	color: string;
	points: TimelinePoint[];
}

export interface TimelineModel {
	id: string;
	lines: TimelineLine[];
	timeZone: string;
	/** Midnight (election's zone) before the first release and after the last, in ms. */
	range: [number, number];
	/** Name of the zone for the axis title ("Venezuela"). */
	zoneName: string;
	notes: string[];
}

export type TimelineAxis = 'coverage' | 'time';

const DAY = 86_400_000;

/**
 * A day label on the time axis, in the election's time zone.
 * @example dayLabel(Date.UTC(2024, 6, 29, 16), 'es', 'America/Caracas') // '29 jul'
 */
export function dayLabel(ms: number, locale: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(INTL_TAG[locale], { day: 'numeric', month: 'short', timeZone })
		.format(new Date(ms))
		.replace('.', '');
}

/**
 * A one-sentence description of the timeline (also its accessible name).
 * @example describeTimeline(model, 'en', 'coverage')
 * // 'Each count advances separately: CNE bulletins, from 80.0% to 96.9% of tally sheets; …'
 */
export function describeTimeline(model: TimelineModel, locale: Locale, axis: TimelineAxis): string {
	const byTab = new Map<string, TimelinePoint[]>();
	for (const l of model.lines) if (!byTab.has(l.tabulation)) byTab.set(l.tabulation, l.points);
	if (axis === 'coverage') {
		const list = [...byTab]
			.map(([tabulation, pts]) =>
				t(locale, 'results.timeline.descItem', {
					tabulation,
					from: formatPercent(Math.min(...pts.map((p) => p.coverage)), locale, 1),
					to: formatPercent(Math.max(...pts.map((p) => p.coverage)), locale, 1)
				})
			)
			.join('; ');
		return t(locale, 'results.timeline.descCoverage', { list });
	}
	const all = [...byTab.values()].flat().map((p) => p.time);
	const list = [...byTab]
		.map(([tabulation, pts]) =>
			t(locale, 'results.timeline.descTimeItem', { tabulation, count: pts.length })
		)
		.join('; ');
	return t(locale, 'results.timeline.descTime', {
		first: dayLabel(Math.min(...all), locale, model.timeZone),
		last: dayLabel(Math.max(...all), locale, model.timeZone),
		list
	});
}

/**
 * Chart.js configuration of the coverage timeline: each tabulation's leading candidates' computed
 * shares against coverage (x = % of tally sheets counted, 0–100) or against time (x = ms, ticks
 * as days in the election's time zone; no date adapter needed). The official tabulation draws
 * solid lines with round points, the others dashed lines with diamond points, so colour is not the
 * only carrier.
 *
 * @example buildTimelineConfig(model, 'es', LIGHT_THEME, 'coverage').options.scales.x.max // 100
 */
export function buildTimelineConfig(
	model: TimelineModel,
	locale: Locale,
	theme: ChartTheme,
	axis: TimelineAxis
): ChartConfiguration<'line', { x: number; y: number }[]> {
	// Ticks every 24 h from a local midnight: each tick is a midnight in the election's zone.
	const [min, max] = model.range;
	const pointOf = (item: { datasetIndex: number; dataIndex: number }) =>
		model.lines[item.datasetIndex]?.points[item.dataIndex];
	return {
		type: 'line',
		data: {
			datasets: model.lines.map((l) => ({
				label: t(locale, 'results.timeline.line', {
					candidate: l.candidate,
					tabulation: l.tabulation
				}),
				data: l.points.map((p) => ({ x: axis === 'coverage' ? p.coverage : p.time, y: p.share })),
				borderColor: l.color,
				backgroundColor: l.color,
				borderDash: l.official ? [] : [6, 4],
				borderWidth: 2,
				pointStyle: l.official ? 'circle' : 'rectRot',
				pointRadius: 5,
				pointHoverRadius: 7,
				tension: 0
			}))
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			animation: theme.reducedMotion ? false : { duration: 300 },
			interaction: { mode: 'nearest', intersect: false },
			scales: {
				x:
					axis === 'coverage'
						? {
								type: 'linear',
								min: 0,
								max: 100,
								ticks: { color: theme.muted, callback: (v) => formatPercent(Number(v), locale, 0) },
								grid: { color: theme.grid },
								title: {
									display: true,
									text: t(locale, 'results.timeline.coverageAxis'),
									color: theme.muted
								}
							}
						: {
								type: 'linear',
								min,
								max,
								ticks: {
									color: theme.muted,
									stepSize: DAY,
									callback: (v) => dayLabel(Number(v) + DAY / 2, locale, model.timeZone)
								},
								grid: { color: theme.grid },
								title: {
									display: true,
									text: t(locale, 'results.timeline.timeAxis', { zone: model.zoneName }),
									color: theme.muted
								}
							},
				y: {
					type: 'linear',
					min: 0,
					max: 100,
					ticks: { color: theme.muted, callback: (v) => formatPercent(Number(v), locale, 0) },
					grid: { color: theme.grid },
					title: {
						display: true,
						text: t(locale, 'results.timeline.shareAxis'),
						color: theme.muted
					}
				}
			},
			plugins: {
				legend: {
					position: 'bottom',
					labels: { color: theme.fg, usePointStyle: true, boxWidth: 10 }
				},
				tooltip: {
					callbacks: {
						// The release the point is from (chart.js's own title is the x value as a bare
						// number: on the time axis, milliseconds since 1970).
						title: (items) => [...new Set(items.map((i) => pointOf(i)?.snapshotLabel ?? ''))],
						label: (item) => {
							const p = pointOf(item);
							if (!p) return '';
							return `${item.dataset.label}: ${formatPercent(p.share, locale, 1)}${p.partial ? ' *' : ''}`;
						}
					}
				}
			}
		}
	};
}
