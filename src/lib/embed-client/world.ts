// The statements map of a chart embed and of the statements page (embed/js/world.js): the geo
// chart parts and the countries are in this script, which the page loads only near the map;
// chart.js is the shared runtime (embed/js/chart.js, an external here). The countries were
// projected when the script was bundled (src/lib/charts/world-shapes.ts, which
// src/lib/server/embed-scripts.ts swaps for its result): the browser only scales them to the map.
import { Chart } from 'chart.js';
import { ChoroplethController, ColorScale, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { encodedCountries } from '../charts/world-shapes';
import { decodeShapes, planarProjection } from '../charts/world-planar';
import { buildWorldMapConfig, type CountryFeature } from '../charts/world-map.config';
import { stanceFills } from '../charts/world-map-patterns';
import { drawCountriesDirectly, hitPlanarShapes } from '../charts/geo-direct';
import type { StanceMapModel } from '../views/statements-map';
import { defineChart } from './define';

drawCountriesDirectly(GeoFeature);
hitPlanarShapes(GeoFeature);
Chart.register(ChoroplethController, GeoFeature, ColorScale, ProjectionScale);
/** The countries, decoded on the first drawing (in its own task, not the script's). */
let features: CountryFeature[] | undefined;
function countries(): CountryFeature[] {
	features ??= decodeShapes(encodedCountries());
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

defineChart<StanceMapModel>('world', (model, lang, theme) => {
	const config = buildWorldMapConfig(
		countries(),
		model,
		lang,
		theme,
		stanceFills(theme),
		selectCountry(model)
	);
	// The shapes are projected already (Equal Earth): only scaled and moved to the map's box.
	const scales = config.options?.scales as { projection: { projection: unknown } };
	scales.projection.projection = planarProjection();
	return config;
});
