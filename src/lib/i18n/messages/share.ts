/** Strings of the share area. Spanish is the source; keys are prefixed with "share.". */
export const es = {} as const;

export const en: Record<keyof typeof es, string> = {};
