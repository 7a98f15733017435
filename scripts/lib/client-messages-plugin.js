// Vite plugin: which message keys each route's browser code can ask `t()` for.
//
// The message catalogue (src/lib/i18n/index.ts) stays on the server; a hydrated page receives the
// strings it needs, in its language, with its data (src/routes/+layout.server.ts). This plugin
// decides "needs": in the client build it collects, per module, the string literals that look like
// message keys ('share.copied') and the prefixes of keys built in template literals
// (`statements.stance.${s}` → 'statements.stance.*'), then writes, per route file (+page.svelte,
// +layout.svelte), the union over every module it imports, statically or lazily, to
// .svelte-kit/escrutinio/client-messages.json. Prerendering runs after the client build and reads
// it (src/lib/server/client-messages.ts). Anything that is not a key is dropped there, when the
// tokens meet the catalogue. A key computed some other way (concatenation of two variables) would
// be missed: `t()` then shows the key and logs an error, which the e2e suite notices.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';

export const CLIENT_MESSAGES_FILE = '.svelte-kit/escrutinio/client-messages.json';

const EXACT = /[`'"]([A-Za-z][\w-]*(?:\.[\w-]+)+)[`'"]/g;
const PREFIX = /[`'"]([A-Za-z][\w-]*(?:\.[\w-]+)*\.)(?:\$\{|[`'"]\s*\+)/g;

/**
 * Key-like tokens in a module's code: exact keys, and `prefix.*` for keys completed at run time.
 * @param {string} code
 * @returns {string[]}
 * @example keyTokens("t(l, 'share.copied'); t(l, `statements.stance.${s}`)")
 * // ['share.copied', 'statements.stance.*']
 */
export function keyTokens(code) {
	const found = new Set();
	for (const m of code.matchAll(EXACT)) found.add(m[1]);
	for (const m of code.matchAll(PREFIX)) found.add(`${m[1]}*`);
	return [...found];
}

/** @returns {import('vite').Plugin} */
export function clientMessages() {
	/** @type {Map<string, string[]>} */
	const tokens = new Map();
	let root = process.cwd();
	let client = false;
	return {
		name: 'escrutinio-client-messages',
		apply: 'build',
		enforce: 'post',
		configResolved(config) {
			root = config.root;
			client = !config.build.ssr;
		},
		transform(code, id) {
			if (!this.environment ? !client : this.environment.name !== 'client') return;
			// The catalogue's own modules list every key; they never reach the browser.
			if (id.includes('/node_modules/') || id.includes('/src/lib/i18n/messages/')) return;
			const found = keyTokens(code);
			if (found.length) tokens.set(id.replace(/\?.*$/, ''), found);
		},
		generateBundle() {
			if (!this.environment ? !client : this.environment.name !== 'client') return;
			/** @type {Record<string, string[]>} */
			const routes = {};
			for (const id of this.getModuleIds()) {
				if (!/\/src\/routes\/(?:.*\/)?\+(?:page|layout)\.svelte$/.test(id)) continue;
				const seen = new Set([id]);
				const queue = [id];
				const keys = new Set();
				while (queue.length) {
					const m = /** @type {string} */ (queue.pop());
					for (const k of tokens.get(m) ?? []) keys.add(k);
					const info = this.getModuleInfo(m);
					for (const next of [
						...(info?.importedIds ?? []),
						...(info?.dynamicallyImportedIds ?? [])
					])
						if (!seen.has(next) && !next.includes('/node_modules/')) {
							seen.add(next);
							queue.push(next);
						}
				}
				routes[relative(root, id)] = [...keys].sort();
			}
			const file = resolve(root, CLIENT_MESSAGES_FILE);
			mkdirSync(dirname(file), { recursive: true });
			writeFileSync(file, JSON.stringify({ routes }, null, '\t') + '\n');
		}
	};
}
