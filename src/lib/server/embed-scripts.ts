// The classic scripts of the chart embeds (`embed/js/<name>.js`), bundled at build time from
// src/lib/embed-client/ with Vite's library mode as one IIFE each. Classic, not ES modules: a frame
// sandboxed without same-origin (WordPress's oEmbed iframes) has an opaque origin, and may load a
// module from a host without CORS headers only by failing with a console error; a classic script
// it runs like any page. The chart configuration builders are the site's own (src/lib/charts/);
// only the two modules that would drag in the whole message catalogue or zod are swapped for
// small stand-ins: the messages those builders use, and the list of stances.
import { resolve } from 'node:path';
import { allMessages, type MessageKey } from '$lib/i18n';
import { STANCES } from '$lib/schemas/statement';
import { timedAsync } from './build-timing';

/** The scripts, each an entry in src/lib/embed-client/. */
export const EMBED_SCRIPTS = [
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

const cache = new Map<EmbedScript, Promise<string>>();

/**
 * The minified IIFE of one script (built once per build). The first request starts every script's
 * bundle at once: Rolldown works on its own threads, so they build together, beside the
 * prerendering of other pages.
 */
export function embedScript(name: EmbedScript): Promise<string> {
	if (cache.size === 0)
		for (const n of EMBED_SCRIPTS) {
			const p = timedAsync(`embed-script bundle ${n}`, () => bundle(n));
			p.catch(() => {}); // a failure is reported to the request that awaits it
			cache.set(n, p);
		}
	let p = cache.get(name);
	if (!p) {
		p = timedAsync(`embed-script bundle ${name}`, () => bundle(name));
		cache.set(name, p);
	}
	return p;
}

async function bundle(name: EmbedScript): Promise<string> {
	const { build } = await import('vite');
	const root = process.cwd();
	const lib = resolve(root, 'src/lib');
	const shims: Record<string, string> = {
		[resolve(lib, 'i18n/index.ts')]: '\0embed-messages',
		[resolve(lib, 'schemas/statement.ts')]: '\0embed-stances'
	};
	const out = await build({
		configFile: false,
		logLevel: 'silent',
		root,
		plugins: [
			{
				name: 'embed-shims',
				enforce: 'pre',
				async resolveId(source, importer, options) {
					if (source.startsWith('\0')) return source;
					const r = await this.resolve(source, importer, { ...options, skipSelf: true });
					return r && shims[r.id] ? shims[r.id] : null;
				},
				load(id) {
					if (id === '\0embed-messages') return messagesModule(name);
					if (id === '\0embed-stances') return `export const STANCES = ${JSON.stringify(STANCES)};`;
					return null;
				}
			}
		],
		// JSON imports (the world atlas) as `JSON.parse('…')`: V8 reads a JSON string much faster
		// than the same object as a JavaScript literal.
		json: { stringify: true },
		build: {
			write: false,
			minify: true,
			// Vite's default target (the browsers the site's own bundles are built for); an older
			// one would transpile chart.js's classes and add about 10 kB gzip.
			lib: {
				entry: resolve(lib, `embed-client/${name}.ts`),
				formats: ['iife'],
				name: `escrutinioEmbed_${name}`,
				fileName: name
			}
		}
	});
	const result = Array.isArray(out) ? out[0]! : out;
	if (!('output' in result)) throw new Error('embed scripts: unexpected watcher');
	const chunk = result.output.find((o) => o.type === 'chunk');
	if (!chunk || chunk.type !== 'chunk') throw new Error(`embed scripts: no output for ${name}`);
	return chunk.code;
}
