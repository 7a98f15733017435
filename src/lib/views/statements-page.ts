import type { ElectionBundle } from '../data/bundle';
import type { Locale, When } from '../schemas/common';
import type { Source } from '../schemas/source';
import {
	ACTOR_KINDS,
	REGIONS,
	STANCES,
	type ActorKind,
	type Stance,
	type UNCONFIRMABLE_PARTS
} from '../schemas/enums';
import type { Quote } from '../schemas/common';
import { orderStatements, stanceSeries, type StanceSeries } from '../results/stances';
import { sourcesFor } from './lookup';
import type { Region } from './statements-filter';
import { buildStanceMap, type StanceMapModel } from './statements-map';
import { buildRemarkViews, type RemarkView } from './remarks';

export interface ActorRef {
	id: string;
	name: string;
	kind: ActorKind;
	region: Region | undefined;
}

/** A link to another statement of one of the same actors. */
export interface StatementLink {
	actor: string;
	id: string;
	date: string;
}

export interface StatementView {
	id: string;
	date: string;
	dateApprox: boolean;
	actors: ActorRef[];
	actorIds: string[];
	kinds: ActorKind[];
	regions: Region[];
	person: string | undefined;
	role: string | undefined;
	stance: Stance;
	stanceNote: string | undefined;
	quote:
		| {
				text: string;
				lang: string;
				kind: Quote['kind'];
				/** In the page locale, when the quote is in another language and a translation exists. */
				translation: { text: string; by: 'outlet' | 'editorial' | 'machine' } | undefined;
		  }
		| undefined;
	unconfirmed: (typeof UNCONFIRMABLE_PARTS)[number][];
	notes: string | undefined;
	sources: Source[];
	revises: string | undefined;
	earlier: StatementLink[];
	later: StatementLink[];
}

/** A CNE bulletin (from the official tabulation) or an official act (events), on the same axis. */
export interface TimelineMarker {
	id: string;
	when: When;
	kind: 'bulletin' | 'event';
	title: string;
	description: string | undefined;
	sources: Source[];
}

export type TimelineEntry =
	| { type: 'statement'; day: string; statement: StatementView }
	| { type: 'marker'; day: string; marker: TimelineMarker }
	| { type: 'remark'; day: string; remark: RemarkView };

/** One line of the "how many governments at each stance" count. */
export interface StanceCount {
	stance: Stance;
	count: number;
}

export interface StatementsPageModel {
	election: { id: string; name: string; timeZone: string };
	/** Statements and markers, oldest first; markers come before the statements of their day. */
	entries: TimelineEntry[];
	statementCount: number;
	actorCount: number;
	/** Remarks of fact sheet §6 on the timeline (no stance; never counted, never mapped). */
	remarkCount: number;
	/** Only values that occur in the data, for the filter controls. */
	options: {
		stances: Stance[];
		kinds: ActorKind[];
		regions: Region[];
		actors: { id: string; name: string }[];
	};
	series: StanceSeries;
	map: StanceMapModel;
}

/**
 * Every statement as the timeline shows it, oldest first, with the links to the previous and
 * next statement of each of its actors.
 * @example buildStatementViews(bundle, 'en')[0].actors[0].name // 'United States'
 */
export function buildStatementViews(bundle: ElectionBundle, locale: Locale): StatementView[] {
	const ordered = orderStatements(bundle.statements);
	const actorById = new Map(bundle.actors.map((a) => [a.id, a]));
	const byActor = new Map<string, typeof ordered>();
	for (const s of ordered) for (const a of s.actors) byActor.set(a, [...(byActor.get(a) ?? []), s]);
	const name = (id: string) => actorById.get(id)?.name[locale] ?? id;
	return ordered.map((s) => {
		const actors: ActorRef[] = s.actors.map((id) => {
			const a = actorById.get(id)!; // cross-checked at load time
			return { id, name: a.name[locale], kind: a.kind, region: a.region };
		});
		const earlier: StatementLink[] = [];
		const later: StatementLink[] = [];
		for (const a of s.actors) {
			const list = byActor.get(a) ?? [];
			const i = list.indexOf(s);
			const prev = list[i - 1];
			const next = list[i + 1];
			if (prev) earlier.push({ actor: name(a), id: prev.id, date: prev.date });
			if (next) later.push({ actor: name(a), id: next.id, date: next.date });
		}
		const q = s.quote;
		return {
			id: s.id,
			date: s.date,
			dateApprox: s.dateApprox,
			actors,
			actorIds: [...s.actors],
			kinds: [...new Set(actors.map((a) => a.kind))],
			regions: [...new Set(actors.flatMap((a) => (a.region ? [a.region] : [])))],
			person: s.person,
			role: s.role?.[locale],
			stance: s.stance,
			stanceNote: s.stanceNote?.[locale],
			quote: q && {
				text: q.text,
				lang: q.lang,
				kind: q.kind,
				translation: q.lang === locale ? undefined : q.translations[locale]
			},
			unconfirmed: [...s.unconfirmed],
			notes: s.notes?.[locale],
			sources: sourcesFor(bundle, s.sourceIds),
			revises: s.revises,
			earlier,
			later
		};
	});
}

