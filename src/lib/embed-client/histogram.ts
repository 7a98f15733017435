// The turnout histogram of the sheet-checks page (embed/js/histogram.js), a page rendered
// without SvelteKit's client: bars on a category axis.
import { BarController, BarElement, CategoryScale, Chart, LinearScale, Tooltip } from 'chart.js';
import {
	buildTurnoutHistogramConfig,
	type TurnoutHistogramModel
} from '../charts/turnout-histogram.config';
import { drawAll } from './draw';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip);
drawAll<TurnoutHistogramModel>('histogram', Chart, (model, lang, theme) =>
	buildTurnoutHistogramConfig(model, lang, theme)
);
