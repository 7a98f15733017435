// The PNG download of the chart menus (embed/js/png.js), loaded by /cite.js
// (src/lib/cite/enhance.js) the first time a reader asks for a PNG, on every page with or
// without SvelteKit's client. It draws the chart found on the page (chart.js canvas or tile map)
// with its title and footer lines; it carries no chart.js of its own (the drawn chart is kept on
// its canvas, src/lib/charts/instance.ts).
import { downloadBlob, renderChartPng } from '../components/share/chart-png';

(window as unknown as { EscrutinioPng: object }).EscrutinioPng = { renderChartPng, downloadBlob };
