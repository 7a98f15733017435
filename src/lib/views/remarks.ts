/**
 * Page models for the remarks of fact sheet §6 (individuals and others named in the coverage) and
 * for the responses to a claim (§6.10–6.13). Pure: choose and format, nothing computed here.
 * Remarks never reach the stance tallies or the map: those read `bundle.statements` only.
 */
import type { ElectionBundle } from '../data/bundle';
import type { Claim } from '../schemas/claim';
import type { Locale, Quote, When } from '../schemas/common';
import type { LooseWhen } from '../schemas/remark';
import type { Source } from '../schemas/source';
import { t } from '../i18n';
import { INTL_TAG, formatWhen, whenBounds } from '../i18n/format';
import { isMonth, orderResponses } from '../results/responses';
import { actorName, sourcesFor } from './lookup';
import type { ActorRef } from './statements-page';
import type { Region } from './statements-filter';

/** One remark on the statements timeline. */
export interface RemarkView {
	id: string;
	/** As in the data: a date, or a date-time only where a source gives the time of day. */
	when: When;
	/** Formatted in the page locale (a time only when the data has one). */
	whenText: string;
	actor: ActorRef;
	/** What the remark offers the timeline filters, as a statement does (it has no stance). */
	actorIds: string[];
	kinds: ActorRef['kind'][];
	regions: Region[];
	person: string | undefined;
	role: string | undefined;
	channel: string | undefined;
	quote: {
		text: string;
		lang: string;
		kind: Quote['kind'];
		translation: { text: string; lang: Locale; by: 'outlet' | 'editorial' | 'machine' } | undefined;
	};
	notes: string | undefined;
	sources: Source[];
	/** The claim it stands beside (link target on the claims page). */
	claim: string | undefined;
	/** The statement of the same release (an anchor on the same timeline). */
	statement: { id: string; date: string } | undefined;
}

function translationOf(q: Quote, locale: Locale): RemarkView['quote']['translation'] {
	if (q.lang === locale) return undefined;
	const tr = q.translations[locale];
	return tr && { text: tr.text, lang: locale, by: tr.by };
}

/**
 * Every remark as the timeline shows it, oldest first (data order within a day).
 * @example buildRemarkViews(bundle, 'en')[0].actor.name // 'María Corina Machado'
 */
export function buildRemarkViews(bundle: ElectionBundle, locale: Locale): RemarkView[] {
	const tz = bundle.election.timeZone;
	return bundle.remarks
		.map((r, i) => ({ r, i, t0: whenBounds(r.date, tz)[0] }))
		.sort((a, b) => a.t0 - b.t0 || a.i - b.i)
		.map(({ r }) => {
			const a = bundle.actors.find((x) => x.id === r.actor)!; // cross-checked at load time
			const actor: ActorRef = { id: a.id, name: a.name[locale], kind: a.kind, region: a.region };
			const statement = r.statement
				? bundle.statements.find((s) => s.id === r.statement)
				: undefined;
			return {
				id: r.id,
				when: r.date,
				whenText: formatWhen(r.date, locale, tz),
				actor,
				actorIds: [a.id],
				kinds: [a.kind],
				regions: a.region ? [a.region] : [],
				person: r.person,
				role: r.role?.[locale],
				channel: r.channel?.[locale],
				quote: {
					text: r.quote.text,
					lang: r.quote.lang,
					kind: r.quote.kind,
					translation: translationOf(r.quote, locale)
				},
				notes: r.notes?.[locale],
				sources: sourcesFor(bundle, r.sourceIds),
				claim: r.claim,
				statement: statement && { id: statement.id, date: statement.date }
			};
		});
}

/**
 * A response's date in the page locale: a month-only value as "July 2024", never with a day.
 * @example formatLooseWhen('2024-07', 'es', 'America/Caracas') // 'julio de 2024'
 */
