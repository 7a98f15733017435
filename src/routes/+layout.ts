import { browser } from '$app/environment';
import { useMessages } from '$lib/i18n';
import type { LayoutLoad } from './$types';

// Every page is prerendered to static files; `…/index.html` works on any static host.
export const prerender = true;
export const trailingSlash = 'always';

// In the browser, the page's strings arrive with its data (src/routes/+layout.server.ts) and are
// handed to `t()` here, before the page renders or hydrates.
export const load: LayoutLoad = ({ data }) => {
	if (browser && data.messages) useMessages(data.messages.lang, data.messages.strings);
	return {};
};
