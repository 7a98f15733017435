import { localeOf, t } from '$lib/i18n';
import { base } from '$app/paths';
import { getElection } from '$lib/server/load-dataset';
import { buildSocialCard, describeCard } from '$lib/views/social-card';
import type { LayoutServerLoad } from './$types';

// What a link preview (Open Graph, X cards) says about the page: the same title and figures its
// social image shows, from the page's own path.
export const load: LayoutServerLoad = ({ params, url }) => {
	const lang = localeOf(params.lang);
	const segments = url.pathname.slice(base.length).split('/').filter(Boolean).slice(1);
	const bundle = segments[0] ? getElection(segments[0]) : undefined;
	const card = bundle && buildSocialCard(bundle, lang, segments);
	return {
		social: card
			? { title: card.title, description: describeCard(card) }
			: { title: t(lang, 'site.name'), description: t(lang, 'site.tagline') }
	};
};
