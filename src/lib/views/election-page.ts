import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { buildSnapshotTable, latestSnapshot, type SnapshotTableModel } from './snapshot-table';
import { sourcesFor } from './lookup';
import type { Source } from '../schemas/source';

export interface ElectionHeader {
	id: string;
	name: string;
	date: string;
	office: string;
	summary: string | undefined;
	timeZone: string;
	registered: { count: number; note: string | undefined; sources: Source[] } | undefined;
	units: { count: number; note: string | undefined; sources: Source[] } | undefined;
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
			sources: sourcesFor(bundle, e.registeredVoters.sourceIds)
		},
		units: e.countingUnit.total && {
			count: e.countingUnit.total.count,
			note: e.countingUnit.total.note?.[locale],
			sources: sourcesFor(bundle, e.countingUnit.total.sourceIds)
		}
	};
}

export interface ElectionPageModel {
	header: ElectionHeader;
	/** Latest snapshot of the official tabulation first, then the latest of each other one. */
	latest: SnapshotTableModel[];
}

/** The model of an election's main page. */
export function buildElectionPage(bundle: ElectionBundle, locale: Locale): ElectionPageModel {
	const tabs = [...bundle.tabulations].sort((a, b) => Number(b.official) - Number(a.official));
	return {
		header: buildElectionHeader(bundle, locale),
		latest: tabs.map((t) => buildSnapshotTable(bundle, t, latestSnapshot(t), locale))
	};
}
