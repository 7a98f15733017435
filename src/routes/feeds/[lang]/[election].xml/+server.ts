import { t } from '$lib/i18n';
import { href, fileHref } from '$lib/paths';
import { writeAtom } from '$lib/server/atom';
import { electionEntries, electionParams } from '$lib/server/election-route';
import { siteUrl } from '$lib/components/share/site-url';
import { buildFeedEntries } from '$lib/views/feed';
import type { EntryGenerator, RequestHandler } from './$types';

// One Atom feed per election and language (`/feeds/<lang>/<election>.xml`): every release, claim,
// statement and event, newest first, each linking to the page that shows it. Every election page
// announces it with <link rel="alternate" type="application/atom+xml">.
export const prerender = true;

export const entries: EntryGenerator = () => electionEntries();

export const GET: RequestHandler = ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const election = bundle.election.name[lang];
	const xml = writeAtom({
		key: `${bundle.election.id}/${lang}`,
		title: t(lang, 'feeds.title', { election }),
		subtitle: t(lang, 'feeds.subtitle'),
		language: lang,
		selfUrl: siteUrl(fileHref('feeds', lang, `${bundle.election.id}.xml`)),
		homeUrl: siteUrl(href(lang, bundle.election.id)),
		urlOf: (e) =>
			siteUrl(href(...e.page)) + (e.fragment ? `#${encodeURIComponent(e.fragment)}` : ''),
		entries: buildFeedEntries(bundle, lang)
	});
	return new Response(xml, { headers: { 'content-type': 'application/atom+xml; charset=utf-8' } });
};
