import { json } from '@sveltejs/kit';
import { base } from '$app/paths';
import { t } from '$lib/i18n';
import { buildOembed } from '$lib/views/embed-urls';
import type { EmbedPageData } from './embed-load';
import { siteUrl } from './site-url';

/**
 * The pre-generated oEmbed file of one embeddable view. Its iframe `src` and `provider_url` are
 * absolute when the site was built with SITE_ORIGIN=https://their.host, and root-relative
 * otherwise (an oEmbed consumer on another host then cannot use it: newsrooms set SITE_ORIGIN).
 */
export function oembedResponse(data: EmbedPageData): Response {
	return json(
		buildOembed({
			src: data.links.embedSrc,
			title: data.title,
			height: data.model.height,
			providerName: t(data.lang, 'site.name'),
			providerUrl: siteUrl(`${base}/`)
		})
	);
}
