import type { ChartConfiguration } from 'chart.js';
import type { MatrixDataPoint } from 'chartjs-chart-matrix';
import { t, type Locale } from '../i18n';
import { formatInteger, formatPercent } from '../i18n/format';
import type { Fingerprint } from '../results/fingerprint';
import type { ChartTheme } from './theme';

export type FingerprintModel = Fingerprint & { name: string };

/** Viridis at five stops (colour-blind safe, readable in grey): few sheets → many sheets. */
const VIRIDIS = [
	[68, 1, 84],
	[59, 82, 139],
	[33, 145, 140],
	[94, 201, 98],
	[253, 231, 37]
] as const;

/**
 * The colour of a cell with `count` sheets, on a logarithmic scale up to `max` (the few cells
 * with hundreds of sheets would otherwise leave every other cell the same colour). Empty cells
 * are transparent. On a dark page the scale starts at its second stop, so a cell with one sheet
 * still stands out from the background.
 * @example cellColor(0, 100) // 'rgba(0, 0, 0, 0)'
 * @example cellColor(100, 100) // 'rgb(253, 231, 37)'
 */
export function cellColor(count: number, max: number, dark = false): string {
	if (count <= 0 || max <= 0) return 'rgba(0, 0, 0, 0)';
	const x = max === 1 ? 1 : Math.log(count) / Math.log(max);
	const from = dark ? 1 : 0;
	const pos = from + Math.min(1, Math.max(0, x)) * (VIRIDIS.length - 1 - from);
	const i = Math.min(VIRIDIS.length - 2, Math.floor(pos));
	const f = pos - i;
	const [a, b] = [VIRIDIS[i]!, VIRIDIS[i + 1]!];
	const mix = (k: 0 | 1 | 2) => Math.round(a[k] + (b[k] - a[k]) * f);
	return `rgb(${mix(0)}, ${mix(1)}, ${mix(2)})`;
}

/** Lower and upper bound (points) of bin `i` of `bins`. */
export function binBounds(i: number, bins: number): [number, number] {
	return [(i * 100) / bins, ((i + 1) * 100) / bins];
}

/**
 * "60–65 %" for bin `i` of `bins`.
 * @example fingerprintBinLabel(12, 20, 'en') // '60–65%'
 */
export function fingerprintBinLabel(i: number, bins: number, locale: Locale): string {
	const [from, to] = binBounds(i, bins);
	return `${formatInteger(from, locale)}–${formatPercent(to, locale, 0)}`;
}

/**
 * The fullest cell: [turnout bin, share bin, count], or undefined when no sheet was placed.
 */
export function fullestCell(model: FingerprintModel): [number, number, number] | undefined {
	let best: [number, number, number] | undefined;
	model.cells.forEach((row, ti) =>
		row.forEach((n, si) => {
			if (n > 0 && (!best || n > best[2])) best = [ti, si, n];
		})
	);
	return best;
}

/**
 * A one-sentence description of the fingerprint (also its accessible name).
 * @example describeFingerprint(model, 'en')
 * // 'Each of 24,532 sheets placed by turnout and González’s share: the busiest cell is turnout 60–65% with 65–70% for González (1,079 sheets); 0 sheets have both at or above 95%.'
 */
export function describeFingerprint(model: FingerprintModel, locale: Locale): string {
	const top = fullestCell(model);
	if (!top) return t(locale, 'sheets.fingerprint.descEmpty');
	return t(locale, 'sheets.fingerprint.desc', {
		n: formatInteger(model.placed, locale),
		name: model.name,
		turnout: fingerprintBinLabel(top[0], model.bins, locale),
		share: fingerprintBinLabel(top[1], model.bins, locale),
		count: formatInteger(top[2], locale),
		corner: formatInteger(model.corner, locale),
		threshold: formatPercent(model.cornerThreshold, locale, 0)
	});
}

/**
 * Chart.js configuration of the fingerprint heat map (chartjs-chart-matrix): x = the leading
 * candidate's share of the valid votes, y = turnout, one square per bin, coloured by the number of
 * sheets in it. Cells are placed at bin centres on linear 0–100 axes.
 * @example buildFingerprintConfig(model, 'es', LIGHT_THEME).type // 'matrix'
 */
export function buildFingerprintConfig(
	model: FingerprintModel,
	locale: Locale,
	theme: ChartTheme
): ChartConfiguration<'matrix', MatrixDataPoint[]> {
	const step = 100 / model.bins;
	const data: MatrixDataPoint[] = [];
	model.cells.forEach((row, ti) =>
		row.forEach((v, si) => {
			if (v > 0) data.push({ x: (si + 0.5) * step, y: (ti + 0.5) * step, v });
		})
	);
	// The matrix chart's own defaults offset x and reverse y (a table layout); a histogram wants
	// plain axes from 0 to 100 with 100 % turnout at the top.
	const axis = (title: string) => ({
		type: 'linear' as const,
		min: 0,
		max: 100,
		offset: false,
		reverse: false,
		ticks: {
			stepSize: 10,
			color: theme.muted,
			callback: (v: string | number) => formatPercent(Number(v), locale, 0)
		},
		grid: { color: theme.grid },
		title: { display: true, text: title, color: theme.muted }
	});
	return {
		type: 'matrix',
		data: {
			datasets: [
				{
					label: t(locale, 'sheets.fingerprint.title'),
					data,
					backgroundColor: (ctx) =>
						cellColor((ctx.raw as MatrixDataPoint | undefined)?.v ?? 0, model.max, theme.dark),
					borderWidth: 0,
					width: ({ chart }) => (chart.chartArea?.width ?? 0) / model.bins,
					height: ({ chart }) => (chart.chartArea?.height ?? 0) / model.bins
				}
			]
		},
		options: {
			responsive: true,
			maintainAspectRatio: false,
			// Never animated: every frame redraws thousands of cells, which on a phone-speed CPU is a
			// long task per frame; the fade-in said nothing.
			animation: false,
			scales: {
				x: axis(t(locale, 'sheets.fingerprint.axisX', { name: model.name })),
				y: axis(t(locale, 'sheets.fingerprint.axisY'))
			},
			plugins: {
				legend: { display: false },
				tooltip: {
					callbacks: {
						title: () => '',
						label: (item) => {
							const p = item.raw as MatrixDataPoint;
							const ti = Math.floor(Number(p.y) / step);
							const si = Math.floor(Number(p.x) / step);
							return t(locale, 'sheets.fingerprint.tooltip', {
								turnout: fingerprintBinLabel(ti, model.bins, locale),
								name: model.name,
								share: fingerprintBinLabel(si, model.bins, locale),
								count: formatInteger(p.v ?? 0, locale)
							});
						}
					}
				}
			}
		}
	};
}
