import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { allOf, citeFinding } from '$lib/server/cite';
import { href } from '$lib/paths';
import { buildSnapshotTable } from '$lib/views/snapshot-table';
import { findingSnapshotIds, releaseFindings, withDerived } from '$lib/views/release-findings';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per release that integrity checks speak about, in both locales: each finding in full
// (text, tables, sources, counter-views) with its "Cite this". The claims page lists them all,
// summarised, and links here; kept apart so that no page carries 34 citations at once.
export const entries: EntryGenerator = () =>
	electionItemEntries('snapshot', (b) => findingSnapshotIds(b));

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const tab = bundle.tabulations.find((x) => x.snapshots.some((s) => s.id === params.snapshot));
	const snap = tab?.snapshots.find((s) => s.id === params.snapshot);
	const findings = releaseFindings(bundle, params.snapshot, lang);
	if (!tab || !snap || findings.length === 0) error(404, 'No integrity checks for this release');
	const table = buildSnapshotTable(bundle, tab, snap, lang);
	const e = bundle.election.id;
	const path = (id: string) =>
		`${href(lang, e, 'snapshots', params.snapshot, 'findings')}#finding-${id}`;
	return {
		page: {
			election: { id: e, name: bundle.election.name[lang] },
			release: { id: params.snapshot, label: table.label, tabulation: table.tabulationName },
			table,
			findings
		},
		citations: await allOf(
			withDerived(findings).map((f) => [f.id, citeFinding(bundle, f, lang, path(f.id), f.asOf)])
		)
	};
};

// Nothing on this page is a control: HTML and CSS only; "Cite this" is run by /cite.js.
export const csr = false;
