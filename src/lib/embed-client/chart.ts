/**
 * The shared chart runtime (embed/js/chart.js, a classic script): chart.js once per page, with the
 * union of the parts the site's charts use registered, as `self.EscrutinioChartJs` (./chart-parts.ts),
 * and the drawing functions as `self.EscrutinioCharts` (./draw.ts). The figure scripts
 * (share.js, timeline.js, claim.js, stance.js, histogram.js, fingerprint.js, world.js) are a few kB
 * each: their chart builder, and for the map and the heat map the chartjs-chart-geo or
 * chartjs-chart-matrix parts. ./load.ts puts this script before them (both in order, `async =
 * false`), so it has always run when a figure script runs.
 */
import * as parts from './chart-parts';
import { registerCharts } from '../charts/register';
import { createCharts } from './draw';
import { formatNumber } from './number-format';

// The site's own chart parts, the one list of them (../charts/register.ts).
registerCharts();
Object.assign(self, {
	EscrutinioChartJs: parts,
	EscrutinioCharts: createCharts(parts.Chart as never)
});

// chart.js's default font ('Helvetica Neue', Helvetica, Arial, sans-serif) becomes the page's own
// (src/app.css): the labels match the text around them, and the first chart's task does not look
// up font families the page never used (on a system without them, each family at each size is a
// round trip to the browser process; docs/tbt-election.md).
const pageFont = getComputedStyle(document.documentElement).fontFamily;
if (pageFont) parts.Chart.defaults.font.family = pageFont;

// chart.js writes a tooltip item's value with `Intl.NumberFormat` (LinearScale's
// getLabelForValue) even where the site's tooltip callbacks write the text the reader sees, so a
// page's first hover or tap on a chart started the browser's ICU: a task of 27–46 ms CPU here
// against 6–8 ms without (docs/tbt-election.md). The same text, in the page's language, without
// Intl (number-format.ts, checked against Intl).
const lang = document.documentElement.lang === 'en' ? 'en' : 'es';
parts.LinearScale.prototype.getLabelForValue = (value: number) => formatNumber(value, lang);
