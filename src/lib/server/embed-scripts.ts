// The classic scripts of the chart embeds and of the pages without SvelteKit's client
// (`embed/js/<name>.js`), bundled at build time from src/lib/embed-client/ by Rolldown (called
// directly: Vite's library mode added about half a second of set-up per script), one minified
// IIFE each. Classic, not ES modules: a frame sandboxed without same-origin (WordPress's oEmbed
// iframes) has an opaque origin, and may load a module from a host without CORS headers only by
// failing with a console error; a classic script it runs like any page. The chart configuration
// builders are the site's own (src/lib/charts/); only the two modules that would drag in the whole
// message catalogue or zod are swapped for small stand-ins: the messages those builders use, and
// the list of stances.
//
// chart.js is in one script, the shared runtime `chart` (embed/js/chart.js,
// src/lib/embed-client/chart.ts); every other script imports 'chart.js' and 'chart.js/helpers' as
// externals read from the runtime's global `EscrutinioChartJs`, and embed.js loads the runtime
// before the first figure script of a page.
//
// Each script is kept in the build cache (src/lib/server/build-cache.ts) under the hash of what it
// is made from: every source file under src/lib (this file included), the lockfile (the packages'
// code) and its messages. A build after a change that touched none of them bundles nothing.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { allMessages, type MessageKey } from '$lib/i18n';
import { STANCES } from '$lib/schemas/statement';
import { cached, cacheKey } from './build-cache';
import { timedAsync } from './build-timing';

/** The scripts, each an entry in src/lib/embed-client/. */
export const EMBED_SCRIPTS = [
	'chart',
	'embed',
	'timeline',
	'claim',
	'world',
	'png',
	'share',
	'fingerprint',
	'histogram',
	'sort',
	'stance',
	'statements',
	'lookup',
	'results',
	'live',
	'livecheck'
] as const;
export type EmbedScript = (typeof EMBED_SCRIPTS)[number];

/** Message keys each script's chart builder uses (by prefix): only those go into its bundle. */
const MESSAGE_PREFIXES: Record<EmbedScript, string[]> = {
	chart: [],
	embed: [],
	png: [],
	timeline: ['results.timeline.'],
	claim: [],
	world: ['statements.stance.', 'statements.mapTitle'],
	share: ['results.share.', 'results.announcedShort'],
	fingerprint: ['sheets.fingerprint.'],
	histogram: ['sheets.turnout.'],
	sort: [],
	stance: ['statements.stance.', 'statements.axisGovernments'],
	statements: [],
	lookup: [],
	results: [],
	live: ['live.', 'livepage.'],
	livecheck: []
};

function messagesModule(name: EmbedScript): string {
	const prefixes = MESSAGE_PREFIXES[name];
	const pick = (m: Record<MessageKey, string>) =>
		Object.fromEntries(Object.entries(m).filter(([k]) => prefixes.some((p) => k.startsWith(p))));
	const messages = { es: pick(allMessages('es')), en: pick(allMessages('en')) };
	return `const M = ${JSON.stringify(messages)};
export function t(locale, key, vars = {}) {
	const template = (M[locale] && M[locale][key]) || key;
	return template.replace(/\\{(\\w+)\\}/g, (m, name) => (name in vars ? String(vars[name]) : m));
}`;
}

/** The global of the shared runtime that the other scripts read chart.js from (chart-parts.ts). */
const CHART_GLOBALS = {
	'chart.js': 'EscrutinioChartJs',
	'chart.js/helpers': 'EscrutinioChartJs.helpers'
};

/** The chart scripts whose builders format numbers with ../i18n/format.ts: they get
 * ../embed-client/number-format.ts in its place, so drawing them never starts the browser's ICU (a
 * long task of its own: docs/tbt-election.md). Only the timeline's day labels (time axis) are still
 * formatted with Intl, after a task that starts ICU (draw.ts); the stance chart's days come written
 * in its model. */
const WITHOUT_INTL = new Set<EmbedScript>([
	'share',
	'histogram',
	'fingerprint',
	'claim',
	'timeline'
]);

/** The shared runtime is evaluated when a chart nears the viewport and its functions run at once:
 * this magic comment has Chromium compile all of them on the script's streaming thread, not
 * lazily on the main thread inside the first chart's task (docs/tbt-election.md). */
