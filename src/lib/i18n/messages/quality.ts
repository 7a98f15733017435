/** Strings of the quality area. Spanish is the source; keys are prefixed with "quality.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
