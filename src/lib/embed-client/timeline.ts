// The coverage timeline of a chart embed (embed/js/timeline.js): only the chart.js parts a line
// chart on linear axes needs.
import {
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip
} from 'chart.js';
import {
	buildTimelineConfig,
	type TimelineAxis,
	type TimelineModel
} from '../charts/timeline.config';
import { drawAll } from './draw';

Chart.register(LineController, LineElement, PointElement, LinearScale, Tooltip, Legend);
// The election page's figures say their axis in the model; the coverage embed's do not.
drawAll<TimelineModel & { axis?: TimelineAxis }>('timeline', Chart, (model, lang, theme) =>
	buildTimelineConfig(model, lang, theme, model.axis ?? 'coverage')
);
