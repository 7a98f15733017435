import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import type { Source } from '../schemas/source';

/** What a view needs to draw one contestant: name, party and colour. */
export interface ContestantInfo {
	id: string;
	name: string;
	party: string | undefined;
	color: string;
	isGroup: boolean;
}

/**
 * Name, party and colour of a candidate or combined group.
 * @example contestantInfo(bundle, 'others', 'en').name // 'Other 8 candidates (combined)'
 */
export function contestantInfo(bundle: ElectionBundle, id: string, locale: Locale): ContestantInfo {
	const c = bundle.election.candidates.find((x) => x.id === id);
	if (c) return { id, name: c.fullName, party: c.party, color: c.color, isGroup: false };
	const g = bundle.election.groups.find((x) => x.id === id);
	if (g) return { id, name: g.name[locale], party: undefined, color: g.color, isGroup: true };
	// Unreachable for validated data: every contestant id is cross-checked at load time.
	throw new Error(`unknown contestant ${id}`);
}

/** The sources behind a list of ids, in the order given. */
export function sourcesFor(bundle: ElectionBundle, ids: readonly string[]): Source[] {
	return ids.map((id) => {
		const s = bundle.sources.find((x) => x.id === id);
		if (!s) throw new Error(`unknown source ${id}`); // cross-checked at load time
		return s;
	});
}

export function actorName(bundle: ElectionBundle, id: string, locale: Locale): string {
	return bundle.actors.find((a) => a.id === id)?.name[locale] ?? id;
}
