// What the four chart-embed routes share: their prerendered entries and their page data. The
// routes render without client-side SvelteKit (`csr = false`): an iframe sandboxed without
// same-origin cannot load ES modules from a host that sends no CORS headers, so the page is
// complete HTML, and its few scripts are classic files (embed/resize.js, embed/js/*.js).
import { error } from '@sveltejs/kit';
import { base } from '$app/paths';
import { LOCALES, t, type Locale } from '$lib/i18n';
import { formatWhen } from '$lib/i18n/format';
import { electionParams } from './election-route';
import { getElections } from './load-dataset';
import { liveMeta } from './live-build';
import { siteOrigin } from '$lib/components/share/site-url';
import { embedPath, oembedPath, type EmbedTarget } from '$lib/views/embed-urls';
import { fallbackEmbedHeight } from '$lib/views/chart-share';
import { buildOembed, type OembedRich } from '$lib/views/embed-urls';
import { CARD_HEIGHT, CARD_WIDTH } from './card-png';
import {
	buildChartEmbed,
	chartEmbedEntries,
	type ChartEmbedKind,
	type ChartEmbedModel,
	type ChartEmbedTarget
} from '$lib/views/chart-embeds';

type Params = { lang: string; election: string; chart?: string; snapshot?: string; claim?: string };

/** The entries of one route (`P`, its params): live or pinned, a claim's or a chart's. */
export function chartEmbedRouteEntries<P extends Params>(pinned: boolean, claim: boolean): P[] {
	const all: Params[] = LOCALES.flatMap((lang) =>
		getElections().flatMap((b) =>
			chartEmbedEntries(b)
				.filter((e) => (e.snapshot !== undefined) === pinned && (e.chart === 'claim') === claim)
				.map((e) => ({
					lang,
					election: b.election.id,
					...(claim ? { claim: e.claim! } : { chart: e.chart }),
					...(pinned ? { snapshot: e.snapshot! } : {})
				}))
		)
	);
	return all as P[];
}

export interface ChartEmbedPageData {
	lang: Locale;
	election: { id: string; name: string; timeZone: string };
	title: string;
	description: string;
	/** The sentence that says which kind of embed this is. */
	kind: { label: string; text: string };
	model: ChartEmbedModel;
	canonical: string;
	fullPage: string;
	/** The embed page's own address (iframe `src`) and its oEmbed file, absolute with SITE_ORIGIN. */
	embedSrc: string;
	oembed: string;
	/** Live embeds only: what the poller needs (embed/js/embed.js reads it from the page). */
	live:
		| { src: string; version: string; builtAt: string; pollSeconds: number; cors: boolean }
		| undefined;
}

/** The reader page a chart embed stands for. */
function fullPagePathOf(lang: Locale, election: string, target: ChartEmbedTarget): string {
	const e = `${base}/${encodeURIComponent(lang)}/${encodeURIComponent(election)}`;
	switch (target.chart) {
		case 'coverage':
			return target.snapshot ? `${e}/snapshots/${encodeURIComponent(target.snapshot)}/` : `${e}/`;
		case 'states':
			return `${e}/states/`;
		case 'statements':
			return `${e}/statements/`;
		case 'claim':
			return `${e}/claims/${encodeURIComponent(target.claim!)}/`;
	}
}

export function chartEmbedLoad(params: Params): ChartEmbedPageData {
	const { lang, bundle } = electionParams(params);
	const chart = (params.claim !== undefined ? 'claim' : params.chart) as ChartEmbedKind;
	const target: ChartEmbedTarget = { chart, snapshot: params.snapshot, claim: params.claim };
	const model = buildChartEmbed(bundle, lang, target);
	if (!model) error(404, 'No such embed');
	const e = bundle.election;
	const name = e.name[lang];
	const title = t(lang, `embeds.title.${chart}`, {
		election: name,
		actor: model.chart === 'claim' ? model.card.actor : ''
	});
	const description =
		model.chart === 'coverage'
			? model.timeline.notes[0]!
			: model.chart === 'states'
				? (model.views[0]?.map?.description ?? title)
				: model.chart === 'statements'
					? title
					: model.card.conclusion;
	const p = model.pinned;
	const kind = p
		? {
				label: t(lang, 'embeds.pinnedLabel'),
				text: t(lang, 'embeds.pinned', {
					release: p.label,
					time: formatWhen(p.asOf, lang, p.timeZone)
				})
			}
		: { label: t(lang, 'embeds.liveLabel'), text: t(lang, 'embeds.live') };
	const full = fullPagePathOf(lang, e.id, target);
	const embedTarget: EmbedTarget = {
		lang,
		election: e.id,
		chart,
		...(params.snapshot ? { snapshot: params.snapshot } : {}),
		...(params.claim ? { claim: params.claim } : {})
	};
	const meta = p ? undefined : liveMeta(bundle);
	return {
		lang,
		election: { id: e.id, name, timeZone: e.timeZone },
		title,
		description,
		kind,
		model,
		canonical: siteOrigin() + full,
		fullPage: full,
		embedSrc: siteOrigin() + embedPath(base, embedTarget),
		oembed: siteOrigin() + oembedPath(base, embedTarget),
		live: meta && {
			src: `${base}/data/${encodeURIComponent(e.id)}/live.json`,
			version: meta.version,
			builtAt: meta.builtAt,
			pollSeconds: meta.pollSeconds,
			// Set when the host sends `Access-Control-Allow-Origin` for data/: then a frame
			// sandboxed without same-origin may fetch the live file too.
			cors: process.env.EMBED_DATA_CORS === '1'
		}
	};
}

/**
 * The oEmbed JSON of a chart embed (docs/embeds.md): the iframe the share menu hands out, with the
 * same fallback height, the embed's title, and as thumbnail the social card of the page the chart
 * belongs to (every reader page has one, `/og/<page path>card.png`).
 */
export function chartOembed(params: Params): OembedRich {
	const data = chartEmbedLoad(params);
	return buildOembed({
		src: data.embedSrc,
		title: data.title,
		height: fallbackEmbedHeight(data.model.chart),
		providerName: t(data.lang, 'site.name'),
		providerUrl: `${siteOrigin()}${base}/`,
		thumbnail: {
			url: `${siteOrigin()}${base}/og${data.fullPage.slice(base.length)}card.png`,
			width: CARD_WIDTH,
			height: CARD_HEIGHT
		}
	});
}
