// The statements map of a chart embed and of the statements page (embed/js/world.js): the geo
// chart parts and the atlas (Natural Earth via world-atlas) are in this script, which the page
// loads only near the map; chart.js is the shared runtime (embed/js/chart.js, an external here).
import { Chart } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { feature } from 'topojson-client';
import atlas from 'world-atlas/countries-110m.json';
import { buildWorldMapConfig, type CountryFeature } from '../charts/world-map.config';
import { stanceFills } from '../charts/world-map-patterns';
import { drawCountriesDirectly } from '../charts/geo-direct';
import type { StanceMapModel } from '../views/statements-map';
import { defineChart } from './define';

drawCountriesDirectly(GeoFeature);
Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);
const topo = atlas as unknown as Parameters<typeof feature>[0];
/** The countries, made from the atlas on the first drawing (in its own task, not the script's). */
let features: CountryFeature[] | undefined;
function countries(): CountryFeature[] {
	features ??= (feature(topo, topo.objects.countries!) as unknown as { features: CountryFeature[] })
		.features;
	return features;
}
/**
 * On the statements page (not in an embed) a click on a country with a stance opens the timeline
 * filtered to that government, as its name in the map's table does: the map's wrapper says where,
 * in `data-select-href` (`…?actor={actor}#timeline-h`).
 */
function selectCountry(model: StanceMapModel): ((code: string | undefined) => void) | undefined {
	const template = document.querySelector<HTMLElement>('[data-select-href]')?.dataset.selectHref;
	if (!template) return undefined;
	return (code) => {
		const country = model.countries.find((c) => c.code === code);
		if (country) location.assign(template.replace('{actor}', encodeURIComponent(country.actorId)));
	};
}

defineChart<StanceMapModel>('world', (model, lang, theme) =>
	buildWorldMapConfig(countries(), model, lang, theme, stanceFills(theme), selectCountry(model))
);
