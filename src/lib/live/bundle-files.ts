import { COLLECTIONS, type RawElectionFiles, type RawFile } from '../data/bundle';
import type { DataError } from '../data/errors';

/**
 * The published `data/<election>.json` holds a whole ElectionBundle (election + one list per
 * collection), `data/<election>/results.json` the part the live results are drawn from. To check
 * either in the browser with exactly the rules the build uses
 * (`validateElectionFiles`), it is put back into the raw-files form: the `election` object as the
 * election file and each collection as one file named after its key. The folder is the election id
 * the page expects, so a file for another election fails the folder/id check.
 *
 * Missing collections other than the required ones become "no files" (as an empty folder would);
 * anything that is not an object yields a files form with nothing in it, which validation reports.
 *
 * @example bundleToRawFiles({ election: { id: 'v' }, tabulations: [], sources: [] }, 'v').tabulations
 * // [{ file: 'tabulations', data: [] }]
 */
export function bundleToRawFiles(json: unknown, electionId: string): RawElectionFiles {
	const files = {
		folder: electionId,
		election: undefined,
		...Object.fromEntries(COLLECTIONS.map((name) => [name, []]))
	} as RawElectionFiles;
	if (json === null || typeof json !== 'object' || Array.isArray(json)) return files;
	const obj = json as Record<string, unknown>;
	if ('election' in obj) files.election = { file: 'election', data: obj.election };
	for (const name of COLLECTIONS) {
		if (obj[name] !== undefined) files[name] = [{ file: name, data: obj[name] } satisfies RawFile];
	}
	return files;
}

/**
 * One validation problem as a path into the bundle JSON, the way someone opening the file would
 * look for it.
 * @example formatBundleError({ file: 'tabulations', path: '[0].snapshots[1].results[0].votes', expected: 'a whole number ≥ 0', found: '-5' })
 * // 'tabulations[0].snapshots[1].results[0].votes: expected a whole number ≥ 0, got -5'
 */
export function formatBundleError(e: DataError): string {
	const where = !e.path ? e.file : e.path.startsWith('[') ? e.file + e.path : `${e.file}.${e.path}`;
	return `${where}: expected ${e.expected}, got ${e.found}`;
}
