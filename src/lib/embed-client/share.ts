// The share-of-the-vote bars of the pages rendered without SvelteKit's client (embed/js/share.js):
// a release's page and the election page draw their bars with it. chart.js and its bar parts are
// in the shared runtime (embed/js/chart.js, ./chart.ts).
import { buildShareChartConfig, type ShareChartModel } from '../charts/share.config';
import { defineChart } from './define';

defineChart<ShareChartModel>('share', (model, lang, theme) =>
	buildShareChartConfig(model, lang, theme)
);
