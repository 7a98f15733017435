// The election fingerprint heat map of the sheet-checks page (embed/js/fingerprint.js), a page
// rendered without SvelteKit's client: chart.js's matrix chart on linear axes.
import { Chart, LinearScale, Tooltip } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { buildFingerprintConfig, type FingerprintModel } from '../charts/fingerprint.config';
import { drawAll } from './draw';

Chart.register(MatrixController, MatrixElement, LinearScale, Tooltip);
drawAll<FingerprintModel>('fingerprint', Chart, (model, lang, theme) =>
	buildFingerprintConfig(model, lang, theme)
);
