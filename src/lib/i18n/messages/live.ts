/** Strings of live updates (polling the live file). Spanish is the source. */
export const es = {
	'live.every': 'Esta página busca datos nuevos cada {seconds} s.',
	// Short enough for one line at 360 px (a second line would move the page at the first check).
	'live.checked': 'Sin cambios al comprobar ({time}).',
	'live.updated': 'Actualizado {time}.',
	'live.updatedCounted': 'Actualizado {time}: {release}, {counted} escrutado.',
	'live.updatedRelease': 'Actualizado {time}: {release}.',
	'live.updatedClaim': 'Actualizado {time}: nueva afirmación: «{line}»',
	'live.updatedStatement': 'Actualizado {time}: nueva reacción: «{line}»',
	'live.failed':
		'No se pudo actualizar ({reason}). Siguen las cifras de la última comprobación correcta ({time}).',
	'live.network': 'el servidor no respondió',
	'live.http': 'el servidor respondió con el código HTTP {status}',
	'live.tooLarge': 'el archivo supera el límite de {kb} kB',
	'live.json': 'el archivo no es JSON válido',
	'live.invalid': 'los datos no cumplen el formato: {first}',
	'live.older': 'el servidor entregó una versión anterior, generada el {when}',
	'live.mismatch': 'los archivos del servidor aún no coinciden: {first}',
	'live.stale':
		'Estas cifras pueden estar desactualizadas: no hay una comprobación correcta desde el {when}.',
	'live.details': 'Problemas encontrados ({count})'
};

export const en: Record<keyof typeof es, string> = {
	'live.every': 'This page checks for new data every {seconds} s.',
	'live.checked': 'No change at the last check ({time}).',
	'live.updated': 'Updated {time}.',
	'live.updatedCounted': 'Updated {time}: {release}, {counted} counted.',
	'live.updatedRelease': 'Updated {time}: {release}.',
	'live.updatedClaim': 'Updated {time}: new claim: “{line}”',
	'live.updatedStatement': 'Updated {time}: new statement: “{line}”',
	'live.failed':
		'Could not update ({reason}). Showing the figures of the last good check ({time}).',
	'live.network': 'the server did not answer',
	'live.http': 'the server answered with HTTP status {status}',
	'live.tooLarge': 'the file is over the {kb} kB limit',
	'live.json': 'the file is not valid JSON',
	'live.invalid': 'the data breaks the format: {first}',
	'live.older': 'the server sent an older version, built {when}',
	'live.mismatch': 'the files on the server do not match yet: {first}',
	'live.stale': 'These figures may be out of date: no good check since {when}.',
	'live.details': 'Problems found ({count})'
};
