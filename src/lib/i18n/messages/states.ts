/** Strings of the states area. Spanish is the source; keys are prefixed with "states.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
