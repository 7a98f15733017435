import { error } from '@sveltejs/kit';
import { isLocale, t } from '$lib/i18n';
import { href } from '$lib/paths';
import { siteUrl } from '$lib/components/share/site-url';
import { cardPng } from '$lib/server/card-png';
import { getElection, getElections } from '$lib/server/load-dataset';
import { buildSocialCard, type SocialCard } from '$lib/views/social-card';
import type { RequestHandler } from './$types';

// The social image (og:image, 1200 × 630 PNG) of every page: `/og/<page path>/card.png`. No
// entries are listed: every page names its card in <meta property="og:image">, and SvelteKit's
// prerender crawler follows og:image, so a new page type gets its card without a list to keep.
export const prerender = true;

export const GET: RequestHandler = async ({ params }) => {
	const segments = params.page.split('/').filter(Boolean);
	const [lang, election, ...rest] = segments;
	const locale = isLocale(lang) ? lang : 'es';
	let card: SocialCard | undefined;
	if (!election) {
		// The root page and each language's home: the site and every election it holds.
		card = {
			kicker: t(locale, 'site.name'),
			title: t(locale, 'site.tagline'),
			blocks: getElections().map((b) => ({ kind: 'line' as const, text: b.election.name[locale] })),
			footer: []
		};
	} else {
		const bundle = getElection(election);
		card = bundle && buildSocialCard(bundle, locale, [election, ...rest]);
	}
	if (!card) error(404, 'No such page');
	const png = await cardPng(card, siteUrl(href(...segments)));
	return new Response(new Uint8Array(png), { headers: { 'content-type': 'image/png' } });
};
