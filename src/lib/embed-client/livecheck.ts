// The validation half of the election page's live poller (embed/js/livecheck.js): zod and the
// build's schema of the live file. embed/js/live.js loads it only when it has a new file to check,
// and reads its exports from the global this IIFE defines (escrutinioEmbed_livecheck).
import { checkLiveFile, type LiveFile } from '../live/live-file';
import type { ValidationResult } from '../live/poller';

/** A fetched live.json, checked as the build checks it (as src/lib/live/live-load.ts does). */
export function validateLiveJson(json: unknown, election: string): ValidationResult<LiveFile> {
	const r = checkLiveFile(json, election);
	return r.ok
		? { ok: true, version: { version: r.file.version, builtAt: r.file.builtAt }, file: r.file }
		: r;
}
