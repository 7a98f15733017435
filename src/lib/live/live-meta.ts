/**
 * What a page knows about live updates without loading zod: the version of the live file it was
 * built with, the build settings, and the pure helpers that say what a newer file changed and how
 * to announce it. (The schema and the loading are in live-file.ts / live-load.ts, loaded lazily.)
 */
import type { Locale } from '../locales';
import { tl as t } from './live-messages';
import { formatAnnouncedPercent, formatPercent, INTL_TAG } from '../i18n/format';
import type { LiveFile } from './live-file';
import { canonicalJson, contentHash } from './content-hash';

/** Handed by the build to every page that polls (election page, headline embed). */
export interface LiveMeta {
	version: string;
	builtAt: string;
	/** `results.version` of the live file: the results file the page's figures come from. */
	resultsVersion: string;
	/** Per tabulation, a key of its latest release (id and figures): what an update compares. */
	latest: Record<string, string>;
	/** listKeys() of the live file: which claims and statements it listed. */
	lists: { claims: string; statements: string };
	/** LIVE_POLL_SECONDS and LIVE_STALE_SECONDS of the build. */
	pollSeconds: number;
	staleSeconds: number;
}

/** The largest live.json a page accepts (the built-in one is about 1.6 kB gzip, ~6 kB plain). */
export const LIVE_MAX_BYTES = 64 * 1024;
/** The largest results.json a page accepts. */
export const RESULTS_MAX_BYTES = 2 * 1024 * 1024;
/** The longest wait between checks after failures, in polling intervals. */
export const BACKOFF_CAP_INTERVALS = 10;

/**
 * Key of each tabulation's latest release: changes when the release or any of its figures does.
 * @example releaseKeys(file) // { cne: '…14 hex…', opposition: '…' }
 */
export function releaseKeys(file: Pick<LiveFile, 'tabulations'>): Record<string, string> {
	return Object.fromEntries(
		file.tabulations.map((x) => [x.id, contentHash(canonicalJson(x.latest))])
	);
}

/**
 * Keys of the claims and the statements a live file lists: each changes when its list does.
 * @example listKeys(file) // { claims: '…14 hex…', statements: '…' }
 */
export function listKeys(file: Pick<LiveFile, 'claims' | 'statements'>): {
	claims: string;
	statements: string;
} {
	return {
		claims: contentHash(file.claims.map((c) => c.id).join(' ')),
		statements: contentHash(file.statements.map((s) => s.id).join(' '))
	};
}

/**
 * A clock time in the election's time zone, with the zone.
 * @example formatClock(Date.parse('2024-08-02T05:12:00Z'), 'en', 'America/Caracas') // '01:12 GMT-4'
 */
export function formatClock(ms: number, locale: Locale, timeZone: string): string {
	return new Intl.DateTimeFormat(INTL_TAG[locale], {
		hour: '2-digit',
		minute: '2-digit',
		hourCycle: 'h23',
		timeZone,
		timeZoneName: 'short'
	}).format(new Date(ms));
}

/**
 * The sentence announced (politely) when a newer live file was applied: the first release that
 * changed, official first, with its coverage as announced (or as counted when none was
 * announced); else the newest claim, or statement, when that list changed; else undefined.
 * @example describeUpdate(prev, file, 'en', '01:12 GMT-4') // 'Updated 01:12 GMT-4: CNE bulletin 2, 96.87% counted.'
 */
export function describeUpdate(
	prev: { latest: Record<string, string>; lists: { claims: string; statements: string } },
	file: LiveFile,
	locale: Locale,
	time: string
): string | undefined {
	const keys = releaseKeys(file);
	const tab = file.tabulations.find((x) => prev.latest[x.id] !== keys[x.id]);
	if (tab) {
		const c = tab.latest.coverage;
		const counted =
			c.announcedPercent !== undefined
				? formatAnnouncedPercent(c.announcedPercent, locale)
				: c.unitsCounted !== undefined && c.unitsTotal
					? formatPercent((c.unitsCounted / c.unitsTotal) * 100, locale, 2)
					: undefined;
		const release = tab.latest.label[locale];
		return counted
			? t(locale, 'live.updatedCounted', { time, release, counted })
			: t(locale, 'live.updatedRelease', { time, release });
	}
	const lists = listKeys(file);
	const claim = file.claims[0];
	if (claim && lists.claims !== prev.lists.claims)
		return t(locale, 'live.updatedClaim', { time, line: claim.line[locale] });
	const statement = file.statements[0];
	if (statement && lists.statements !== prev.lists.statements)
		return t(locale, 'live.updatedStatement', { time, line: statement.line[locale] });
	return undefined;
}
