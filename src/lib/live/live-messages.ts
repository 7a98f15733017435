/**
 * The live-update strings (src/lib/i18n/messages/live.ts) with the same `{name}` filling as `t()`.
 * They are kept out of the site-wide catalogue on purpose: only the poller uses them, and the
 * headline embed loads the poller lazily, so no page pays for these strings in its first load
 * unless it polls.
 */
import type { Locale } from '../locales';
import * as live from '../i18n/messages/live';

const catalogue: Record<Locale, Record<LiveKey, string>> = { es: live.es, en: live.en };
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
	return catalogue[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m
	);
}
