// The share-of-the-vote bars of the pages rendered without SvelteKit's client (embed/js/share.js):
// a release's page draws its bars with it.
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip
} from 'chart.js';
import { buildShareChartConfig, type ShareChartModel } from '../charts/share.config';
import { drawAll } from './draw';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
drawAll<ShareChartModel>('share', Chart, (model, lang, theme) =>
	buildShareChartConfig(model, lang, theme)
);
