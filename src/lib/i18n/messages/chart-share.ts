/**
 * Strings of the share menu under each chart of the full pages (and each table of the results
 * embeds). Spanish is the source.
 */
export const es = {
	'chartShare.button': 'Compartir / Insertar / Citar',
	'chartShare.menuLabel': 'Compartir, insertar o citar: {title}',
	'chartShare.link': 'Enlace a este gráfico',
	'chartShare.linkTable': 'Enlace a esta tabla',
	'chartShare.copyLink': 'Copiar enlace',
	'chartShare.embedCode': 'Código para insertar',
	'chartShare.embedHelp':
		'Pegue el código en su página: el marco ajusta su altura solo; sin el script, su altura inicial ya lo muestra entero.',
	'chartShare.copyEmbed': 'Copiar código',
	'chartShare.csv': 'Datos de este gráfico (CSV)',
	'chartShare.json': 'Datos de este gráfico (JSON)',
	'chartShare.csvTable': 'Datos de esta tabla (CSV)',
	'chartShare.jsonElection': 'Todos los datos de la elección (JSON)',
	'chartShare.png': 'Descargar imagen (PNG, 2×)',
	'chartShare.pngNoJs': 'La imagen PNG necesita JavaScript; los datos y el código están arriba.',
	'chartShare.copied': 'Copiado.',
	'chartShare.copyFailed': 'No se pudo copiar. El texto está seleccionado: cópielo con Ctrl+C.',
	'chartShare.pngDone': 'Imagen descargada.',
	'chartShare.pngFailed': 'No se pudo generar la imagen.',
	'chartShare.source': 'Fuente: {sources}',
	'chartShare.asOf': 'Datos al {when}'
} as const;

export const en: Record<keyof typeof es, string> = {
	'chartShare.button': 'Share / Embed / Cite',
	'chartShare.menuLabel': 'Share, embed or cite: {title}',
	'chartShare.link': 'Link to this chart',
	'chartShare.linkTable': 'Link to this table',
	'chartShare.copyLink': 'Copy link',
	'chartShare.embedCode': 'Embed code',
	'chartShare.embedHelp':
		'Paste the code into your page: the frame sizes itself; without the script, its starting height already shows all of it.',
	'chartShare.copyEmbed': 'Copy code',
	'chartShare.csv': "This chart's data (CSV)",
	'chartShare.json': "This chart's data (JSON)",
	'chartShare.csvTable': "This table's data (CSV)",
	'chartShare.jsonElection': "All the election's data (JSON)",
	'chartShare.png': 'Download image (PNG, 2×)',
	'chartShare.pngNoJs': 'The PNG image needs JavaScript; the data and the code are above.',
	'chartShare.copied': 'Copied.',
	'chartShare.copyFailed': 'Could not copy. The text is selected: copy it with Ctrl+C.',
	'chartShare.pngDone': 'Image downloaded.',
	'chartShare.pngFailed': 'Could not make the image.',
	'chartShare.source': 'Source: {sources}',
	'chartShare.asOf': 'Data as of {when}'
};
