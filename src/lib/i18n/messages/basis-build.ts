/**
 * Strings of issue 15 used only when pages are built (claim verdict sentences, conclusions,
 * derived findings): kept out of the catalogue the browser loads, so embeds stay within budget.
 * Spanish is the source; English must have every key.
 */
import type { Locale } from '../../locales';

export const es = {
	'basis.by.consistent': 'coherente con {release}',
	'basis.by.contradicted': 'contradicha por {release}',
	'basis.by.impossible': 'aritméticamente imposible según {release}',
	'basis.by.not-established': 'no establecida por los números de {release}',
	'basis.by.not-verifiable': 'no verificable con {release}',
	'basis.by.none': 'no verificable con «{tabulation}»: aún no había ninguna publicación suya',
	'basis.by.claimLevel': 'no verificable con cifras: es un juicio, no un número',
	'basis.conclusion': '{who}, {when}, declaró «{what}»: {verdicts}.',
	'basis.r.baseUnavailable':
		'{name}: declarado {claimed} {base}; {snapshot} no da esa base, así que ese porcentaje no puede compararse con sus cifras.',
	'basis.r.shareFinalNoCount':
		'Para que {name} termine con el {claimed}, necesitaría alrededor del {needed} de lo que faltaba por contar tras {snapshot} (hasta ahí: {reported}).',
	'basis.r.upperBound':
		'Esta publicación no da la base de la declaración; el porcentaje {base} es un máximo de esa base, y ni así es alcanzable.',
	'basis.r.majorityLower':
		'{name} tiene el {reported} de los votantes en {snapshot}; sin los votos nulos por separado no se sabe si pasa del 50 % de los votos válidos: los números no lo establecen.',
	'basis.r.majorityLowerOk':
		'{name} tiene el {reported} de los votantes en {snapshot}: más de la mitad de los votos emitidos, y por tanto de los válidos.',
	'basis.r.majorityUpper':
		'{name} tiene el {reported} de los candidatos listados solamente en {snapshot}; sin los votos de los demás no prueba una mayoría: los números no lo establecen.',
	'basis.r.qualityNotEstablished':
		'«{word}»: los números no lo establecen ni lo refutan. La ventaja de {name} ({margin} votos) era menor que los unos {outstanding} votos que faltaban por contar: {other} aún podía empatar con el {needed} de ellos ({neededMinors} si los candidatos menores mantenían su parte).',
	'basis.derivedFrom': 'Se deduce del hallazgo anterior: {parent}',
	'claims.verdict.not-established': 'No establecida por los números'
} as const;

export const en: Record<keyof typeof es, string> = {
	'basis.by.consistent': 'consistent with {release}',
	'basis.by.contradicted': 'contradicted by {release}',
	'basis.by.impossible': 'arithmetically impossible given {release}',
	'basis.by.not-established': 'not established by the numbers of {release}',
	'basis.by.not-verifiable': 'not verifiable against {release}',
	'basis.by.none': 'not verifiable against “{tabulation}”: none of its releases existed yet',
	'basis.by.claimLevel': 'not verifiable by figures: a judgement, not a number',
	'basis.conclusion': '{who}, {when}, claimed “{what}”: {verdicts}.',
	'basis.r.baseUnavailable':
		'{name}: claimed {claimed} {base}; {snapshot} does not give that base, so that share cannot be compared with its figures.',
	'basis.r.shareFinalNoCount':
		'For {name} to finish with {claimed}, they would need about {needed} of what was still to count after {snapshot} (so far: {reported}).',
	'basis.r.upperBound':
		'This release does not give the claim’s base; the share {base} is an upper bound of it, and even that is out of reach.',
	'basis.r.majorityLower':
		'{name} has {reported} of voters in {snapshot}; without the null votes given separately it is not known whether that is more than 50% of valid votes: the numbers do not establish it.',
	'basis.r.majorityLowerOk':
		'{name} has {reported} of voters in {snapshot}: more than half of the ballots cast, and so of the valid votes.',
	'basis.r.majorityUpper':
		'{name} has {reported} of the listed candidates only in {snapshot}; without the other candidates’ votes that does not prove a majority: the numbers do not establish it.',
	'basis.r.qualityNotEstablished':
		'“{word}”: the numbers neither establish nor refute it. {name}’s lead ({margin} votes) was smaller than the about {outstanding} votes still to count: {other} could still draw level with {needed} of them ({neededMinors} if the minor candidates kept their share).',
	'basis.derivedFrom': 'Follows from the finding above: {parent}',
	'claims.verdict.not-established': 'Not established by the numbers'
};

export type BuildMessageKey = keyof typeof es;
const catalogue: Record<Locale, Record<BuildMessageKey, string>> = { es, en };

/**
 * A build-time message with `{name}` placeholders filled (same rules as `t`).
 * @example tb('en', 'basis.by.contradicted', { release: 'CNE bulletin 1' }) // 'contradicted by CNE bulletin 1'
 */
export function tb(
	locale: Locale,
	key: BuildMessageKey,
	vars: Record<string, string | number> = {}
): string {
	return catalogue[locale][key].replace(/\{(\w+)\}/g, (m, name: string) =>
		name in vars ? String(vars[name]) : m
	);
}
