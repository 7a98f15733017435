/**
 * The chart.js of the classic chart scripts, in one shared script (embed/js/chart.js, entry
 * ./chart.ts): chart.js's core with every part the site's charts draw with, plus the classes and
 * helpers that chartjs-chart-geo (world.js) and chartjs-chart-matrix (fingerprint.js) build on.
 * The figure scripts (share.js, timeline.js, …) import 'chart.js' and 'chart.js/helpers' as
 * externals mapped to this module's global, `EscrutinioChartJs` (src/lib/server/embed-scripts.ts),
 * so chart.js is fetched, parsed and compiled once per page, not once per kind of chart.
 *
 * Every name a figure script or one of those plugins imports from chart.js must be here, or the
 * script reads `undefined`: chart-parts.test.ts checks the plugins' and the scripts' imports.
 */
import {
	addRoundedRectPath,
	clipArea,
	drawPoint,
	isObject,
	merge,
	toTRBLCorners,
	unclipArea,
	valueOrDefault
} from 'chart.js/helpers';

export {
	// The site's own charts (registered by ./chart.ts through ../charts/register.ts).
	BarController,
	BarElement,
	CategoryScale,
	Chart,
	Legend,
	LinearScale,
	LineController,
	LineElement,
	PointElement,
	Tooltip,
	// What chartjs-chart-geo and chartjs-chart-matrix extend or look up.
	DatasetController,
	Element,
	LogarithmicScale,
	Scale,
	registry
} from 'chart.js';

/** `chart.js/helpers`, as far as the plugins use it. */
export const helpers = {
	addRoundedRectPath,
	clipArea,
	drawPoint,
	isObject,
	merge,
	toTRBLCorners,
	unclipArea,
	valueOrDefault
};
