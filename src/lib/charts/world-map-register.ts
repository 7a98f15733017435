import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { Chart } from './register';
import { drawCountriesDirectly } from './geo-direct';

// The geo parts are registered only where the map is drawn (the statements page imports this
// module dynamically), so the election page's bundle never carries them.
let done = false;
export function registerGeo(): void {
	if (done) return;
	drawCountriesDirectly(GeoFeature);
	Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);
	done = true;
}
