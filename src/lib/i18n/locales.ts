/**
 * The site locales, without zod: the browser imports the i18n layer on every page, and importing
 * them from `schemas/common` pulled the whole of zod (~31 kB gzip) into every page's first load.
 * `schemas/common` defines the same list for validation; the type check below keeps them equal.
 */
import type { Locale as SchemaLocale } from '../schemas/common';

export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];

// Compile-time guard: both lists must name the same locales.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : never) : never;
export const LOCALES_MATCH_SCHEMA: Same<Locale, SchemaLocale> = true;
