/** Strings of the results area. Spanish is the source; keys are prefixed with "results.". */
export const es = {
	'results.chartTable': 'Ver los datos en una tabla'
} as const;

export const en: Record<keyof typeof es, string> = {
	'results.chartTable': 'Show the data as a table'
};
