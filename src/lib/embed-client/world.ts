// The statements map of a chart embed and of the statements page (embed/js/world.js): the geo
// chart parts and the countries are in this script, which the page loads only near the map;
// chart.js is the shared runtime (embed/js/chart.js, an external here). The countries were
// projected when the script was bundled (src/lib/charts/world-shapes.ts, which
// src/lib/server/embed-scripts.ts swaps for its result): the browser only scales them to the map.
import { Chart } from 'chart.js';
import { ChoroplethController, GeoFeature, ProjectionScale } from 'chartjs-chart-geo';
import { StanceScale } from '../charts/world-stance-scale';
import { encodedCountries } from '../charts/world-shapes';
import {
	decodeShapes,
	planarBounds,
	planarProjection,
	planarSummary
} from '../charts/world-planar';
import { buildWorldMapConfig, type CountryFeature } from '../charts/world-map.config';
import { stanceFills } from '../charts/world-map-patterns';
import { NO_STANCE } from '../charts/stance-style';
import { drawCountriesDirectly, hitPlanarShapes } from '../charts/geo-direct';
import type { StanceMapModel } from '../views/statements-map';
import { defineChart } from './define';

/** Each country's own fill (its stance's pattern), drawn by drawCountriesDirectly. */
const fills = new WeakMap<object, string | CanvasPattern>();
// The shapes are planar (projected at build time): traced straight from their coordinates.
drawCountriesDirectly(GeoFeature, (feature) => fills.get(feature), true);
hitPlanarShapes(GeoFeature);
// The `color` scale is the map's own (no colour ramp, ticks or number labels to work out).
Chart.register(ChoroplethController, GeoFeature, StanceScale, ProjectionScale);
/** The countries, decoded before the first drawing (in a task of their own: `prepare`). */
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

defineChart<StanceMapModel>(
	'world',
	(model, lang, theme) => {
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
		// What chartjs-chart-geo would ask d3-geo for on the first drawing, every point of every
		// country streamed through the projection, known at once for planar shapes
		// (docs/tbt-statements.md): each country's centre (chartjs-chart-geo projects a given centre
		// instead), and the map's extent (fitted to its box: two corners fit as the 176 outlines do).
		const dataset = config.data.datasets[0]!;
		for (const d of dataset.data as unknown as { feature: CountryFeature; center?: object }[]) {
			const [longitude, latitude] = planarSummary(d.feature).centroid;
			if (Number.isFinite(longitude) && Number.isFinite(latitude))
				d.center = { longitude, latitude };
		}
		// One fill in the dataset's options (that of a country without a statement), each other
		// country's own beside it: chart.js then resolves the 176 countries' options once.
		const given = (dataset as { backgroundColor?: unknown }).backgroundColor as (
			string | CanvasPattern
		)[];
		const noneFill = theme.dark ? NO_STANCE.dark : NO_STANCE.light;
		(dataset.data as unknown as { feature: CountryFeature }[]).forEach((d, i) => {
			const fill = given[i];
			if (fill !== undefined && fill !== noneFill) fills.set(d.feature, fill);
			else fills.delete(d.feature);
		});
		(dataset as { backgroundColor?: unknown }).backgroundColor = noneFill;
		// The legend is HTML: chart.js's own, even hidden, would list all 176 countries each time.
		(config.options!.plugins as Record<string, unknown>).legend = false;
		const shapes = (dataset as { outline?: CountryFeature[] }).outline ?? [];
		(dataset as { outline?: unknown }).outline = {
			type: 'MultiPoint',
			coordinates: planarBounds(shapes)
		};
		return config;
	},
	{
		// The map formats nothing (its tooltips are names and stances): no Intl start-up for it
		// (the default since the merge of tbtelec: only timeline.ts asks for Intl; said for clarity).
		intl: false,
		// Reading and decoding the countries (their bounds and centres come with them: built at
		// bundle time) in a task of its own, before the configuration's.
		prepare: countries
	}
);
