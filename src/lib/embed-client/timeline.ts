// The coverage timeline of a chart embed and of the election page (embed/js/timeline.js): a line
// chart on linear axes, drawn with the shared runtime's chart.js (embed/js/chart.js).
import {
	buildTimelineConfig,
	type TimelineAxis,
	type TimelineModel
} from '../charts/timeline.config';
import { defineChart } from './define';

// The election page's figures say their axis in the model; the coverage embed's do not (coverage).
// Only the time axis formats with Intl (its day labels, Intl.DateTimeFormat): for it, ICU starts
// in a task of its own first; a timeline on the coverage axis never starts ICU at load.
defineChart<TimelineModel & { axis?: TimelineAxis }>(
	'timeline',
	(model, lang, theme) => buildTimelineConfig(model, lang, theme, model.axis ?? 'coverage'),
	{ intl: (model) => model.axis === 'time' }
);
