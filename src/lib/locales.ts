// The site locales, in a module without zod: the i18n layer runs in the browser on every page, and
// importing them from the schemas would ship all of zod (≈ 25 kB gz) to every page — and zod's
// `Function('')` capability probe trips the CSP (`script-src` without 'unsafe-eval').

/** Locales the site is published in. Spanish is the source language of the catalogue. */
export const LOCALES = ['es', 'en'] as const;
export type Locale = (typeof LOCALES)[number];
