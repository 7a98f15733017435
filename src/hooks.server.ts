import type { Handle, ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { base } from '$app/paths';
import { isLocale } from '$lib/i18n';
import { timedAsync } from '$lib/server/build-timing';
import { dropHydrationMarkers } from '$lib/server/hydration-markers';
import { prewarmCitations } from '$lib/server/cite';

/** At the start of the prerender: start the citation worker (docs/build-time.md). */
export const init: ServerInit = () => {
	if (building) prewarmCitations();
};

/**
 * `<html lang>` follows the locale segment of the URL (`/es/…`, `/en/…`, `/embed/en/…`); pages
 * rendered without SvelteKit's client lose Svelte's hydration markers.
 */
export const handle: Handle = async ({ event, resolve }) => {
	const segments = event.url.pathname.slice(base.length).split('/').filter(Boolean);
	const candidate = segments[0] === 'embed' ? segments[1] : segments[0];
	const lang = isLocale(candidate) ? candidate : 'es';
	// Each prerendered request's wall time by route, with ESCRUTINIO_BUILD_TIMING (docs/build-time.md).
	return timedAsync(`route ${event.route.id ?? '(none)'}`, () =>
		resolve(event, {
			// Svelte's hydration markers go from pages that nothing hydrates (./lib/server/hydration-markers.ts).
			transformPageChunk: ({ html }) => dropHydrationMarkers(html.replace('%lang%', lang))
		})
	);
};