const COMPILE_HINT = '//# allFunctionsCalledOnLoad\n';

/** Vite's default target (the browsers the site's own bundles are built for); an older one would
 * transpile chart.js's classes and add about 10 kB gzip. */
const TARGET = ['chrome111', 'edge111', 'firefox114', 'safari16.4', 'ios16.4'];

let sourceHash: string | undefined;
/** SHA-256 over every source file under src/lib (tests left out) and the lockfile. */
function sourcesHash(root: string): string {
	if (sourceHash) return sourceHash;
	const h = createHash('sha256');
	const walk = (dir: string) => {
		for (const e of readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
			a.name < b.name ? -1 : 1
		)) {
			const p = join(dir, e.name);
			if (e.isDirectory()) walk(p);
			else if (/\.(ts|js|json)$/.test(e.name) && !/\.test\.ts$/.test(e.name)) {
				h.update(`${p.slice(root.length)}\0`);
				h.update(readFileSync(p));
			}
		}
	};
	walk(resolve(root, 'src/lib'));
	try {
		h.update(readFileSync(resolve(root, 'package-lock.json')));
	} catch {
		// no lockfile: the sources alone
	}
	sourceHash = h.digest('hex');
	return sourceHash;
}

/**
 * What chartjs-chart-geo (world.js) imports and the map never uses: its ColorScale's colour schemes
 * (d3-scale-chromatic, with d3-interpolate and d3-color) and d3-geo's named projections, which its
 * ProjectionScale looks up by name. The library names both in module-level tables (its scale's
 * defaults, the projections' lookup), so tree-shaking keeps them all: about a third of world.js's
 * code, evaluated for nothing on the map's script's task. The map registers its own `color` scale
 * (src/lib/charts/world-stance-scale.ts) and always gives the projection as a function
 * (world-planar.ts's planarProjection): these stand-ins are never called, and throw if they are.
 * The names are those chartjs-chart-geo 4.3 imports; a missing one fails the bundle.
 */
const CHART_GEO_UNUSED: Record<string, string[]> = {
	'd3-scale-chromatic': (
		'interpolateYlOrRd interpolateYlOrBr interpolateYlGnBu interpolateYlGn interpolateWarm ' +
		'interpolateViridis interpolateTurbo interpolateSpectral interpolateSinebow interpolateReds ' +
		'interpolateRdYlGn interpolateRdYlBu interpolateRdPu interpolateRdGy interpolateRdBu ' +
		'interpolateRainbow interpolatePurples interpolatePuRd interpolatePuOr interpolatePuBuGn ' +
		'interpolatePuBu interpolatePlasma interpolatePiYG interpolatePRGn interpolateOranges ' +
		'interpolateOrRd interpolateMagma interpolateInferno interpolateGreys interpolateGreens ' +
		'interpolateGnBu interpolateCubehelixDefault interpolateCool interpolateCividis ' +
		'interpolateBuPu interpolateBuGn interpolateBrBG interpolateBlues'
	).split(' '),
	'd3-geo': (
		'geoNaturalEarth1 geoTransverseMercator geoMercator geoEquirectangular geoConicEquidistant ' +
		'geoConicEqualArea geoConicConformal geoAlbersUsa geoAlbers geoEqualEarth geoStereographic ' +
		'geoOrthographic geoGnomonic geoAzimuthalEquidistant geoAzimuthalEqualArea geoContains ' +
		'geoGraticule10 geoGraticule'
	).split(' ')
};
/** The stand-in module for `source` as chartjs-chart-geo imports it (d3-geo's geoPath is real). */
function chartGeoStandIn(source: string): string {
	const names = CHART_GEO_UNUSED[source] ?? [];
	return [
		source === 'd3-geo' ? `export { geoPath } from 'd3-geo';` : '',
		`function unused() {\n\tthrow new Error('world.js: ${source} is not bundled');\n}`,
		`export { ${names.map((n) => `unused as ${n}`).join(', ')} };`
	].join('\n');
}

const cache = new Map<EmbedScript, Promise<string>>();

/**
 * The minified IIFE of one script (built once per build, or read from the build cache). The first
 * request starts every script's bundle at once: Rolldown works on its own threads, so they build
 * together, beside the prerendering of other pages.
 */
