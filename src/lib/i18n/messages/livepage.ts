/**
 * Strings of the election page's live poller (embed/js/live.js) beyond those of live updates
 * (./live.ts). Spanish is the source; keys are prefixed with "livepage.".
 */
export const es = {
	'livepage.pending':
		'la página con las cifras nuevas aún no está en el servidor; se volverá a intentar'
};

export const en: Record<keyof typeof es, string> = {
	'livepage.pending': 'the page with the new figures is not on the server yet; trying again'
};
