/** Strings of the chart embeds (coverage, states, statements, claim; live or pinned). Spanish is the source. */
export const es = {
	'embeds.title.coverage': '{election}: avance del escrutinio',
	'embeds.title.states': '{election}: resultados por estado',
	'embeds.title.statements': '{election}: reacciones internacionales',
	'embeds.title.claim': '{election}: afirmación de {actor}',
	'embeds.liveLabel': 'En vivo',
	'embeds.live': 'sigue la última publicación y busca actualizaciones.',
	'embeds.pinnedLabel': 'Fijo',
	'embeds.pinned': 'cifras de {release} al {time}; este contenido insertado no cambia nunca.',
	'embeds.release': '{tabulation}: {release}, datos al {time}',
	'embeds.statementsUpTo': 'Reacciones publicadas hasta el {date}.',
	'embeds.noStatements': 'Aún no hay reacciones de gobiernos con una postura.',
	'embeds.checking': 'Busca cifras nuevas cada {seconds} s.',
	'embeds.notUpdating':
		'No se actualiza aquí: la página que lo inserta no le permite consultar datos nuevos. Las cifras son las de la última publicación que conoce; la página completa tiene las más recientes.',
	'embeds.reloading': 'Hay cifras nuevas: cargándolas.',
	'embeds.pending':
		'Se anunciaron cifras nuevas que aún no están en el servidor; se volverá a buscar.',
	'embeds.failed':
		'No se pudo buscar cifras nuevas ({reason}); se volverá a intentar. Las cifras mostradas siguen siendo válidas para su fecha.',
	'embeds.reason.network': 'el servidor no respondió',
	'embeds.reason.http': 'código HTTP {status}',
	'embeds.reason.data': 'el archivo no tiene el formato esperado'
};

export const en: Record<keyof typeof es, string> = {
	'embeds.title.coverage': '{election}: counting progress',
	'embeds.title.states': '{election}: results by state',
	'embeds.title.statements': '{election}: international reactions',
	'embeds.title.claim': '{election}: claim by {actor}',
	'embeds.liveLabel': 'Live',
	'embeds.live': 'follows the latest release, checks for updates.',
	'embeds.pinnedLabel': 'Pinned',
	'embeds.pinned': 'figures of {release} as of {time}; this embed never changes.',
	'embeds.release': '{tabulation}: {release}, data as of {time}',
	'embeds.statementsUpTo': 'Statements published up to {date}.',
	'embeds.noStatements': 'No government had taken a stance yet.',
	'embeds.checking': 'Checks for new figures every {seconds} s.',
	'embeds.notUpdating':
		'Not updating here: the page embedding this does not let it fetch new data. The figures are those of the latest release it knows; the full page has the newest.',
	'embeds.reloading': 'New figures: loading them.',
	'embeds.pending': 'New figures were announced but are not on the server yet; checking again.',
	'embeds.failed':
		'Could not check for new figures ({reason}); trying again. The figures shown stay valid for their date.',
	'embeds.reason.network': 'the server did not answer',
	'embeds.reason.http': 'HTTP status {status}',
	'embeds.reason.data': 'the file is not in the expected format'
};
