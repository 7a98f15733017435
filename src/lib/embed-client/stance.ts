// The statements-over-time chart (embed/js/stance.js): governments at each stance, day by day, as
// steps; a line chart drawn with the shared runtime's chart.js (embed/js/chart.js). The page
// writes the days' labels into the model (src/lib/charts/StanceOverTimeChart.svelte), and the
// count axis needs no formatter either: drawing it starts no `Intl` (docs/tbt-statements.md).
import { buildStanceOverTimeConfig } from '../charts/stance-over-time.config';
import type { StanceSeries } from '../results/stances';
import { defineChart } from './define';

defineChart<StanceSeries & { labels?: string[] }>(
	'stance',
	(series, lang, theme) => buildStanceOverTimeConfig(series, lang, theme, series.labels),
	{ intl: false } // the default since the merge of tbtelec (only timeline.ts asks for Intl); said for clarity
);
