/** Strings of the results area. Spanish is the source; keys are prefixed with "results.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
