import { base } from '$app/paths';
import type { Locale } from '../locales';
import { fileHref } from '../paths';
import type { ElectionBundle } from '../data/bundle';
import type { LiveFile } from './live-file';
import { tl as t } from './live-messages';
import {
	BACKOFF_CAP_INTERVALS,
	describeUpdate,
	formatClock,
	listKeys,
	LIVE_MAX_BYTES,
	releaseKeys,
	type LiveMeta
} from './live-meta';
import type { LiveState } from './poller';
import { startPoller } from './start-poller';

/** What the live status line keeps of each good check. */
export interface LiveData<M> {
	file: LiveFile;
	resultsVersion: string;
	model: M | undefined;
	announce: string | undefined;
}

/**
 * Start polling an election's live file for LiveStatus.svelte (which imports this module lazily,
 * so the poller is no part of a page's first-load JavaScript). Returns the poller's stop function.
 */
export function pollLive<M>(o: {
	lang: Locale;
	election: string;
	timeZone: string;
	meta: LiveMeta;
	since: number;
	build: (bundle: ElectionBundle) => Promise<M>;
	onState: (state: LiveState<LiveData<M>>, nextAt: number | undefined) => void;
}) {
	const { lang, election, timeZone, meta } = o;
	return startPoller<LiveData<M>, LiveFile>({
		url: fileHref('data', election, 'live.json'),
		built: { version: meta.version, builtAt: meta.builtAt },
		timing: {
			intervalMs: meta.pollSeconds * 1000,
			maxBackoffMs: meta.pollSeconds * 1000 * BACKOFF_CAP_INTERVALS
		},
		staleMs: meta.staleSeconds * 1000,
		maxBytes: LIVE_MAX_BYTES,
		since: o.since,
		validate: async (json) => (await import('./live-load')).validateLiveJson(json, election),
		load: async (file, good) => {
			const prev = good
				? { latest: releaseKeys(good.file), lists: listKeys(good.file) }
				: { latest: meta.latest, lists: meta.lists };
			const prevResults = good?.resultsVersion ?? meta.resultsVersion;
			const announce = describeUpdate(prev, file, lang, formatClock(Date.now(), lang, timeZone));
			if (file.results.version === prevResults)
				return {
					ok: true,
					data: { file, resultsVersion: prevResults, model: good?.model, announce },
					changed: announce !== undefined
				};
			const r = await (await import('./live-load')).loadResults(file, base, election);
			if (!r.ok) return r;
			const model = await o.build(r.bundle);
			return {
				ok: true,
				data: {
					file,
					resultsVersion: file.results.version,
					model,
					announce:
						announce ?? t(lang, 'live.updated', { time: formatClock(Date.now(), lang, timeZone) })
				},
				changed: true
			};
		},
		onState: o.onState
	});
}
