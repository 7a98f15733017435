import type { ElectionBundle } from '../data/bundle';
import { t } from '../i18n';
import { formatWhen, whenBounds } from '../i18n/format';
import type { Locale } from '../schemas/common';
import type { When } from '../schemas/common';
import { actorName, sourcesFor } from './lookup';

/** One item of an election's feed: what happened, when, and the page that shows it. */
export interface FeedEntry {
	/** Stable across builds: `<kind>/<id>`. */
	key: string;
	kind: 'release' | 'claim' | 'statement' | 'remark' | 'event';
	title: string;
	summary: string;
	/** Path segments under the site base, e.g. `['es', 'venezuela-2024', 'claims', 'x']`. */
	page: string[];
	/** Fragment on that page, when the item has no page of its own (statements, events). */
	fragment?: string;
	/** The date or instant as the data gives it (shown in the summary, never made more precise). */
	when: When;
	/**
	 * Milliseconds for ordering and for Atom's required `updated` instant. A date-only item (no
	 * confirmed time of day) takes the start of that day in the election's time zone; its summary
	 * still shows only the date.
	 */
	at: number;
}

/**
 * Every release, claim, statement, remark and event of an election as feed entries in one locale, newest
 * first. Items of the same day keep their data order (the order between them is unknown).
 * @example buildFeedEntries(venezuela, 'en')[0].title // 'Release: Opposition …, 83.5 % …' (the newest item)
 */
export function buildFeedEntries(bundle: ElectionBundle, locale: Locale): FeedEntry[] {
	const id = bundle.election.id;
	const tz = bundle.election.timeZone;
	const when = (w: When) => formatWhen(w, locale, tz);
	const sources = (ids: readonly string[]) =>
		sourcesFor(bundle, ids)
			.map((s) => s.publisher)
			.join(', ');
	const at = (w: When) => whenBounds(w, tz)[0];
	const entries: FeedEntry[] = [];

	for (const tab of bundle.tabulations)
		for (const s of tab.snapshots)
			entries.push({
				key: `release/${s.id}`,
				kind: 'release',
				title: t(locale, 'feeds.release', {
					tabulation: tab.name[locale],
					snapshot: s.label[locale]
				}),
				summary: t(locale, 'feeds.releaseSummary', {
					snapshot: s.label[locale],
					when: when(s.asOf),
					sources: sources(s.sourceIds)
				}),
				page: [locale, id, 'snapshots', s.id],
				when: s.asOf,
				at: at(s.asOf)
			});

	for (const c of bundle.claims) {
		// A claim without a date (some analyses) has no place in a dated feed.
		if (!c.madeAt) continue;
		const quote = c.quote.translations?.[locale]?.text ?? c.quote.text;
		entries.push({
			key: `claim/${c.id}`,
			kind: 'claim',
			title: t(locale, 'feeds.claim', { actor: c.person ?? actorName(bundle, c.actor, locale) }),
			summary: t(locale, 'feeds.claimSummary', {
				quote,
				when: when(c.madeAt),
				sources: sources(c.sourceIds)
			}),
			page: [locale, id, 'claims', c.id],
			when: c.madeAt,
			at: at(c.madeAt)
		});
	}

	for (const s of bundle.statements) {
		const stance = t(locale, `statements.stance.${s.stance}`);
		const actors = s.actors.map((a) => actorName(bundle, a, locale)).join(', ');
		const quote = s.quote && (s.quote.translations?.[locale]?.text ?? s.quote.text);
		const vars = { stance, when: when(s.date), sources: sources(s.sourceIds) };
		entries.push({
			key: `statement/${s.id}`,
			kind: 'statement',
			title: t(locale, 'feeds.statement', { actors, stance }),
			summary: quote
				? t(locale, 'feeds.statementQuote', { ...vars, quote })
				: t(locale, 'feeds.statementSummary', vars),
			page: [locale, id, 'statements'],
			fragment: s.id,
			when: s.date,
			at: at(s.date)
		});
	}

	for (const r of bundle.remarks) {
		const quote = r.quote.translations?.[locale]?.text ?? r.quote.text;
		entries.push({
			key: `remark/${r.id}`,
			kind: 'remark',
			title: t(locale, 'feeds.remark', { actor: r.person ?? actorName(bundle, r.actor, locale) }),
			summary: t(locale, 'feeds.claimSummary', {
				quote,
				when: when(r.date),
				sources: sources(r.sourceIds)
			}),
			page: [locale, id, 'statements'],
			fragment: r.id,
			when: r.date,
			at: at(r.date)
		});
	}

	for (const e of bundle.events)
		entries.push({
			key: `event/${e.id}`,
			kind: 'event',
			title: t(locale, 'feeds.event', { title: e.title[locale] }),
			summary: t(locale, 'feeds.eventSummary', {
				title: e.title[locale],
				when: when(e.date),
				sources: sources(e.sourceIds)
			}),
			page: [locale, id, 'statements'],
			fragment: e.id,
			when: e.date,
			at: at(e.date)
		});

	// Newest first; a stable sort keeps same-instant items in data order.
	return entries.sort((a, b) => b.at - a.at);
}
