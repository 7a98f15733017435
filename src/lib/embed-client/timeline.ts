// The coverage timeline of a chart embed and of the election page (embed/js/timeline.js): a line
// chart on linear axes, drawn with the shared runtime's chart.js (embed/js/chart.js).
import {
	buildTimelineConfig,
	type TimelineAxis,
	type TimelineModel
} from '../charts/timeline.config';
import { defineChart } from './define';

// The election page's figures say their axis in the model; the coverage embed's do not. Its axis
// labels are dates (Intl.DateTimeFormat): ICU starts in a task of its own first.
defineChart<TimelineModel & { axis?: TimelineAxis }>(
	'timeline',
	(model, lang, theme) => buildTimelineConfig(model, lang, theme, model.axis ?? 'coverage'),
	{ intl: true }
);
