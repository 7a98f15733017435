// The statements-over-time chart (embed/js/stance.js): governments at each stance, day by day, as
// steps; only the chart.js parts a line chart on linear axes needs.
import {
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';
import { buildStanceOverTimeConfig } from '../charts/stance-over-time.config';
import type { StanceSeries } from '../results/stances';
import { drawAll } from './draw';

Chart.register(
	LineController,
	LineElement,
	PointElement,
	CategoryScale,
	LinearScale,
	Tooltip,
	Legend
);
drawAll<StanceSeries>('stance', Chart, (series, lang, theme) =>
	buildStanceOverTimeConfig(series, lang, theme)
);
