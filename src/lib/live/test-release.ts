/**
 * For unit tests only (the Playwright test of live updates makes its newer release with the data
 * CLI instead: scripts/build-next-release.js): an election with one more release than the real
 * data, so a "newer valid release" can be served without inventing a figure on the site. The
 * release is labelled as a test, copies the official tabulation's latest release and adds `plus`
 * votes to its first result (and to the totals, or validation would rightly refuse it).
 */
import type { ElectionBundle } from '../data/bundle';

export const TEST_RELEASE_ID = 'test-bulletin-3';

export function withTestRelease(bundle: ElectionBundle, plus = 1000): ElectionBundle {
	const b = structuredClone(bundle);
	const tab = b.tabulations.find((t) => t.official)!;
	const last = tab.snapshots[tab.snapshots.length - 1]!;
	const add = (n: number | undefined) => (n === undefined ? undefined : n + plus);
	tab.snapshots.push({
		...structuredClone(last),
		id: TEST_RELEASE_ID,
		label: { es: 'Boletín de prueba 3', en: 'Test bulletin 3' },
		results: last.results.map((r, i) => (i === 0 ? { ...r, votes: r.votes + plus } : r)),
		totals: { ...last.totals, valid: add(last.totals.valid), voters: add(last.totals.voters) },
		regions: []
	});
	return b;
}
