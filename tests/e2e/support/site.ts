// What the quality gates know about the built site: its pages (discovered in build/, grouped by
// page type) and the data it was built from (the project's own loader), so tests compare pages
// against the data files, not against a copy of a page.
import { existsSync } from 'node:fs';
import { loadDataset } from '../../../src/lib/server/load-dataset';
import type { ElectionBundle } from '../../../src/lib/data/bundle';
import {
	collectIds,
	groupPages,
	heaviest,
	listPages,
	pageSegments,
	pageUrl,
	representatives,
	type PageGroup
} from '../../../scripts/lib/site-pages.js';

export const BUILD_DIR = 'build';

function load(): ElectionBundle[] {
	const { elections, errors } = loadDataset();
	if (errors.length > 0) throw new Error(`data errors: ${JSON.stringify(errors.slice(0, 3))}`);
	return elections;
}

export const elections = load();
export const ids = collectIds(elections);
export const pages = existsSync(BUILD_DIR) ? listPages(BUILD_DIR) : [];
export const groups: PageGroup[] = groupPages(pages, ids);

/** One or two pages per page type and locale (see representatives()). */
export function samplePages(
	max = 2
): { type: string; locale: string | undefined; path: string; url: string }[] {
	return groups.flatMap((g) =>
		representatives(g.pages, max).map((path) => ({
			type: g.type,
			locale: g.locale,
			path,
			url: pageUrl(path)
		}))
	);
}

/** The election a page belongs to: the first path segment that is an election id. */
export function electionOf(path: string): ElectionBundle | undefined {
	const segs = pageSegments(path);
	return elections.find((e) => segs.includes(e.election.id));
}

export { heaviest, pageSegments, pageUrl };
