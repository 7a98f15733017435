/**
 * The live-update strings (src/lib/i18n/messages/live.ts): `t` with the keys narrowed to that
 * area. The area is registered in the site catalogue like the others; a page's browser code
 * receives only the strings its components use (docs/performance.md, "Messages").
 */
import type { Locale } from '../locales';
import { t } from '../i18n';
import type * as live from '../i18n/messages/live';

export type LiveKey = keyof typeof live.es;

/**
 * A live-update message in a locale, with `{name}` placeholders filled (as text, never HTML).
 * @example tl('en', 'live.every', { seconds: 60 }) // 'This page checks for new data every 60 s.'
 */
export function tl(
	locale: Locale,
	key: LiveKey,
	vars: Record<string, string | number> = {}
): string {
	return t(locale, key, vars);
}