export function embedScript(name: EmbedScript): Promise<string> {
	if (cache.size === 0)
		for (const n of EMBED_SCRIPTS) {
			const p = timedAsync(`embed-script bundle ${n}`, () => cachedBundle(n));
			p.catch(() => {}); // a failure is reported to the request that awaits it
			cache.set(n, p);
		}
	let p = cache.get(name);
	if (!p) {
		p = timedAsync(`embed-script bundle ${name}`, () => cachedBundle(name));
		cache.set(name, p);
	}
	return p;
}

async function cachedBundle(name: EmbedScript): Promise<string> {
	const root = process.cwd();
	const messages = messagesModule(name);
	const key = cacheKey('embed-script 3', name, sourcesHash(root), messages);
	const { data } = await cached('embed-scripts', key, () => bundle(name, messages));
	return data.toString('utf8');
}

async function bundle(name: EmbedScript, messages: string): Promise<string> {
	const { rolldown } = await import('rolldown');
	const root = process.cwd();
	const lib = resolve(root, 'src/lib');
	const shims: Record<string, string> = {
		[resolve(lib, 'i18n/index.ts')]: '\0embed-messages',
		[resolve(lib, 'schemas/statement.ts')]: '\0embed-stances',
		[resolve(lib, 'charts/world-shapes.ts')]: '\0embed-world-shapes'
	};
	const format = resolve(lib, 'i18n/format.ts');
	const numberFormat = resolve(lib, 'embed-client/number-format.ts');
	const build = await rolldown({
		input: resolve(lib, `embed-client/${name}.ts`),
		cwd: root,
		platform: 'browser',
		logLevel: 'silent',
		external: name === 'chart' ? [] : Object.keys(CHART_GLOBALS),
		transform: { target: TARGET, define: { 'process.env.NODE_ENV': '"production"' } },
		plugins: [
			{
				name: 'embed-shims',
				async resolveId(source, importer, options) {
					if (source.startsWith('\0')) return source;
					if (source in CHART_GEO_UNUSED && importer?.includes('/chartjs-chart-geo/'))
						return `\0embed-chart-geo:${source}`;
					if (!importer || !source.startsWith('.')) return null;
					const r = await this.resolve(source, importer, { ...options, skipSelf: true });
					if (r?.id === format && WITHOUT_INTL.has(name) && importer !== numberFormat)
						return numberFormat;
					return r && shims[r.id] ? shims[r.id] : null;
				},
				async load(id) {
					if (id === '\0embed-messages') return messages;
					if (id.startsWith('\0embed-chart-geo:'))
						return chartGeoStandIn(id.slice('\0embed-chart-geo:'.length));
					if (id === '\0embed-stances') return `export const STANCES = ${JSON.stringify(STANCES)};`;
					// The countries, projected here, once (src/lib/charts/world-shapes.ts), read from a
					// JSON string on the map's first drawing.
					if (id === '\0embed-world-shapes') {
						const { encodedCountries } = await import('$lib/charts/world-shapes');
						const text = JSON.stringify(JSON.stringify(encodedCountries()));
						return `let shapes;\nexport function encodedCountries() {\n\treturn (shapes ??= JSON.parse(${text}));\n}`;
					}
					// JSON (the world atlas) as `JSON.parse('…')`: V8 reads a JSON string much faster
					// than the same object as a JavaScript literal.
					if (id.endsWith('.json')) {
						const text = JSON.stringify(JSON.parse(readFileSync(id, 'utf8')));
						return {
							code: `export default JSON.parse(${JSON.stringify(text)});`,
							moduleType: 'js'
						};
					}
					return null;
				}
			}
		]
	});
	try {
		const { output } = await build.generate({
			format: 'iife',
			name: `escrutinioEmbed_${name}`,
			globals: CHART_GLOBALS,
			minify: true
		});
		const chunk = output.find((o) => o.type === 'chunk');
		if (!chunk || chunk.type !== 'chunk') throw new Error(`embed scripts: no output for ${name}`);
		return name === 'chart' ? COMPILE_HINT + chunk.code : chunk.code;
	} finally {
		await build.close();
	}
}
