import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import {
	COLLECTIONS,
	validateElectionFiles,
	type ElectionBundle,
	type RawElectionFiles,
	type RawFile,
	type RawSheetFile
} from '../data/bundle';
import { formatDataError, type DataError } from '../data/errors';
import { parseSheetCsv } from '../data/sheet-file';
import type { SheetRow } from '../schemas/sheet';

/**
 * The data folder: `src/data/elections` unless `ESCRUTINIO_DATA_DIR` names another one (tests
 * build fixture elections this way). Relative to the working directory (the project root).
 */
export function dataRoot(): string {
	return resolve(process.env.ESCRUTINIO_DATA_DIR ?? 'src/data/elections');
}

function readJson(abs: string, file: string, errors: DataError[]): RawFile | undefined {
	let text: string;
	try {
		text = readFileSync(abs, 'utf8');
	} catch (e) {
		errors.push({
			file,
			path: '',
			expected: 'a readable file',
			found: String((e as Error).message)
		});
		return undefined;
	}
	try {
		return { file, data: JSON.parse(text) };
	} catch (e) {
		const msg = (e as Error).message;
		const at = /position (\d+)/.exec(msg);
		let where = msg;
		if (at) {
			const before = text.slice(0, Number(at[1]));
			const line = before.split('\n').length;
			const col = before.length - before.lastIndexOf('\n');
			where = `${msg} (line ${line}, column ${col})`;
		}
		errors.push({ file, path: '', expected: 'valid JSON', found: where });
		return undefined;
	}
}

/** Read one election folder from disk: the raw JSON of each file, or errors for unreadable ones. */
export function readElectionFolder(
	absDir: string,
	display: string,
	errors: DataError[]
): RawElectionFiles {
	const files = {
		folder: display,
		election: undefined,
		...Object.fromEntries(COLLECTIONS.map((name) => [name, []]))
	} as RawElectionFiles;
	const electionPath = join(absDir, 'election.json');
	if (existsSync(electionPath))
		files.election = readJson(electionPath, `${display}/election.json`, errors);
	for (const name of COLLECTIONS) {
		const single = join(absDir, `${name}.json`);
		if (existsSync(single)) {
			const f = readJson(single, `${display}/${name}.json`, errors);
			if (f) files[name].push(f);
		}
		const dir = join(absDir, name);
		if (existsSync(dir) && statSync(dir).isDirectory()) {
			for (const entry of readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort()) {
				const f = readJson(join(dir, entry), `${display}/${name}/${entry}`, errors);
				if (f) files[name].push(f);
			}
		}
	}
	files.sheets = readSheetFiles(absDir, display, errors);
	return files;
}

/** Parsed sheet files by path, size and time (a build reads the data folder more than once). */
const parsedSheets = new Map<string, ReturnType<typeof parseSheetCsv>>();

/**
 * Parse a sheet file once per process: a file already parsed without errors (same path, size and
 * modification time) is not parsed again. `display` names the file in error messages, so a file
 * with errors is parsed under each name it is read by.
 */
function parseSheetFile(abs: string, display: string): ReturnType<typeof parseSheetCsv> {
	const st = statSync(abs);
	const key = `${abs}|${st.size}|${st.mtimeMs}`;
	const hit = parsedSheets.get(key);
	if (hit && hit.errors.length === 0) return hit;
	const parsed = parseSheetCsv(readFileSync(abs, 'utf8'), display);
	parsedSheets.set(key, parsed);
	return parsed;
}

