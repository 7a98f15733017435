// Build-time side of live updates: the build time stamped into every live file, the build
// settings LIVE_POLL_SECONDS and LIVE_STALE_SECONDS, and what each polling page is told about the
// live file it was built with. One prerender process writes the pages and the live files, so they
// share BUILT_AT (and if they did not, the same content still has the same version).
import type { ElectionBundle } from '$lib/data/bundle';
import { buildLiveFile } from '$lib/live/build-live-file';
import { LiveFileSchema, type LiveFile } from '$lib/live/live-file';
import { listKeys, releaseKeys, type LiveMeta } from '$lib/live/live-meta';

/** SOURCE_DATE_EPOCH (seconds) makes the stamp reproducible; otherwise the build's start. */
const BUILT_AT = process.env.SOURCE_DATE_EPOCH
	? new Date(Number(process.env.SOURCE_DATE_EPOCH) * 1000).toISOString()
	: new Date().toISOString();

/**
 * A whole number of seconds from the environment, or the default; anything else stops the build.
 * @example secondsSetting('LIVE_POLL_SECONDS', 60) // 60 when unset
 */
export function secondsSetting(name: string, fallback: number): number {
	const raw = process.env[name];
	if (raw === undefined || raw === '') return fallback;
	const n = Number(raw);
	if (!Number.isInteger(n) || n < 1)
		throw new Error(`${name}: expected a whole number of seconds ≥ 1, got ${JSON.stringify(raw)}`);
	return n;
}

const files = new Map<string, LiveFile>();

/** The live file of an election for this build, checked with the schema the browser uses. */
export function liveFileFor(bundle: ElectionBundle): LiveFile {
	let f = files.get(bundle.election.id);
	if (!f) {
		f = LiveFileSchema.parse(buildLiveFile(bundle, BUILT_AT));
		files.set(bundle.election.id, f);
	}
	return f;
}

/** What a polling page needs to know: the version it shows and how often to check. */
export function liveMeta(bundle: ElectionBundle): LiveMeta {
	const f = liveFileFor(bundle);
	return {
		version: f.version,
		builtAt: f.builtAt,
		resultsVersion: f.results.version,
		latest: releaseKeys(f),
		lists: listKeys(f),
		pollSeconds: secondsSetting('LIVE_POLL_SECONDS', 60),
		staleSeconds: secondsSetting('LIVE_STALE_SECONDS', 600)
	};
}
