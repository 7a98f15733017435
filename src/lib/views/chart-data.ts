import type { ShareChartModel } from '../charts/share.config';
import type { TimelineModel } from '../charts/timeline.config';
import type { StanceSeries } from '../results/stances';
import { STANCES } from '../schemas/statement';
import { csvShare, toCsv, type CsvValue } from '../results/csv';
import type { TileMapModel } from './states-map';
import type { StanceMapModel } from './statements-map';
import type { ClaimChartModel } from './claims-page';

/**
 * "Exactly that chart's data": each chart on the full pages, as one tidy table that the share menu
 * offers as a prerendered CSV and JSON file (`/data/<election>/charts/<file>.csv|.json`). The
 * tables are built from the same view models the charts draw, so the numbers in the files are the
 * numbers on the page. Shares keep 7 decimals (as in the per-release CSV), counts are plain.
 */
export interface ChartData {
	/** File key under `/data/<election>/charts/`, without extension: `share/cne-bulletin-1`. */
	key: string;
	columns: readonly string[];
	rows: CsvValue[][];
}

/**
 * Share bars (one release, or paired releases): one row per contestant and release.
 * @example shareChartData('share/b1', model).columns[0] // 'snapshot'
 */
export function shareChartData(key: string, model: ShareChartModel): ChartData {
	const rows: CsvValue[][] = [];
	model.categories.forEach((c, ci) => {
		for (const s of model.series) {
			const v = s.values[ci];
			rows.push([
				s.id,
				s.label,
				c.id,
				c.name,
				v?.votes,
				csvShare(v?.share),
				v?.announced,
				s.base,
				v ? v.differs : undefined
			]);
		}
	});
	return {
		key,
		columns: [
			'snapshot',
			'snapshot_label',
			'contestant',
			'contestant_name',
			'votes',
			'computed_share',
			'announced_share',
			'share_base',
			'announced_differs'
		],
		rows
	};
}

/** The coverage timeline: one row per candidate line and release. */
export function timelineChartData(key: string, model: TimelineModel): ChartData {
	return {
		key,
		columns: [
			'tabulation',
			'official',
			'candidate',
			'snapshot_label',
			'as_of',
			'coverage',
			'computed_share',
			'partial'
		],
		rows: model.lines.flatMap((l) =>
			l.points.map((p) => [
				l.tabulation,
				l.official,
				l.candidate,
				p.snapshotLabel,
				p.when,
				csvShare(p.coverage),
				csvShare(p.share),
				p.partial
			])
		)
	};
}

/** The states tile map: one row per tile (state), who leads it and by how much. */
export function tileMapData(key: string, model: TileMapModel): ChartData {
	return {
		key,
		columns: [
			'region_code',
			'region_name',
			'has_data',
			'leader',
			'leader_name',
			'leader_share',
			'margin_points',
			'tie'
		],
		rows: model.tiles.map((t) => [
			t.region,
			t.name,
			t.hasData,
			t.leader?.id,
			t.leader?.name,
			csvShare(t.leaderShare),
			csvShare(t.marginPoints),
			t.tie
		])
	};
}

/** The statements world map: one row per mapped government, at its latest stance. */
export function stanceMapData(key: string, model: StanceMapModel): ChartData {
	return {
		key,
		columns: ['country', 'country_name', 'actor', 'stance', 'statement', 'date', 'date_approx'],
		rows: model.countries.map((c) => [
			c.code,
			c.name,
			c.actorId,
			c.stance,
			c.statementId,
			c.date,
			c.dateApprox
		])
	};
}

/** Stance over time: one row per day, one column of governments per stance. */
export function stanceSeriesData(key: string, series: StanceSeries): ChartData {
	return {
		key,
		columns: ['date', ...STANCES],
		rows: series.days.map((d, i) => [d, ...STANCES.map((s) => series.counts[s][i])])
	};
}

/** A claim's bars: one row per category and series (what was claimed, what each count reported). */
export function claimChartData(key: string, model: ClaimChartModel): ChartData {
	return {
		key,
		columns: ['category', 'series', 'kind', 'value'],
		rows: model.categories.flatMap((c, ci) =>
			model.series.map((s) => [c, s.label, s.kind, s.values[ci]])
		)
	};
}

/** Columns written with csvShare: fixed-decimal text in the CSV, numbers in the JSON. */
const DECIMAL_COLUMNS = new Set(['computed_share', 'coverage', 'leader_share', 'margin_points']);

/**
 * The CSV text of a chart's data (UTF-8, CRLF, formula-looking text prefixed with `'`).
 * @example chartCsv({ key: 'k', columns: ['a'], rows: [[1]] }) // 'a\r\n1\r\n'
 */
export function chartCsv(data: ChartData): string {
	return toCsv(data.columns, data.rows);
}

/**
 * The JSON text of a chart's data: the election, the chart key, the columns and one object per
 * row with the same values as the CSV (numbers stay numbers; empty cells are null).
 * @example JSON.parse(chartJson('v', { key: 'k', columns: ['a'], rows: [[1]] })).rows // [{ a: 1 }]
 */
export function chartJson(election: string, data: ChartData): string {
	const value = (v: CsvValue) => {
		if (v === undefined || v === null) return null;
		if (typeof v === 'number') return Number.isFinite(v) ? v : null;
		return v;
	};
	// Shares are written with csvShare (fixed decimals, as text): numbers again in JSON.
	const cell = (column: string, v: CsvValue) =>
		DECIMAL_COLUMNS.has(column) && typeof v === 'string' && v !== '' ? Number(v) : value(v);
	return (
		JSON.stringify(
			{
				election,
				chart: data.key,
				columns: data.columns,
				rows: data.rows.map((r) =>
					Object.fromEntries(data.columns.map((c, i) => [c, cell(c, r[i])]))
				)
			},
			null,
			1
		) + '\n'
	);
}