export function formatLooseWhen(when: LooseWhen, locale: Locale, timeZone: string): string {
	if (!isMonth(when)) return formatWhen(when, locale, timeZone);
	const [y, m] = when.split('-').map(Number) as [number, number];
	return new Intl.DateTimeFormat(INTL_TAG[locale], {
		year: 'numeric',
		month: 'long',
		timeZone: 'UTC'
	}).format(new Date(Date.UTC(y, m - 1, 1)));
}

/** The words of a response or remark on a claim card: original, then the other locale. */
export interface CardQuote {
	text: string;
	lang: string;
	/** "Original (es), paraphrase of the sources". */
	label: string;
	translations: { text: string; lang: string; label: string }[];
}

function cardQuote(q: Quote, locale: Locale): CardQuote {
	const other = (['es', 'en'] as const).filter((l) => l !== q.lang);
	return {
		text: q.text,
		lang: q.lang,
		label: `${t(locale, 'claims.quoteOriginal', { lang: q.lang })}, ${t(locale, `claims.kind.${q.kind}`)}`,
		translations: other.flatMap((l) => {
			const tr = q.translations[l];
			return tr
				? [
						{
							text: tr.text,
							lang: l,
							label: t(locale, 'claims.translation', {
								lang: l,
								by: t(locale, `claims.by.${tr.by}`)
							})
						}
					]
				: [];
		})
	};
}

/** One response on a claim card. */
export interface ResponseModel {
	/** "Tarek William Saab — Attorney General of Venezuela". */
	who: string;
	role: string | undefined;
	when: string;
	/** A valid `datetime` attribute: a month, a date or an instant. */
	whenIso: string;
	whenNote: string | undefined;
	channel: string | undefined;
	quote: CardQuote;
	notes: string | undefined;
	sources: Source[];
}

/** A remark shown beside a claim (Machado's "overwhelming" beside her 70 %/30 %). */
export interface ClaimRemarkModel {
	id: string;
	who: string;
	role: string | undefined;
	when: string;
	whenIso: string;
	quote: CardQuote;
	notes: string | undefined;
	sources: Source[];
}

const whoIs = (bundle: ElectionBundle, actor: string, person: string | undefined, l: Locale) => {
	const name = actorName(bundle, actor, l);
	return person && !name.startsWith(person) ? `${person} — ${name}` : name;
};

/**
 * The responses to a claim in date order (see `orderResponses`), formatted for its card.
 * @example buildResponses(bundle, hacking, 'en').map((r) => r.when)
 * // ['July 29, 2024', 'July 2024', 'August 2024', 'May 2025']
 */
export function buildResponses(
	bundle: ElectionBundle,
	claim: Claim,
	locale: Locale
): ResponseModel[] {
	const tz = bundle.election.timeZone;
	return orderResponses(claim.responses ?? [], claim.madeAt, tz).map((r) => ({
		who: whoIs(bundle, r.actor, r.person, locale),
		role: r.role?.[locale],
		when: formatLooseWhen(r.date, locale, tz),
		whenIso: r.date,
		whenNote: r.dateNote?.[locale],
		channel: r.channel?.[locale],
		quote: cardQuote(r.quote, locale),
		notes: r.notes?.[locale],
		sources: sourcesFor(bundle, r.sourceIds)
	}));
}

/**
 * The remarks that stand beside a claim, oldest first.
 * @example buildClaimRemarks(bundle, machado7030, 'en')[0].quote.text
 * // 'Says González won by an "overwhelming" margin'
 */
export function buildClaimRemarks(
	bundle: ElectionBundle,
	claim: Claim,
	locale: Locale
): ClaimRemarkModel[] {
	const tz = bundle.election.timeZone;
	return bundle.remarks
		.filter((r) => r.claim === claim.id)
		.sort((a, b) => whenBounds(a.date, tz)[0] - whenBounds(b.date, tz)[0])
		.map((r) => ({
			id: r.id,
			who: whoIs(bundle, r.actor, r.person, locale),
			role: r.role?.[locale],
			when: formatWhen(r.date, locale, tz),
			whenIso: r.date,
			quote: cardQuote(r.quote, locale),
			notes: r.notes?.[locale],
			sources: sourcesFor(bundle, r.sourceIds)
		}));
}
