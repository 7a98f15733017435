/**
 * The site locales, in a module without zod: every page imports the i18n layer, and importing the
 * list from the schemas would pull zod (~31 kB gzip) into every page's first load, embeds
 * included. The schemas keep the same list for validation (locales.test.ts checks they agree).
 */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
