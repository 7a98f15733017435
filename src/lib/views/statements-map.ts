import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { STANCES, type Stance } from '../schemas/enums';
import { governmentPositions, latestPositions } from '../results/stances';
import { INTL_TAG } from '../i18n/format';
import { numericCode } from '../charts/world-map-codes';

/** One country on the map: its government's latest stance and the statement that set it. */
export interface MapCountry {
	/** ISO 3166-1 alpha-2. */
	code: string;
	/** world-atlas feature id (ISO 3166-1 numeric); undefined if the code table lacks it. */
	numeric: string | undefined;
	actorId: string;
	/** The country's name in the page locale, from `Intl.DisplayNames`. */
	name: string;
	stance: Stance;
	stanceNote: string | undefined;
	statementId: string;
	date: string;
	dateApprox: boolean;
}

export interface StanceMapModel {
	/** The date of the last statement: every stance is "as of" this day. */
	asOf: string | undefined;
	/** Sorted by name in the page locale. */
	countries: MapCountry[];
	/** Countries per stance, in the order of STANCES. */
	counts: { stance: Stance; count: number }[];
}

/**
 * The map's data: each government with a country code at its latest stance (joint statements
 * count for every signatory). Organisations, groups and individuals are never mapped.
 * @example buildStanceMap(bundle, 'en').countries.find((c) => c.code === 'PE')?.stance // 'other'
 */
export function buildStanceMap(bundle: ElectionBundle, locale: Locale): StanceMapModel {
	const positions = governmentPositions(bundle.statements, bundle.actors);
	const asOf = positions.at(-1)?.date;
	const latest = asOf ? latestPositions(positions, asOf) : new Map();
	const names = new Intl.DisplayNames([INTL_TAG[locale]], { type: 'region' });
	const countries: MapCountry[] = [];
	for (const [actorId, p] of latest) {
		const actor = bundle.actors.find((a) => a.id === actorId);
		if (!actor?.country) continue;
		const s = bundle.statements.find((x) => x.id === p.statement)!;
		countries.push({
			code: actor.country,
			numeric: numericCode(actor.country),
			actorId,
			name: names.of(actor.country) ?? actor.name[locale],
			stance: p.stance,
			stanceNote: s.stanceNote?.[locale],
			statementId: s.id,
			date: s.date,
			dateApprox: s.dateApprox
		});
	}
	countries.sort((a, b) => a.name.localeCompare(b.name, INTL_TAG[locale]));
	return {
		asOf,
		countries,
		counts: STANCES.map((stance) => ({
			stance,
			count: countries.filter((c) => c.stance === stance).length
		}))
	};
}
