/** Strings of the statements area. Spanish is the source; keys are prefixed with "statements.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