/** Read and parse `sheets/*.csv` of one election folder (one file per snapshot id). */
function readSheetFiles(absDir: string, display: string, errors: DataError[]): RawSheetFile[] {
	const dir = join(absDir, 'sheets');
	if (!existsSync(dir) || !statSync(dir).isDirectory()) return [];
	const out: RawSheetFile[] = [];
	for (const entry of readdirSync(dir)
		.filter((f) => f.endsWith('.csv'))
		.sort()) {
		const file = `${display}/sheets/${entry}`;
		const abs = join(dir, entry);
		let parsed: ReturnType<typeof parseSheetCsv> | undefined;
		try {
			parsed = parseSheetFile(abs, file);
		} catch (e) {
			errors.push({ file, path: '', expected: 'a readable file', found: (e as Error).message });
			continue;
		}
		if (parsed.errors.length > 0) errors.push(...parsed.errors);
		else
			out.push({
				file,
				snapshotId: entry.slice(0, -'.csv'.length),
				candidates: parsed.candidates,
				rows: parsed.rows
			});
	}
	return out;
}

export interface LoadedDataset {
	elections: ElectionBundle[];
	errors: DataError[];
}

/** Read and validate every election folder under `root`. Never throws on bad data. */
export function loadDataset(root = dataRoot()): LoadedDataset {
	const errors: DataError[] = [];
	const elections: ElectionBundle[] = [];
	const display = relative(process.cwd(), root) || '.';
	if (!existsSync(root)) {
		return {
			elections,
			errors: [
				{ file: display, path: '', expected: 'a folder of elections', found: 'no such folder' }
			]
		};
	}
	const folders = readdirSync(root)
		.filter((d) => statSync(join(root, d)).isDirectory())
		.sort();
	for (const d of folders) {
		const fileErrors: DataError[] = [];
		const raw = readElectionFolder(join(root, d), `${display}/${d}`, fileErrors);
		// A file that cannot be read would make every reference into it look broken: report the file
		// alone and check the folder again once it parses.
		if (fileErrors.length > 0) {
			errors.push(...fileErrors);
			continue;
		}
		const { bundle, errors: e } = validateElectionFiles(raw);
		errors.push(...e);
		if (bundle) elections.push(bundle);
	}
	if (folders.length === 0)
		errors.push({
			file: display,
			path: '',
			expected: 'at least one election folder',
			found: 'an empty folder'
		});
	// Newest election first.
	elections.sort((a, b) => b.election.date.localeCompare(a.election.date));
	return { elections, errors };
}

export class DataValidationError extends Error {
	constructor(public readonly errors: DataError[]) {
		super(
			`The election data has ${errors.length} problem(s); nothing was published:\n` +
				errors.map((e) => '  ' + formatDataError(e)).join('\n')
		);
		this.name = 'DataValidationError';
	}
}

let cached: ElectionBundle[] | undefined;

/**
 * The validated dataset for the build. Any data error throws, which fails prerendering and so the
 * build: bad data is never published.
 */
export function getElections(): ElectionBundle[] {
	if (cached) return cached;
	const { elections, errors } = loadDataset();
	if (errors.length > 0) throw new DataValidationError(errors);
	cached = elections;
	return elections;
}

export function getElection(id: string): ElectionBundle | undefined {
	return getElections().find((e) => e.election.id === id);
}

const sheetCache = new Map<string, SheetRow[] | null>();

/**
 * The sheet rows of one release (`<data root>/<election>/sheets/<snapshot>.csv`), or null when the
 * release has no sheet file. Read once per process; the build validated the file before any page
 * asks for it (a file that does not parse throws).
 *
 * @example loadSheets('venezuela-2024', 'opposition-81-7')?.length // 24532
 */
export function loadSheets(electionId: string, snapshotId: string): SheetRow[] | null {
	const key = join(dataRoot(), electionId, snapshotId);
	const hit = sheetCache.get(key);
	if (hit !== undefined) return hit;
	const abs = join(dataRoot(), electionId, 'sheets', `${snapshotId}.csv`);
	let rows: SheetRow[] | null = null;
	if (/^[a-z0-9-]+$/.test(electionId) && /^[a-z0-9-]+$/.test(snapshotId) && existsSync(abs)) {
		const display = `${electionId}/sheets/${snapshotId}.csv`;
		const parsed = parseSheetFile(abs, display);
		if (parsed.errors.length > 0) throw new DataValidationError(parsed.errors);
		rows = parsed.rows;
	}
	sheetCache.set(key, rows);
	return rows;
}
