/** Strings of the share area (share menu, embeds). Spanish is the source. */
export const es = {
	'share.button': 'Compartir',
	'share.menuLabel': 'Opciones para compartir: {title}',
	'share.link': 'Enlace',
	'share.copyLink': 'Copiar enlace',
	'share.embedCode': 'Código para insertar (iframe)',
	'share.embedHelp':
		'Pegue este código en su página. El marco ajusta su altura solo (compatible con pym.js, Datawrapper y AMP).',
	'share.copyEmbed': 'Copiar código',
	'share.csv': 'Descargar CSV de esta tabla',
	'share.json': 'Descargar todos los datos (JSON)',
	'share.png': 'Descargar imagen (PNG)',
	'share.copied': 'Copiado.',
	'share.copyFailed': 'No se pudo copiar. Seleccione el texto y cópielo.',
	'share.pngFailed': 'No se pudo generar la imagen.',
	'share.close': 'Cerrar',
	'share.embedTitle': '{election}: resultados publicados',
	'share.embedSnapshotTitle': '{election}: {snapshot}',
	'share.source': 'Fuente',
	'share.sources': 'Fuentes',
	'share.asOf': 'datos al {when}',
	'share.fullPage': 'Ver todo en Escrutinio',
	'share.newTab': '(se abre en una pestaña nueva)'
} as const;

export const en: Record<keyof typeof es, string> = {
	'share.button': 'Share',
	'share.menuLabel': 'Share options: {title}',
	'share.link': 'Link',
	'share.copyLink': 'Copy link',
	'share.embedCode': 'Embed code (iframe)',
	'share.embedHelp':
		'Paste this code into your page. The frame sets its own height (works with pym.js, Datawrapper and AMP).',
	'share.copyEmbed': 'Copy code',
	'share.csv': 'Download this table as CSV',
	'share.json': 'Download all the data (JSON)',
	'share.png': 'Download image (PNG)',
	'share.copied': 'Copied.',
	'share.copyFailed': 'Could not copy. Select the text and copy it.',
	'share.pngFailed': 'Could not make the image.',
	'share.close': 'Close',
	'share.embedTitle': '{election}: published results',
	'share.embedSnapshotTitle': '{election}: {snapshot}',
	'share.source': 'Source',
	'share.sources': 'Sources',
	'share.asOf': 'data as of {when}',
	'share.fullPage': 'See it all on Escrutinio',
	'share.newTab': '(opens in a new tab)'
};
