import type { ElectionBundle } from '../data/bundle';
import { t, type MessageKey } from '../i18n';
import { formatAnnouncedPercent, formatInteger, formatPercent, formatWhen } from '../i18n/format';
import type { Locale } from '../schemas/common';
import type { Snapshot, Tabulation } from '../schemas/tabulation';
import { shareText } from '../charts/share.config';
import { buildClaimCard } from './claims-page';
import { orderedTabulations } from './results-section';
import { buildSnapshotTable, latestSnapshot, type ReleaseInfo } from './snapshot-table';
import { buildRegionPage } from './states-page';

/** One contestant line of a card: name, share and the detail a reader would quote. */
export interface CardRow {
	name: string;
	/** Computed share as shown on the page. */
	share: string;
	/** Votes, and the announced share when the publisher gave one. */
	detail: string;
	color: string;
	/** 0–1, the bar's length. */
	fraction: number;
}

export type CardBlock =
	| { kind: 'bars'; heading: string; rows: CardRow[] }
	| { kind: 'quote'; text: string }
	| { kind: 'line'; text: string };

/** What a page's social image (og:image, 1200 × 630) shows, already in the page's language. */
export interface SocialCard {
	kicker: string;
	title: string;
	blocks: CardBlock[];
	/** Source and as-of time of every figure on the card. */
	footer: string[];
}

/** How many contestants a card lists per release: the two leaders and the next one. */
const CARD_ROWS = 3;

function releaseBlock(
	bundle: ElectionBundle,
	tab: Tabulation,
	snap: Snapshot,
	locale: Locale,
	rows = CARD_ROWS
): { block: CardBlock; info: ReleaseInfo } {
	const table = buildSnapshotTable(bundle, tab, snap, locale);
	const top = table.rows[0]?.share ?? 0;
	return {
		info: table,
		block: {
			kind: 'bars',
			heading: `${table.tabulationName}: ${table.label}`,
			rows: table.rows.slice(0, rows).map((r) => ({
				name: r.shortName,
				// To the announced precision (51.95 %, never a rounder 52.0 %), as on every page.
				share: shareText(
					{ share: r.share, announced: r.announcedPercent, announcedDigits: r.announcedDigits },
					locale
				),
				detail:
					r.announcedPercent === undefined
						? t(locale, 'card.votes', { votes: formatInteger(r.votes, locale) })
						: t(locale, 'card.votesAnnounced', {
								votes: formatInteger(r.votes, locale),
								announced: formatAnnouncedPercent(r.announcedPercent, locale, r.announcedDigits)
							}),
				color: r.color,
				fraction: top > 0 ? r.share / top : 0
			}))
		}
	};
}

/**
 * One line per release: its name and as-of time first, then its sources, so that a long list of
 * sources is what gets cut at the image's edge, never the time.
 */
function footerOf(infos: ReleaseInfo[], locale: Locale): string[] {
	return infos.map((i) =>
		t(locale, 'card.footer', {
			release: i.label,
			sources: i.sources.map((s) => s.publisher).join(', '),
			when: formatWhen(i.asOf, locale, i.timeZone)
		})
	);
}

/** The latest release of every tabulation, official first: the election's headline. */
function electionCard(bundle: ElectionBundle, locale: Locale, kicker: string): SocialCard {
	const parts = orderedTabulations(bundle).map((tab) =>
		releaseBlock(bundle, tab, latestSnapshot(tab), locale, 2)
	);
	return {
		kicker,
		title: bundle.election.name[locale],
		blocks: parts.map((p) => p.block),
		footer: footerOf(
			parts.map((p) => p.info),
			locale
		)
	};
}

/**
 * The social card of a page, from the page's path segments after the locale:
 * `[election]`, `[election, 'snapshots', id]`, `[election, 'states', region]`,
 * `[election, 'claims', id]`; a release's sub-pages (sheet checks) show that release; any other page of an election (claims, statements, methodology, a
 * page type added later) shows the election's headline under that page's section name. Undefined
 * for an unknown election or item (the caller answers 404, which fails the build).
 * @example buildSocialCard(venezuela, 'en', ['venezuela-2024', 'snapshots', 'cne-bulletin-2'])?.title
 * // 'CNE bulletin 2 (96.87 %)'
 */
