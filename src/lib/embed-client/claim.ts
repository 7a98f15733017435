// The claimed-against-reported bars of a claim embed (embed/js/claim.js); chart.js is the shared
// runtime (embed/js/chart.js).
import { buildClaimBarsConfig } from '../charts/claim-bars.config';
import type { ClaimChartModel } from '../views/claims-page';
import { defineChart } from './define';

defineChart<ClaimChartModel>('claim', (model, lang, theme) =>
	buildClaimBarsConfig(model, lang, theme)
);
