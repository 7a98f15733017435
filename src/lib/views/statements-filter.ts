import { ACTOR_KINDS, REGIONS, STANCES, type ActorKind, type Stance } from '../schemas/enums';

export type Region = (typeof REGIONS)[number];

/** The timeline's filters, as read from the page's query string (`?stance=rejects&region=europe`). */
export interface StatementFilter {
	stance?: Stance;
	kind?: ActorKind;
	region?: Region;
	/** An actor id: that actor's statements, alone or joint. */
	actor?: string;
}

/** What a statement offers to the filters. */
export interface Filterable {
	stance: Stance;
	actorIds: readonly string[];
	kinds: readonly ActorKind[];
	regions: readonly Region[];
}

const oneOf = <T extends string>(list: readonly T[], v: string | null): T | undefined =>
	v !== null && (list as readonly string[]).includes(v) ? (v as T) : undefined;

/**
 * The filters in a query string. Unknown values are ignored (a stale or hand-edited link shows
 * everything rather than nothing).
 * @example parseStatementFilter(new URLSearchParams('stance=rejects&kind=nope'), new Set())
 * // { stance: 'rejects' }
 */
export function parseStatementFilter(
	params: URLSearchParams,
	actorIds: ReadonlySet<string>
): StatementFilter {
	const f: StatementFilter = {};
	const stance = oneOf(STANCES, params.get('stance'));
	const kind = oneOf(ACTOR_KINDS, params.get('kind'));
	const region = oneOf(REGIONS, params.get('region'));
	const actor = params.get('actor');
	if (stance) f.stance = stance;
	if (kind) f.kind = kind;
	if (region) f.region = region;
	if (actor !== null && actorIds.has(actor)) f.actor = actor;
	return f;
}

/**
 * Whether a statement passes every filter. A joint statement passes a kind, region or actor
 * filter when any of its signatories does.
 * @example matchesStatementFilter({ stance: 'rejects', actorIds: ['pe'], kinds: ['government'],
 *   regions: ['latin-america-caribbean'] }, { region: 'europe' }) // false
 */
export function matchesStatementFilter(s: Filterable, f: StatementFilter): boolean {
	return (
		(f.stance === undefined || s.stance === f.stance) &&
		(f.kind === undefined || s.kinds.includes(f.kind)) &&
		(f.region === undefined || s.regions.includes(f.region)) &&
		(f.actor === undefined || s.actorIds.includes(f.actor))
	);
}

/**
 * Whether a remark (fact sheet §6: no stance) passes every filter. A stance filter hides every
 * remark; the others work as for statements, so `?kind=individual` shows the individuals.
 * @example matchesRemarkFilter({ actorIds: ['elon-musk'], kinds: ['individual'], regions: [] },
 *   { kind: 'individual' }) // true
 */
export function matchesRemarkFilter(r: Omit<Filterable, 'stance'>, f: StatementFilter): boolean {
	return (
		f.stance === undefined &&
		(f.kind === undefined || r.kinds.includes(f.kind)) &&
		(f.region === undefined || r.regions.includes(f.region)) &&
		(f.actor === undefined || r.actorIds.includes(f.actor))
	);
}

/** True when no filter is set. */
export function isEmptyFilter(f: StatementFilter): boolean {
	return Object.keys(f).length === 0;
}

/**
 * A query string for a filter, in a stable order, `''` when empty.
 * @example filterQuery({ region: 'europe', stance: 'rejects' }) // '?stance=rejects&region=europe'
 */
export function filterQuery(f: StatementFilter): string {
	const p = new URLSearchParams();
	for (const key of ['stance', 'kind', 'region', 'actor'] as const) {
		const v = f[key];
		if (v) p.set(key, v);
	}
	const q = p.toString();
	return q ? `?${q}` : '';
}