export function buildSocialCard(
	bundle: ElectionBundle,
	locale: Locale,
	segments: readonly string[]
): SocialCard | undefined {
	const [, section, item] = segments;
	const name = bundle.election.name[locale];
	if (section === 'snapshots' && item) {
		for (const tab of bundle.tabulations) {
			const snap = tab.snapshots.find((s) => s.id === item);
			if (!snap) continue;
			const { block, info } = releaseBlock(bundle, tab, snap, locale);
			return { kicker: name, title: info.label, blocks: [block], footer: footerOf([info], locale) };
		}
		return undefined;
	}
	if (section === 'states' && item && segments.length === 3) {
		const page = buildRegionPage(bundle, item, locale);
		if (!page) return undefined;
		// The newest release of each tabulation that reports this region.
		const seen = new Set<string>();
		const entries = page.entries.filter(
			(e) => !seen.has(e.tabulationId) && seen.add(e.tabulationId)
		);
		const blocks: CardBlock[] = entries.map((e) => {
			const top = e.outcome.rows[0]?.share ?? 0;
			return {
				kind: 'bars',
				heading: `${e.tabulationName}: ${e.label}`,
				rows: e.outcome.rows.slice(0, CARD_ROWS).map((r) => {
					const c = e.contestants.find((x) => x.id === r.contestant);
					return {
						name: c?.name ?? r.contestant,
						share: formatPercent(r.share, locale),
						detail: t(locale, 'card.votes', { votes: formatInteger(r.votes, locale) }),
						color: c?.color ?? '#767676',
						fraction: top > 0 ? r.share / top : 0
					};
				})
			};
		});
		return { kicker: name, title: page.region.name, blocks, footer: footerOf(entries, locale) };
	}
	if (section === 'claims' && item) {
		const claim = bundle.claims.find((c) => c.id === item);
		if (!claim) return undefined;
		const card = buildClaimCard(bundle, claim, locale);
		const quote = card.translations.find((x) => x.lang === locale)?.text ?? card.quote.text;
		const verdicts = card.tabulations.map((v) =>
			t(locale, 'card.verdict', { icon: v.verdict.icon, verdict: v.verdict.label, count: v.name })
		);
		return {
			kicker: `${name} · ${t(locale, 'claims.pageTitle')}`,
			title:
				card.person && !card.actor.startsWith(card.person)
					? `${card.actor} — ${card.person}`
					: card.actor,
			blocks: [
				{ kind: 'quote', text: t(locale, 'card.quote', { text: quote }) },
				...verdicts.map((text) => ({ kind: 'line' as const, text }))
			],
			footer: [
				t(locale, 'card.claimFooter', {
					when: card.when,
					sources: card.sources.map((s) => s.publisher).join(', ')
				})
			]
		};
	}
	const key = section ? SECTION_TITLES[section] : undefined;
	return electionCard(bundle, locale, key ? `${name} · ${t(locale, key)}` : name);
}

/** The title of each section page, for the card's kicker. */
const SECTION_TITLES: Record<string, MessageKey> = {
	claims: 'claims.pageTitle',
	statements: 'statements.pageTitle',
	states: 'states.pageTitle',
	revisions: 'revisions.title',
	methodology: 'results.methodology.title'
};

/**
 * The card as one sentence for `og:description`: every figure it shows, then its sources and times.
 * @example describeCard(card) // 'CNE bulletin 2: Maduro 52.0 % (6,408,844 votes …); … · CNE …: data as of …'
 */
export function describeCard(card: SocialCard): string {
	const parts = card.blocks.map((b) =>
		b.kind === 'bars'
			? `${b.heading}: ${b.rows.map((r) => `${r.name} ${r.share} (${r.detail})`).join(', ')}`
			: b.text
	);
	return [...parts, ...card.footer].join(' · ');
}
