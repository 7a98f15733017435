/**
 * The build's "now", for decisions taken at build time (is an election still live?). It is the
 * clock unless `ESCRUTINIO_NOW` (an ISO instant) pins it: the e2e build pins it to a moment of the
 * count so the live poller is under test, and a rebuild of an archive can be made reproducible.
 */
export function buildNow(env: Record<string, string | undefined> = process.env): number {
	const pinned = env.ESCRUTINIO_NOW;
	if (pinned === undefined || pinned === '') return Date.now();
	const ms = Date.parse(pinned);
	if (Number.isNaN(ms))
		throw new Error(`ESCRUTINIO_NOW: expected an ISO date-time, got "${pinned}"`);
	return ms;
}
