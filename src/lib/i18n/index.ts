import { LOCALES, type Locale } from '../locales';
import * as core from './messages/core';
import * as results from './messages/results';
import * as claims from './messages/claims';
import * as statements from './messages/statements';
import * as quality from './messages/quality';
import * as states from './messages/states';
import * as share from './messages/share';
import * as feeds from './messages/feeds';
import * as remarks from './messages/remarks';
import * as basis from './messages/basis';
import * as lookup from './messages/lookup';
import * as sheets from './messages/sheets';
import * as answer from './messages/answer';
import * as live from './messages/live';
import * as livepage from './messages/livepage';
import * as embeds from './messages/embeds';
import * as cite from './messages/cite';
import * as chartShare from './messages/chart-share';
import * as chartCite from './messages/chart-cite';

export { LOCALES, type Locale };

// One catalogue per area keeps parallel work out of one big file; the keys are prefixed by area.
// A new area registers here: import it above and spread it into both languages below.
//
// What reaches the browser (docs/performance.md, "Messages"): nothing of this catalogue. The
// server (prerendering) calls `serverCatalogue()`; in the client build `import.meta.env.SSR` is
// false, so the function and every area module drop out of the bundle. A hydrated page gets its
// strings as data instead: the root layout's server load (src/routes/+layout.server.ts) sends the
// strings of the page's language that the page's client code mentions — the build plugin
// scripts/lib/client-messages-plugin.js lists, per route file, the keys (and `prefix.${…}` key
// families) in the client modules it imports — and the root universal load hands them to
// `useMessages` before anything renders. So a page ships one language, only the strings its
// components can show, and server-only strings (feeds, social cards, basis-build) never leave the
// server. Nothing changes for callers: `t(locale, key, vars)` with a type-checked `MessageKey`.
function serverCatalogue() {
	const es = {
		...core.es,
		...results.es,
		...states.es,
		...claims.es,
		...statements.es,
		...quality.es,
		...share.es,
		...feeds.es,
		...remarks.es,
		...basis.es,
		...lookup.es,
		...sheets.es,
		...answer.es,
		...live.es,
		...livepage.es,
		...embeds.es,
		...cite.es,
		...chartShare.es,
		...chartCite.es
	};
	const en: Record<keyof typeof es, string> = {
		...core.en,
		...results.en,
		...states.en,
		...claims.en,
		...statements.en,
		...quality.en,
		...share.en,
		...feeds.en,
		...remarks.en,
		...basis.en,
		...lookup.en,
		...sheets.en,
		...answer.en,
		...live.en,
		...livepage.en,
		...embeds.en,
		...cite.en,
		...chartShare.en,
		...chartCite.en
	};
	return { es, en };
}
export type MessageKey = keyof ReturnType<typeof serverCatalogue>['es'];
type Messages = Partial<Record<MessageKey, string>>;

let full: Record<Locale, Record<MessageKey, string>> | undefined;
/** The whole catalogue of a locale. Server only (prerendering, feeds, cards); throws in a browser. */
export function allMessages(locale: Locale): Record<MessageKey, string> {
	if (!import.meta.env.SSR) throw new Error('the full message catalogue is server-only');
	full ??= serverCatalogue();
	return full[locale];
}

/** In the browser: the strings received with the pages seen so far (see `useMessages`). */
const received: Record<Locale, Messages> = { es: {}, en: {} };

/** Browser: add strings sent with a page's data (root layout) to what `t` can look up. */
export function useMessages(locale: Locale, messages: Messages): void {
	Object.assign(received[locale], messages);
}

export function isLocale(value: string | undefined): value is Locale {
	return value !== undefined && (LOCALES as readonly string[]).includes(value);
}

/** The other site locale, for the language switch. */
export function otherLocale(locale: Locale): Locale {
	return locale === 'es' ? 'en' : 'es';
}

/**
 * A message in a locale, with `{name}` placeholders filled. Values are inserted as text; the result
 * is always rendered as text, never as HTML.
 * @example t('en', 'election.coverageUnits', { counted: '24,384', total: '30,026' })
 * // '24,384 of 30,026 tally sheets'
 */
export function t(
	locale: Locale,
	key: MessageKey,
	vars: Record<string, string | number> = {}
): string {
	let template = import.meta.env.SSR ? allMessages(locale)[key] : received[locale][key];
	if (template === undefined) {
		// A key the build did not see in the page's client code (docs/performance.md): show the key
		// rather than break the page, and say so in the console.
		console.error(`message ${key} (${locale}) was not sent to this page`);
		template = key;
	}
	return template.replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m
	);
}

/**
 * The locale of a route's `[lang]` segment; anything else is a 404. (Server loads cannot read the
 * universal layout's data through `parent()`, so each one asks here.)
 */
export function localeOf(param: string | undefined): Locale {
	if (!isLocale(param)) throw new Error(`unknown locale ${param}`);
	return param;
}
