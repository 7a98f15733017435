import { isLocale } from '$lib/i18n';
import { clientMessages } from '$lib/server/client-messages';
import type { LayoutServerLoad } from './$types';

// The strings the page's browser code can show, in the page's language (docs/performance.md,
// "Messages"); the root universal load hands them to `t()` before anything hydrates. Pages without
// client JavaScript (`csr = false`) never send their data, so they carry none of this.
export const load: LayoutServerLoad = ({ params, route }) => {
	const lang = 'lang' in params ? params.lang : undefined;
	return { messages: isLocale(lang) ? { lang, strings: clientMessages(lang, route.id) } : null };
};
