import { error } from '@sveltejs/kit';
import { electionItemEntries, electionParams } from '$lib/server/election-route';
import { loadSheets } from '$lib/server/load-dataset';
import { sheetCheckCitations } from '$lib/server/cite';
import { topRegionOf } from '$lib/views/sheet-regions';
import { buildSheetChecksPage, sheetSnapshotIds } from '$lib/views/sheet-checks-page';
import type { EntryGenerator, PageServerLoad } from './$types';

// One page per release that has sheet rows (`snapshot.sheets`), in both locales. Every check is
// computed here, at build time: the page ships numbers, not the 24,532 rows.
export const entries: EntryGenerator = () =>
	electionItemEntries('snapshot', (b) => sheetSnapshotIds(b, (s) => !!s.sheets));

export const load: PageServerLoad = async ({ params }) => {
	const { lang, bundle } = electionParams(params);
	const snapshot = bundle.tabulations
		.flatMap((t) => t.snapshots)
		.find((s) => s.id === params.snapshot);
	if (!snapshot?.sheets) error(404, 'No sheet rows for this snapshot');
	const rows = loadSheets(bundle.election.id, snapshot.id);
	if (!rows) error(404, 'No sheet rows for this snapshot');
	const { groupOf, nameOf } = topRegionOf(bundle.election.regions);
	const page = buildSheetChecksPage(
		bundle,
		snapshot.id,
		{
			rows,
			file: `sheets/${snapshot.id}.csv`,
			sourceIds: snapshot.sheets.sourceIds,
			groupOf,
			regionName: nameOf,
			regionLevelName: bundle.election.regionLevels?.[0]?.name[lang]
		},
		lang
	);
	if (!page) error(404, 'Unknown snapshot');
	return { page, citations: await sheetCheckCitations(bundle, page, lang) };
};

// Nothing here needs SvelteKit's client: the histogram and the heat map are drawn by classic
// scripts (embed/js/histogram.js, fingerprint.js), the tables are HTML. See docs/hydration.md.
export const csr = false;
