/**
 * Strings of the "one base, one rule" area (issue 15): what every percentage is a share of, the
 * "not established" verdict, verdicts worded as "contradicted by <release>", the one-sentence
 * conclusion of a claim, derived findings and counter-views. Spanish is the source.
 */
export const es = {
	'basis.of.valid': 'de los votos válidos',
	'basis.of.voters': 'de los votantes (votos emitidos)',
	'basis.of.listed': 'de los candidatos listados solamente',
	'basis.sharesOf.valid':
		'Porcentajes calculados sobre los votos válidos ({total}), como los anunciados.',
	'basis.sharesOf.voters':
		'Porcentajes calculados sobre los votantes ({total} votos emitidos), la misma base de los porcentajes anunciados.',
	'basis.sharesOf.listed':
		'Porcentajes de los candidatos listados solamente ({total} votos): esta publicación no dio los votos de los demás candidatos ni los nulos.',
	'basis.colShare.listed': '% de los listados solamente',
	'basis.share.desc':
		'En {snapshot}, {leader} tiene el {leaderShare} y {runnerUp} el {runnerUpShare}; porcentajes {base}.',
	'basis.announcedShown': '{computed} calculado · {announced} anunciado',
	'basis.conclusionLabel': 'Conclusión',
	'basis.colWhat': 'Qué se declaró',
	'basis.counterView': 'Otra lectura publicada',
	'basis.noteSources': 'Fuentes de la nota',
	'basis.sameDayUnknown':
		'{day}: {count} gobiernos tomaron dos posturas el mismo día, en un orden que ninguna fuente da; cada uno cuenta en ambas, así que ese día la suma pasa del total.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'basis.of.valid': 'of valid votes',
	'basis.of.voters': 'of voters (ballots cast)',
	'basis.of.listed': 'of the listed candidates only',
	'basis.sharesOf.valid':
		'Computed shares are of the valid votes ({total}), like the announced ones.',
	'basis.sharesOf.voters':
		'Computed shares are of the voters ({total} ballots cast), the same base as the announced percentages.',
	'basis.sharesOf.listed':
		'Shares of the listed candidates only ({total} votes): this release gave neither the other candidates’ votes nor the null votes.',
	'basis.colShare.listed': '% of the listed only',
	'basis.share.desc':
		'In {snapshot}, {leader} has {leaderShare} and {runnerUp} {runnerUpShare}; shares {base}.',
	'basis.announcedShown': '{computed} computed · {announced} announced',
	'basis.conclusionLabel': 'Conclusion',
	'basis.colWhat': 'What was claimed',
	'basis.counterView': 'A published counter-view',
	'basis.noteSources': 'Sources of the note',
	'basis.sameDayUnknown':
		'{day}: {count} governments took two stances the same day, in an order no source gives; each counts under both, so that day’s counts add up to more than the total.'
};
