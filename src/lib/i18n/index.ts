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
import * as embeds from './messages/embeds';
import * as cite from './messages/cite';
import * as chartShare from './messages/chart-share';

export { LOCALES, type Locale };

// One catalogue per area keeps parallel work out of one big file; the keys are prefixed by area.
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
	...embeds.es,
	...cite.es,
	...chartShare.es
};
export type MessageKey = keyof typeof es;
const en: Record<MessageKey, string> = {
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
	...embeds.en,
	...cite.en,
	...chartShare.en
};

export const catalogue: Record<Locale, Record<MessageKey, string>> = { es, en };

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
	const template = catalogue[locale][key];
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