/**
 * The markers of the timeline: every release of the official tabulation (the CNE bulletins) and
 * every event (the TSJ ruling, fact sheet §1d).
 * @example buildTimelineMarkers(bundle, 'en').map((m) => m.id)
 * // ['cne-bulletin-1', 'cne-bulletin-2', 'tsj-ruling-2024-08-22']
 */
export function buildTimelineMarkers(bundle: ElectionBundle, locale: Locale): TimelineMarker[] {
	const official = bundle.tabulations.find((t) => t.official);
	const bulletins: TimelineMarker[] = (official?.snapshots ?? []).map((s) => ({
		id: s.id,
		when: s.asOf,
		kind: 'bulletin',
		title: s.label[locale],
		description: s.asOfNote?.[locale],
		sources: sourcesFor(bundle, s.sourceIds)
	}));
	const events: TimelineMarker[] = bundle.events.map((e) => ({
		id: e.id,
		when: e.date,
		kind: 'event',
		title: e.title[locale],
		description: e.description?.[locale],
		sources: sourcesFor(bundle, e.sourceIds)
	}));
	return [...bulletins, ...events].sort((a, b) => a.when.localeCompare(b.when));
}

/**
 * The civil day of a `When` in the election's time zone (a date-only value is its own day).
 * @example dayOf('2024-07-29T00:06:00-04:00', 'America/Caracas') // '2024-07-29'
 */
export function dayOf(when: When, timeZone: string): string {
	if (!when.includes('T')) return when;
	return new Intl.DateTimeFormat('en-CA', {
		timeZone,
		year: 'numeric',
		month: '2-digit',
		day: '2-digit'
	}).format(new Date(when));
}

/**
 * Statements and markers on one axis, oldest first; on the same day, markers come first (CNE
 * bulletin 1 was read at 00:06 on 29 Jul, before any reaction of that day).
 */
export function mergeTimeline(
	statements: StatementView[],
	markers: TimelineMarker[],
	timeZone: string,
	remarks: RemarkView[] = []
): TimelineEntry[] {
	const entries: TimelineEntry[] = [
		...markers.map((marker) => ({
			type: 'marker' as const,
			day: dayOf(marker.when, timeZone),
			marker
		})),
		...statements.map((statement) => ({
			type: 'statement' as const,
			day: statement.date,
			statement
		})),
		...remarks.map((remark) => ({
			type: 'remark' as const,
			day: dayOf(remark.when, timeZone),
			remark
		}))
	];
	// Array.prototype.sort is stable: statements keep their order within a day, and remarks (listed
	// last) follow the statements of their day.
	return entries.sort(
		(a, b) =>
			a.day.localeCompare(b.day) || Number(a.type !== 'marker') - Number(b.type !== 'marker')
	);
}

/**
 * Counts of governments at each stance as of the last day of a series.
 * @example finalCounts(series)[0] // { stance: 'recognises', count: 10 }
 */
export function finalCounts(series: StanceSeries): StanceCount[] {
	return STANCES.map((stance) => ({ stance, count: series.counts[stance].at(-1) ?? 0 }));
}

/** The model of the statements page: timeline, stance over time, map. */
export function buildStatementsPage(bundle: ElectionBundle, locale: Locale): StatementsPageModel {
	const statements = buildStatementViews(bundle, locale);
	const remarks = buildRemarkViews(bundle, locale);
	const entries = mergeTimeline(
		statements,
		buildTimelineMarkers(bundle, locale),
		bundle.election.timeZone,
		remarks
	);
	const used = new Set(statements.flatMap((s) => s.actorIds));
	// The filters offer the remarks' actors and kinds too; the counts and the map do not see them.
	const filterable = [...statements, ...remarks];
	const listed = new Set(filterable.flatMap((s) => s.actorIds));
	const actors = bundle.actors
		.filter((a) => listed.has(a.id))
		.map((a) => ({ id: a.id, name: a.name[locale] }))
		.sort((a, b) => a.name.localeCompare(b.name, locale));
	const present = <T>(all: readonly T[], have: Set<T>) => all.filter((x) => have.has(x));
	return {
		election: {
			id: bundle.election.id,
			name: bundle.election.name[locale],
			timeZone: bundle.election.timeZone
		},
		entries,
		statementCount: statements.length,
		actorCount: used.size,
		remarkCount: remarks.length,
		options: {
			stances: present(STANCES, new Set(statements.map((s) => s.stance))),
			kinds: present(ACTOR_KINDS, new Set(filterable.flatMap((s) => s.kinds))),
			regions: present(REGIONS, new Set(filterable.flatMap((s) => s.regions))),
			actors
		},
		series: stanceSeries(bundle.statements, bundle.actors),
		map: buildStanceMap(bundle, locale)
	};
}
