import { t } from '../i18n';
import type { Locale } from '../locales';
import type { LiveFailure } from './poller';

/**
 * Why the last live check failed, in words, for the status line of the election page
 * and of the headline embed (both src/lib/embed-client/live.ts).
 * `when` writes a time (ms since the epoch) in the election's time zone.
 * @example liveFailureText({ reason: 'http', detail: '404', errors: [] }, 'en', w)
 * // 'the server answered with HTTP status 404'
 */
export function liveFailureText(
	f: LiveFailure,
	lang: Locale,
	when: (ms: number) => string
): string {
	switch (f.reason) {
		case 'network':
			return t(lang, 'live.network');
		case 'http':
			return t(lang, 'live.http', { status: f.detail });
		case 'too-large':
			return t(lang, 'live.tooLarge', { kb: Math.round(Number(f.detail) / 1024) });
		case 'json':
			return t(lang, 'live.json');
		case 'invalid':
			return t(lang, 'live.invalid', { first: f.errors[0] ?? '' });
		case 'older':
			return t(lang, 'live.older', { when: when(Date.parse(f.detail)) });
		case 'mismatch':
			return t(lang, 'live.mismatch', { first: f.errors[0] ?? f.detail });
		case 'pending':
			// Only the election page fetches its own newer page (the embed reloads results.json).
			return t(lang, 'livepage.pending');
	}
}
