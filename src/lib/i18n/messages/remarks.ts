/**
 * Strings of the remarks and responses (fact sheet §6): individuals' remarks on the statements
 * timeline and the dated responses on a claim's card. Spanish is the source; keys are prefixed
 * with "remarks.".
 */
export const es = {
	'remarks.tag': 'Comentario (sin postura; no se cuenta)',
	'remarks.permalink': 'Enlace a este comentario',
	'remarks.quickIndividuals': 'Personas',
	'remarks.filterShowing':
		'Se muestran {shown} de {total} declaraciones y {remarksShown} de {remarksTotal} comentarios.',
	'remarks.total':
		'Además, {count} comentarios de personas y otros actores citados en la cobertura: están en la cronología, pero no se cuentan en las posturas ni colorean el mapa.',
	'remarks.sameRelease': 'Del mismo comunicado que la declaración del {date}',
	'remarks.besideClaim': 'Junto a su declaración, en las comprobaciones',
	'remarks.responsesHeading': 'Lo que se añadió y respondió después, por fecha',
	'remarks.remarksHeading': 'Junto a esta declaración',
	'remarks.r.event':
		'Afirma {summary}: un hecho que ninguna cifra publicada registra (los boletines y las actas no dicen nada de la transmisión), así que no es verificable con los datos publicados.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'remarks.tag': 'Remark (no stance; not counted)',
	'remarks.permalink': 'Link to this remark',
	'remarks.quickIndividuals': 'Individuals',
	'remarks.filterShowing':
		'Showing {shown} of {total} statements and {remarksShown} of {remarksTotal} remarks.',
	'remarks.total':
		'Also {count} remarks by individuals and others named in the coverage: they are on the timeline, but they are not counted in the stances and do not colour the map.',
	'remarks.sameRelease': 'From the same release as the statement of {date}',
	'remarks.besideClaim': 'Beside their claim, in the checks',
	'remarks.responsesHeading': 'What was added and answered later, in date order',
	'remarks.remarksHeading': 'Beside this claim',
	'remarks.r.event':
		'Asserts {summary}: an event that no published figure records (the bulletins and the tally sheets say nothing about the transmission), so it is not verifiable from the published data.'
};
