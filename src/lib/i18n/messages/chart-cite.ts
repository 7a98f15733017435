/**
 * Strings of the citations of charts and of the tally-sheet checks (issue 14 item 1). They are
 * used only in the pages' server loads (src/lib/server/cite.ts): nothing here reaches the browser.
 * Spanish is the source.
 */
export const es = {
	'chartCite.title': '{election}: gráfico «{chart}»',
	'chartCite.titleRelease': '{election}: gráfico «{chart}», {release}',
	'chartCite.sheetTitle': '{election}: pruebas de las actas de {release}, «{check}»'
} as const;

export const en: Record<keyof typeof es, string> = {
	'chartCite.title': '{election}: chart “{chart}”',
	'chartCite.titleRelease': '{election}: chart “{chart}”, {release}',
	'chartCite.sheetTitle': '{election}: tests of the tally sheets of {release}, “{check}”'
} as const;
