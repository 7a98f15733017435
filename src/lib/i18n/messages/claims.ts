/** Strings of the claims area. Spanish is the source; keys are prefixed with "claims.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
