// The statements-over-time chart (embed/js/stance.js): governments at each stance, day by day, as
// steps; a line chart drawn with the shared runtime's chart.js (embed/js/chart.js).
import { buildStanceOverTimeConfig } from '../charts/stance-over-time.config';
import type { StanceSeries } from '../results/stances';
import { defineChart } from './define';

// Its axis labels are dates (Intl): ICU starts in a task of its own first.
defineChart<StanceSeries>(
	'stance',
	(series, lang, theme) => buildStanceOverTimeConfig(series, lang, theme),
	{ intl: true }
);
