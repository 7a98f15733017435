// The claimed-against-reported bars of a claim embed (embed/js/claim.js).
import {
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	Tooltip
} from 'chart.js';
import { buildClaimBarsConfig } from '../charts/claim-bars.config';
import type { ClaimChartModel } from '../views/claims-page';
import { drawAll } from './draw';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Tooltip, Legend);
drawAll<ClaimChartModel>('claim', Chart, (model, lang, theme) =>
	buildClaimBarsConfig(model, lang, theme)
);
