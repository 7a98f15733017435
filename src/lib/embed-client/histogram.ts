// The turnout histogram of the sheet-checks page (embed/js/histogram.js), a page rendered
// without SvelteKit's client: bars on a category axis, drawn with the shared runtime's chart.js.
import {
	buildTurnoutHistogramConfig,
	type TurnoutHistogramModel
} from '../charts/turnout-histogram.config';
import { defineChart } from './define';

defineChart<TurnoutHistogramModel>('histogram', (model, lang, theme) =>
	buildTurnoutHistogramConfig(model, lang, theme)
);
