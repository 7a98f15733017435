/** Strings of the feeds area (Atom feeds, discovery links, social cards). Spanish is the source. */
export const es = {
	'feeds.title': '{election}: publicaciones, declaraciones y hechos',
	'feeds.subtitle':
		'Cada nueva publicación de resultados, declaración, reacción internacional o hecho oficial que Escrutinio registra para esta elección, con su fuente.',
	'feeds.linkTitle': 'Novedades de esta elección (Atom)',
	'feeds.release': 'Publicación: {tabulation}, {snapshot}',
	'feeds.releaseSummary': '{snapshot}. Datos al {when}. Fuentes: {sources}.',
	'feeds.claim': 'Declaración de {actor}',
	'feeds.claimSummary': '«{quote}» ({when}). Fuentes: {sources}.',
	'feeds.statement': '{actors}: {stance}',
	'feeds.statementSummary': '{stance} ({when}). Fuentes: {sources}.',
	'feeds.statementQuote': '«{quote}» — {stance} ({when}). Fuentes: {sources}.',
	'feeds.remark': 'Palabras de {actor}',
	'feeds.event': 'Hecho: {title}',
	'feeds.eventSummary': '{title} ({when}). Fuentes: {sources}.',
	'card.votes': '{votes} votos',
	'card.votesAnnounced': '{votes} votos · anunciado: {announced}',
	'card.footer': '{release}, datos al {when} · Fuentes: {sources}',
	'card.claimFooter': 'Declaración del {when} · {sources}',
	'card.verdict': '{icon} {verdict} frente a: {count}',
	'card.alt': 'Imagen para compartir: {title}',
	'card.quote': '«{text}»'
};

export const en: Record<keyof typeof es, string> = {
	'feeds.title': '{election}: releases, claims, statements and events',
	'feeds.subtitle':
		'Every new results release, claim, international reaction or official act that Escrutinio records for this election, with its source.',
	'feeds.linkTitle': 'Updates on this election (Atom)',
	'feeds.release': 'Release: {tabulation}, {snapshot}',
	'feeds.releaseSummary': '{snapshot}. Data as of {when}. Sources: {sources}.',
	'feeds.claim': 'Claim by {actor}',
	'feeds.claimSummary': '“{quote}” ({when}). Sources: {sources}.',
	'feeds.statement': '{actors}: {stance}',
	'feeds.statementSummary': '{stance} ({when}). Sources: {sources}.',
	'feeds.statementQuote': '“{quote}” — {stance} ({when}). Sources: {sources}.',
	'feeds.remark': 'Remark by {actor}',
	'feeds.event': 'Event: {title}',
	'feeds.eventSummary': '{title} ({when}). Sources: {sources}.',
	'card.votes': '{votes} votes',
	'card.quote': '“{text}”',
	'card.votesAnnounced': '{votes} votes · announced: {announced}',
	'card.footer': '{release}, data as of {when} · Sources: {sources}',
	'card.claimFooter': 'Claim of {when} · {sources}',
	'card.verdict': '{icon} {verdict} against: {count}',
	'card.alt': 'Sharing image: {title}'
};
