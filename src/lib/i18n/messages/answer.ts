import { t } from '../index';

/**
 * Strings of the election page's first screen (the answer per tabulation, the state of the
 * election), the election's section links and the pages' short tables of contents. Spanish is the
 * source; keys are prefixed with "answer.".
 */
export const es = {
	'answer.heading': 'Quién va por delante, según cada cuenta',
	'answer.leads': '{leader} por delante de {runnerUp}',
	'answer.margin': 'por {points} ({votes} votos)',
	'answer.tie': 'Empate entre {a} y {b}',
	'answer.coverage': 'Contado',
	'answer.asOf': 'Datos al',
	'answer.change': '¿Puede cambiar aún?',
	'answer.change.complete': 'No: no queda nada por contar.',
	'answer.change.decided':
		'No con estas cifras: {runnerUp} necesitaría el {needed} de lo que queda por contar.',
	'answer.change.open': 'Sí: {runnerUp} necesitaría el {needed} de lo que queda por contar.',
	'answer.change.tie': 'Sí: hay empate.',
	'answer.change.unknown': 'No se puede calcular con lo publicado.',
	'answer.status.live': 'El conteo sigue: última publicación el {when}.',
	'answer.status.closed': 'Sin publicaciones nuevas desde el {date}.',
	'answer.status.event': 'Después: {title}, {date}.',
	'answer.details': 'Detalle de cada cuenta',
	'answer.sectionsLabel': 'Secciones de la elección',
	'answer.section.results': 'Resultados',
	'answer.section.states': 'Estados',
	'answer.section.claims': 'Afirmaciones',
	'answer.section.statements': 'Reacciones',
	'answer.section.methodology': 'Metodología',
	'answer.more': 'Más sobre esta elección',
	'answer.more.states': 'Resultados de los {count} estados: mapa, tabla y una página por estado.',
	'answer.more.claims':
		'{count} afirmaciones comparadas con las cifras publicadas; {findings} hallazgos graves de integridad.',
	'answer.more.statements': '{count} declaraciones de {actors} actores, con mapa y cronología.',
	'answer.more.methodology': 'Las fórmulas y la aritmética de cada publicación.',
	'answer.toc': 'En esta página',
	'answer.toc.counts': 'Recuento',
	'answer.toc.map': 'Mapa',
	'answer.toc.overTime': 'En el tiempo',
	'answer.toc.timeline': 'Cronología',
	'answer.fullTable': 'Tabla completa: {snapshot}',
	'answer.outstandingLink':
		'¿Podía cambiar aún? La tabla de cada publicación y las fórmulas, en la metodología',
	'answer.source': 'fuente',
	'answer.statementQuote': 'Cita y fuentes',
	'answer.statementMore': 'Cita, fuentes y más',
	'answer.sourcesCount': 'Fuentes ({count})'
};

export const en: Record<keyof typeof es, string> = {
	'answer.heading': 'Who leads, by each count',
	'answer.leads': '{leader} ahead of {runnerUp}',
	'answer.margin': 'by {points} ({votes} votes)',
	'answer.tie': '{a} and {b} tied',
	'answer.coverage': 'Counted',
	'answer.asOf': 'As of',
	'answer.change': 'Can it still change?',
	'answer.change.complete': 'No: nothing is left to count.',
	'answer.change.decided':
		'Not on these figures: {runnerUp} would need {needed} of the vote left to count.',
	'answer.change.open': 'Yes: {runnerUp} would need {needed} of the vote left to count.',
	'answer.change.tie': 'Yes: it is a tie.',
	'answer.change.unknown': 'Cannot be computed from what was published.',
	'answer.status.live': 'Counting goes on: latest release {when}.',
	'answer.status.closed': 'No new release since {date}.',
	'answer.status.event': 'Since then: {title}, {date}.',
	'answer.details': 'Each count in detail',
	'answer.sectionsLabel': 'Sections of the election',
	'answer.section.results': 'Results',
	'answer.section.states': 'States',
	'answer.section.claims': 'Claims',
	'answer.section.statements': 'Reactions',
	'answer.section.methodology': 'Methodology',
	'answer.more': 'More about this election',
	'answer.more.states': 'Results for the {count} states: map, table and one page per state.',
	'answer.more.claims':
		'{count} claims compared with the published figures; {findings} serious integrity findings.',
	'answer.more.statements': '{count} statements by {actors} actors, with a map and a timeline.',
	'answer.more.methodology': 'The formulas and the arithmetic of every release.',
	'answer.toc': 'On this page',
	'answer.toc.counts': 'Counts',
	'answer.toc.map': 'Map',
	'answer.toc.overTime': 'Over time',
	'answer.toc.timeline': 'Timeline',
	'answer.fullTable': 'Full table: {snapshot}',
	'answer.outstandingLink':
		'Could it still change? The table for every release and the formulas, in the methodology',
	'answer.source': 'source',
	'answer.statementQuote': 'Quote and sources',
	'answer.statementMore': 'Quote, sources and more',
	'answer.sourcesCount': 'Sources ({count})'
};

/** Keys of this area. */
export type AnswerKey = keyof typeof es;

/**
 * A string of this area, with `{name}` placeholders filled: `t` with the keys narrowed to this
 * area. (The area is registered in src/lib/i18n/index.ts like the others, so a page's browser
 * code receives only the strings it uses, in its language.)
 * @example ta('en', 'answer.coverage') // 'Counted'
 */
export function ta(
	locale: 'es' | 'en',
	key: AnswerKey,
	vars: Record<string, string | number> = {}
): string {
	return t(locale, key, vars);
}
