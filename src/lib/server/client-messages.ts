import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { dev } from '$app/environment';
import { allMessages, type Locale, type MessageKey } from '$lib/i18n';
import { CLIENT_MESSAGES_FILE } from '../../../scripts/lib/client-messages-plugin.js';

let routes: Record<string, string[]> | undefined | null;

/** The plugin's list (client build), or null in dev (no client build: every key is sent). */
function routeTokens(): Record<string, string[]> | null {
	if (routes !== undefined) return routes;
	const file = resolve(CLIENT_MESSAGES_FILE);
	routes = !dev && existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')).routes : null;
	return routes ?? null;
}

/**
 * The route files whose browser code renders a page of a route: its `+page.svelte` and every
 * `+layout.svelte` above it.
 * @example routeFiles('/[lang]/[election]')
 * // ['src/routes/+layout.svelte', 'src/routes/[lang]/+layout.svelte',
 * //  'src/routes/[lang]/[election]/+layout.svelte', 'src/routes/[lang]/[election]/+page.svelte']
 */
export function routeFiles(routeId: string): string[] {
	const segments = routeId.split('/').filter(Boolean);
	const files = segments.map((_, i) =>
		['src/routes', ...segments.slice(0, i + 1), '+layout.svelte'].join('/')
	);
	return [
		'src/routes/+layout.svelte',
		...files,
		['src/routes', ...segments, '+page.svelte'].join('/')
	];
}

/**
 * The strings a page's browser code can show, in the page's language only (docs/performance.md,
 * "Messages"): the keys the client build found in the page's and its layouts' modules.
 */
export function pickMessages(
	messages: Record<MessageKey, string>,
	tokens: Iterable<string>
): Partial<Record<MessageKey, string>> {
	const exact = new Set<string>();
	const prefixes: string[] = [];
	for (const tk of tokens)
		if (tk.endsWith('*')) prefixes.push(tk.slice(0, -1));
		else exact.add(tk);
	const out: Partial<Record<MessageKey, string>> = {};
	for (const key of Object.keys(messages) as MessageKey[])
		if (exact.has(key) || prefixes.some((p) => key.startsWith(p))) out[key] = messages[key];
	return out;
}

/** The strings to send with a page of `routeId` in `locale`. */
export function clientMessages(
	locale: Locale,
	routeId: string | null
): Partial<Record<MessageKey, string>> {
	const all = allMessages(locale);
	const list = routeTokens();
	if (!list || !routeId) return all;
	return pickMessages(
		all,
		routeFiles(routeId).flatMap((f) => list[f] ?? [])
	);
}
