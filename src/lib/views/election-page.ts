import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { sourcesFor } from './lookup';
import type { Source } from '../schemas/source';
import { buildResultsSection, type ResultsSectionModel } from './results-section';
import { buildElectionSections, type ElectionSections } from './election-sections';
import { buildElectionStatus, type ElectionStatus } from './election-answer';

export interface SourcedCountModel {
	count: number;
	note: string | undefined;
	sources: Source[];
	noteSources: Source[];
}

export interface ElectionHeader {
	id: string;
	name: string;
	date: string;
	office: string;
	summary: string | undefined;
	timeZone: string;
	/** `noteSources` cite the figures the note gives (another registry size, another count). */
	registered: SourcedCountModel | undefined;
	units: SourcedCountModel | undefined;
}

export function buildElectionHeader(bundle: ElectionBundle, locale: Locale): ElectionHeader {
	const e = bundle.election;
	return {
		id: e.id,
		name: e.name[locale],
		date: e.date,
		office: e.office[locale],
		summary: e.summary?.[locale],
		timeZone: e.timeZone,
		registered: e.registeredVoters && {
			count: e.registeredVoters.count,
			note: e.registeredVoters.note?.[locale],
			sources: sourcesFor(bundle, e.registeredVoters.sourceIds),
			noteSources: sourcesFor(bundle, e.registeredVoters.noteSourceIds ?? [])
		},
		units: e.countingUnit.total && {
			count: e.countingUnit.total.count,
			note: e.countingUnit.total.note?.[locale],
			sources: sourcesFor(bundle, e.countingUnit.total.sourceIds),
			noteSources: sourcesFor(bundle, e.countingUnit.total.noteSourceIds ?? [])
		}
	};
}

/**
 * The model of an election's main page: the answer (results and the state of the election) and
 * one-line summaries of the other pages, which hold the states, claims and statements themselves.
 * `now` is the build's time (is the count live?).
 */
export interface ElectionPageModel {
	header: ElectionHeader;
	results: ResultsSectionModel;
	status: ElectionStatus;
	sections: ElectionSections;
}

export function buildElectionPage(
	bundle: ElectionBundle,
	locale: Locale,
	now: number
): ElectionPageModel {
	return {
		header: buildElectionHeader(bundle, locale),
		results: buildResultsSection(bundle, locale),
		status: buildElectionStatus(bundle, locale, now),
		sections: buildElectionSections(bundle, locale)
	};
}
