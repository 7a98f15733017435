// The election fingerprint heat map of the sheet-checks page (embed/js/fingerprint.js), a page
// rendered without SvelteKit's client: chartjs-chart-matrix's parts (in this script) on the
// shared runtime's chart.js (embed/js/chart.js, 'chart.js' is an external here).
import { Chart } from 'chart.js';
import { MatrixController, MatrixElement } from 'chartjs-chart-matrix';
import { buildFingerprintConfig, type FingerprintModel } from '../charts/fingerprint.config';
import { defineChart } from './define';

Chart.register(MatrixController, MatrixElement);
defineChart<FingerprintModel>('fingerprint', (model, lang, theme) =>
	buildFingerprintConfig(model, lang, theme)
);
