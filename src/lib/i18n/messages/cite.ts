/** Strings of the "Cite this" block and of the citations themselves. Spanish is the source. */
export const es = {
	'cite.summary': 'Citar',
	'cite.summaryLabel': 'Citar: {title}',
	'cite.summaryOf': 'Citar la afirmación de {title}',
	'cite.help':
		'Fecha de consulta: hoy según su navegador; sin JavaScript, la fecha en que se generó esta página.',
	'cite.format.text': 'Texto (estilo Harvard, Cite Them Right)',
	'cite.format.apa': 'APA 7',
	'cite.format.chicago': 'Chicago (autor-fecha)',
	'cite.format.bibtex': 'BibTeX',
	'cite.format.csl': 'CSL-JSON',
	'cite.copy': 'Copiar {format}',
	'cite.copied': 'Cita copiada: {format}.',
	'cite.copyFailed': 'No se pudo copiar. Seleccione el texto y cópielo.',
	'cite.title': '{title} (datos al {asOf})',
	'cite.claimTitle': '{title} ({source}, {date}), comparado con {release} (datos al {asOf})',
	'cite.sources': 'Fuentes de las cifras: {list}.',
	'cite.releaseTitle': '{election}: resultados de {scope}, {release}',
	'cite.claimCard': '{by}: «{what}»',
	'cite.noRelease': 'ninguna publicación anterior',
	'cite.scopeStates': '{tabulation} por estado',
	'cite.findingTitle': '{election}: {title} ({release})',
	'cite.claimNote':
		'Afirmación de {by} ({date}), fuente: {source}. Comparada con {release}, datos al {asOf}.'
} as const;

export const en: Record<keyof typeof es, string> = {
	'cite.summary': 'Cite this',
	'cite.summaryLabel': 'Cite this: {title}',
	'cite.summaryOf': 'Cite the claim by {title}',
	'cite.help':
		'Access date: today in your browser; without JavaScript, the date this page was built.',
	'cite.format.text': 'Text (Harvard style, Cite Them Right)',
	'cite.format.apa': 'APA 7',
	'cite.format.chicago': 'Chicago (author-date)',
	'cite.format.bibtex': 'BibTeX',
	'cite.format.csl': 'CSL-JSON',
	'cite.copy': 'Copy {format}',
	'cite.copied': 'Citation copied: {format}.',
	'cite.copyFailed': 'Could not copy. Select the text and copy it.',
	'cite.title': '{title} (figures as of {asOf})',
	'cite.claimTitle': '{title} ({source}, {date}), compared with {release} (figures as of {asOf})',
	'cite.sources': 'Sources of the figures: {list}.',
	'cite.releaseTitle': '{election}: results of {scope}, {release}',
	'cite.claimCard': '{by}: “{what}”',
	'cite.noRelease': 'no earlier release',
	'cite.scopeStates': '{tabulation} by state',
	'cite.findingTitle': '{election}: {title} ({release})',
	'cite.claimNote':
		'Claim by {by} ({date}), source: {source}. Compared with {release}, figures as of {asOf}.'
} as const;
