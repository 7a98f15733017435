import { base } from '$app/paths';
import { t, type Locale } from '$lib/i18n';
import type { ElectionBundle } from '$lib/data/bundle';
import { buildEmbedResults, type EmbedModel } from '$lib/views/embed-results';
import { buildEmbedLinks, SITE_HAS, type EmbedLinks } from '$lib/views/embed-urls';
import { siteOrigin } from './site-url';
import { describeShareChart } from '$lib/charts/share.config';
import { allOf, citeRelease } from '$lib/server/cite';
import type { Citation } from '$lib/cite/types';

/** What an embed page and its oEmbed file are built from (used by both routes at build time). */
export interface EmbedPageData {
	lang: Locale;
	title: string;
	/** One generated sentence per table (the share chart's text description), for search results. */
	description: string;
	model: EmbedModel;
	links: EmbedLinks;
}

/** Title, model and links of one embeddable view; `model` is the headline or one snapshot. */
export function embedPageData(
	bundle: ElectionBundle,
	lang: Locale,
	model: EmbedModel
): EmbedPageData {
	const title = model.snapshot
		? t(lang, 'share.embedSnapshotTitle', {
				election: model.electionName,
				snapshot: model.tables[0]?.label ?? model.snapshot
			})
		: t(lang, 'share.embedTitle', { election: model.electionName });
	// The election page shows the latest snapshot of each tabulation, a snapshot page its own
	// snapshot: those have `snap-<id>` anchors there.
	const onFullPage =
		model.snapshot && SITE_HAS.snapshotPages
			? [model.snapshot]
			: buildEmbedResults(bundle, lang).tables.map((x) => x.snapshotId);
	const links = buildEmbedLinks(
		{ lang, election: model.election, snapshot: model.snapshot },
		model.tables.map((x) => x.snapshotId),
		onFullPage,
		{ base, origin: siteOrigin(), has: SITE_HAS }
	);
	const description = model.charts.map((c) => describeShareChart(c, lang)).join(' ');
	return { lang, title, description, model, links };
}

/**
 * An embed page's data with each table's release cited as its full page cites it (the same
 * citation, so the build renders it once), by snapshot id: the "Cite" part of each table's menu.
 */
export async function embedPageWithCitations(
	bundle: ElectionBundle,
	data: EmbedPageData
): Promise<EmbedPageData & { citations: Record<string, Citation> }> {
	const { links, lang } = data;
	const citations = await allOf(
		data.model.tables.map((table) => {
			const anchor = links.tables[table.snapshotId]?.anchor;
			const path = links.fullPage + (anchor ? `#${anchor}` : '');
			return [table.snapshotId, citeRelease(bundle, table, lang, path)] as const;
		})
	);
	return { ...data, citations };
}
