// What every `[lang]/[election]/…` route does before building its page: list its prerendered
// entries (every locale × every election, or × every item of an election) and resolve its params
// to a locale and an election bundle, answering 404 for an unknown election.
import { error } from '@sveltejs/kit';
import type { ElectionBundle } from '$lib/data/bundle';
import { LOCALES, localeOf, type Locale } from '$lib/i18n';
import { getElection, getElections } from './load-dataset';

/**
 * One entry per locale and election, for the elections `include` accepts (all by default).
 * @example electionEntries() // [{ lang: 'es', election: 'venezuela-2024' }, { lang: 'en', … }]
 */
export function electionEntries(
	include: (bundle: ElectionBundle) => boolean = () => true
): { lang: Locale; election: string }[] {
	return LOCALES.flatMap((lang) =>
		getElections()
			.filter(include)
			.map((b) => ({ lang, election: b.election.id }))
	);
}

/**
 * One entry per locale, election and item id (`key` names the route parameter).
 * @example electionItemEntries('claim', (b) => b.claims.map((c) => c.id))
 */
export function electionItemEntries<K extends string>(
	key: K,
	idsOf: (bundle: ElectionBundle) => string[]
): ({ lang: Locale; election: string } & Record<K, string>)[] {
	return LOCALES.flatMap((lang) =>
		getElections().flatMap((b) =>
			idsOf(b).map(
				(id) =>
					({ lang, election: b.election.id, [key]: id }) as {
						lang: Locale;
						election: string;
					} & Record<K, string>
			)
		)
	);
}

/** The route's locale and election; an unknown election is a 404. */
export function electionParams(params: { lang: string; election: string }): {
	lang: Locale;
	bundle: ElectionBundle;
} {
	const bundle = getElection(params.election);
	if (!bundle) error(404, 'Unknown election');
	return { lang: localeOf(params.lang), bundle };
}
