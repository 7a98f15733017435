import { isAscii } from 'node:buffer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
	COLLECTIONS,
	type CollectionName,
	type ParseMemo,
	type RawElectionFiles,
	type RawSheetFile
} from '../../data/bundle';
import type { DataError } from '../../data/errors';
import {
	appendToJsonList,
	formatJson,
	formatJsonAt,
	type KnownTexts
} from '../../data/json-format';
import type { Tabulation } from '../../schemas/tabulation';
import { parseSheetCsv } from '../../data/sheet-file';
import { encodeSheetTable, parseSheetTable, SheetTable } from '../../data/sheet-table';

/** One JSON file of an election folder, as read and as it will be written. */
interface JsonDoc {
	/** Path inside the election folder, e.g. `tabulations/opposition.json`. */
	rel: string;
	/** The bytes read from disk (undefined for a new file). */
	text: string | undefined;
	data: unknown;
	/** Items appended to the top-level list (written without touching the bytes before them). */
	appended: unknown[];
	/** The whole file is written again from `data`. */
	rewritten: boolean;
	/** The new text, once `changes()` has made it (cleared by `rewrite` and `append`). */
	next?: string;
}

interface SheetDoc {
	rel: string;
	snapshotId: string;
	text: string | undefined;
	candidates: string[];
	/** The rows, as columns (see sheet-table.ts). */
	table: SheetTable;
	/** New bytes of the file, when the change writes it (see `encodeSheetTable`). */
	next: Uint8Array | undefined;
	/** Whether `next` differs from the bytes read (worked out once). */
	differs?: boolean;
	/** `next`, being made elsewhere (see `setSheets`). */
	pending?: Promise<Uint8Array | undefined>;
}

/** A file the change writes. */
export interface ChangedFile {
	rel: string;
	path: string;
	/** Text (JSON files) or bytes (sheet files, made as bytes). */
	content: string | Uint8Array;
	created: boolean;
}

/**
 * An election folder in memory, for the data CLI: every change is made here, validated as a whole
 * with the build's own rules, and only then written (see atomic-write.ts).
 */
export class Workspace {
	private docs = new Map<string, JsonDoc>();
	private sheets = new Map<string, SheetDoc>();
	/**
	 * Parse results of the JSON files, kept between the validation before the change and the one
	 * after it: a file the change does not touch is parsed once (see `validateElectionFiles`). An
	 * entry goes as soon as its file is rewritten or appended to.
	 */
	readonly memo: ParseMemo = new WeakMap();
	/** Texts of releases formatted ahead (see `formatReleasesAhead`). */
	private known: KnownTexts = new WeakMap();

	private constructor(
		/** Absolute path of the election folder. */
		readonly dir: string,
		/** The folder as error messages name it (relative to the working directory). */
		readonly display: string,
		readonly electionId: string
	) {}

	/** A new, empty election folder (nothing exists on disk until the change is written). */
	static create(root: string, electionId: string): Workspace {
		const dir = join(root, electionId);
		return new Workspace(dir, relative(process.cwd(), dir) || '.', electionId);
	}

	/** Read an election folder; an unreadable or unparsable file is an error. */
	static load(root: string, electionId: string): { ws?: Workspace; errors: DataError[] } {
		const dir = join(root, electionId);
		const display = relative(process.cwd(), dir) || '.';
		const ws = new Workspace(dir, display, electionId);
		const errors: DataError[] = [];
		if (!existsSync(dir) || !statSync(dir).isDirectory())
			return {
				errors: [
					{ file: display, path: '', expected: 'an election folder', found: 'no such folder' }
				]
			};
		const rels = ['election.json'];
		for (const name of COLLECTIONS) {
			rels.push(`${name}.json`);
			const sub = join(dir, name);
			if (existsSync(sub) && statSync(sub).isDirectory())
				for (const f of readdirSync(sub)
					.filter((f) => f.endsWith('.json'))
					.sort())
					rels.push(`${name}/${f}`);
		}
		for (const rel of rels) {
			const abs = join(dir, rel);
			if (!existsSync(abs)) continue;
			const file = `${display}/${rel}`;
			let text: string;
			try {
				text = readText(abs);
			} catch (e) {
				errors.push({ file, path: '', expected: 'a readable file', found: (e as Error).message });
				continue;
			}
			try {
				ws.docs.set(rel, { rel, text, data: JSON.parse(text), appended: [], rewritten: false });
			} catch (e) {
				errors.push({ file, path: '', expected: 'valid JSON', found: (e as Error).message });
			}
		}
		const sheetsDir = join(dir, 'sheets');
		if (existsSync(sheetsDir) && statSync(sheetsDir).isDirectory())
			for (const f of readdirSync(sheetsDir)
				.filter((f) => f.endsWith('.csv'))
				.sort()) {
				const rel = `sheets/${f}`;
				const bytes = readFileSync(join(dir, rel));
				const ascii = isAscii(bytes);
				// (readText's way; an ASCII file's bytes, widened, are its code units as well.)
				const text = ascii ? bytes.toString('latin1') : bytes.toString('utf8');
				let units: Uint16Array | undefined;
				if (ascii) (units = new Uint16Array(bytes.length)).set(bytes);
				// A file in the plain form the CLI writes goes straight into columns; any other (or one
				// with a problem) is read by parseSheetCsv, for its messages and its rows.
				let parsed: { candidates: string[]; table: SheetTable } | undefined = parseSheetTable(
					text,
					units
				);
				if (!parsed) {
					const slow = parseSheetCsv(text, `${display}/${rel}`);
					errors.push(...slow.errors);
					parsed = {
						candidates: slow.candidates,
						table: SheetTable.fromRows(slow.rows, slow.candidates)
					};
				}
				ws.sheets.set(f.slice(0, -4), {
					rel,
					snapshotId: f.slice(0, -4),
					text,
					candidates: parsed.candidates,
					table: parsed.table,
					next: undefined
				});
			}
		return errors.length > 0 ? { errors } : { ws, errors };
	}

	/**
	 * The parsed JSON of a file (undefined if there is none). Mutate it, then call `rewrite`. Parts
	 * that a validation or `formatReleasesAhead` kept are frozen (a release's results per region, a
	 * release formatted ahead): change those by putting a new object in their place.
	 */
	data(rel: string): unknown {
		return this.docs.get(rel)?.data;
	}

	has(rel: string): boolean {
		return this.docs.has(rel);
	}

	/** Paths of a collection's files, single file first, as the loader reads them. */
	filesOf(name: CollectionName): string[] {
		return [...this.docs.keys()].filter(
			(rel) => rel === `${name}.json` || rel.startsWith(`${name}/`)
		);
	}

	/**
	 * Format now the releases of a tabulation file that a later rewrite of it will keep (`keep`), as
	 * they will stand in its text (in a tabulation's `snapshots`: three tabs deep, no key): import-csv
	 * does it while its worker thread reads the CSV, so that little is left to format after. Each
	 * such release is frozen all through (it cannot change after its text is made: an attempt
	 * throws); `changes()` takes the texts for the same objects. Returns how many were formatted.
	 */
	formatReleasesAhead(rel: string, keep: (snapshotId: string) => boolean): number {
		const tabs = this.docs.get(rel)?.data;
		if (!Array.isArray(tabs)) return 0;
		let n = 0;
		for (const t of tabs as Tabulation[]) {
			if (!t || typeof t !== 'object' || !Array.isArray(t.snapshots)) continue;
			for (const s of t.snapshots) {
				if (!s || typeof s !== 'object' || !keep(s.id)) continue;
				deepFreeze(s);
				this.known.set(s, { depth: 3, prefix: 0, width: 160, text: formatJsonAt(s, 3, 0) });
				n++;
			}
		}
		return n;
	}

	/** Mark a file to be written again in full from `data` (creating it if needed). */
	rewrite(rel: string, data: unknown): void {
		const doc = this.docs.get(rel);
		if (doc && typeof doc.data === 'object' && doc.data !== null) this.memo.delete(doc.data);
		if (typeof data === 'object' && data !== null) this.memo.delete(data);
		if (doc) {
			doc.data = data;
			doc.rewritten = true;
			doc.next = undefined;
		} else this.docs.set(rel, { rel, text: undefined, data, appended: [], rewritten: true });
	}

	/** Append items to a list file (created if needed), keeping the bytes already there. */
	append(rel: string, items: unknown[]): void {
		const doc = this.docs.get(rel);
		if (!doc) {
			this.docs.set(rel, { rel, text: undefined, data: [...items], appended: [], rewritten: true });
			return;
		}
		if (!Array.isArray(doc.data)) throw new Error(`${rel} is not a list`);
		this.memo.delete(doc.data);
		doc.data.push(...items);
		doc.appended.push(...items);
		doc.next = undefined;
	}

	/**
	 * Set the sheet rows of a snapshot (`sheets/<snapshot>.csv`), columns in hand. `bytes`: the
	 * file's bytes (`encodeSheetTable(table, candidateIds)`) being made elsewhere (import-csv's
	 * worker thread); they are awaited by `sheetsReady`, and made here if they do not come.
	 */
	setSheets(
		snapshotId: string,
		table: SheetTable,
		candidateIds: string[],
		bytes?: Promise<Uint8Array | undefined>
	): void {
		const rel = `sheets/${snapshotId}.csv`;
		const prev = this.sheets.get(snapshotId);
		this.sheets.set(snapshotId, {
			rel,
			snapshotId,
			text: prev?.text,
			candidates: candidateIds,
			table,
			next: bytes ? undefined : encodeSheetTable(table, candidateIds),
			pending: bytes
		});
	}

	/** Wait for the sheet files' bytes that `setSheets` was given as coming (see there). */
	async sheetsReady(): Promise<void> {
		for (const s of this.sheets.values()) {
			if (!s.pending) continue;
			const bytes = await s.pending;
			s.pending = undefined;
			s.next = bytes ?? encodeSheetTable(s.table, s.candidates);
		}
	}

	/** The files as `validateElectionFiles` takes them, with the pending changes. */
	raw(): RawElectionFiles {
		const file = (rel: string) => ({
			file: `${this.display}/${rel}`,
			data: this.docs.get(rel)!.data
		});
		const files = {
			folder: this.display,
			election: this.docs.has('election.json') ? file('election.json') : undefined,
			...Object.fromEntries(
				COLLECTIONS.map((name) => [
					name,
					[
						...(this.docs.has(`${name}.json`) ? [`${name}.json`] : []),
						...[...this.docs.keys()].filter((r) => r.startsWith(`${name}/`)).sort()
					].map(file)
				])
			)
		} as RawElectionFiles;
		files.sheets = [...this.sheets.values()].map((s): RawSheetFile => ({
			file: `${this.display}/${s.rel}`,
			snapshotId: s.snapshotId,
			candidates: s.candidates,
			table: s.table
		}));
		return files;
	}

	/** Make the new text of every JSON file the change rewrites or appends to (once; see `changes`). */
	formatTexts(): void {
		for (const doc of this.docs.values())
			if (doc.next === undefined) {
				if (doc.rewritten) doc.next = formatJson(doc.data, 160, this.known);
				else if (doc.appended.length > 0)
					doc.next = appendToJsonList(doc.text!, doc.appended) ?? formatJson(doc.data);
			}
	}

	/**
	 * Every file the change writes, with its new content (files whose bytes would not change are left
	 * out). Each new text is made once: mutate a file's data before `rewrite` or `append`, not after.
	 */
	changes(): ChangedFile[] {
		const out: ChangedFile[] = [];
		if ([...this.sheets.values()].some((s) => s.pending))
			throw new Error('changes(): await sheetsReady() first');
		this.formatTexts();
		for (const doc of this.docs.values()) {
			const content = doc.next;
			if (content !== undefined && content !== doc.text)
				out.push({
					rel: doc.rel,
					path: join(this.dir, doc.rel),
					content,
					created: doc.text === undefined
				});
		}
		for (const s of this.sheets.values()) {
			if (s.next === undefined) continue;
			s.differs ??= s.text === undefined || !Buffer.from(s.text, 'utf8').equals(s.next);
			if (s.differs)
				out.push({
					rel: s.rel,
					path: join(this.dir, s.rel),
					content: s.next,
					created: s.text === undefined
				});
		}
		return out.sort((a, b) => a.rel.localeCompare(b.rel));
	}
}

/**
 * A file's text, as `readFileSync(file, 'utf8')` gives it. A file of ASCII only (the sheet files,
 * most JSON files) is read as Latin-1, the same characters: Node then makes the string without
 * decoding, where its UTF-8 decoder took 10–15 ms per MB (docs/data-cli.md, "Seventh pass").
 */
export function readText(file: string): string {
	const bytes = readFileSync(file);
	return isAscii(bytes) ? bytes.toString('latin1') : bytes.toString('utf8');
}

/** Freeze a JSON value all through (its objects and lists). */
function deepFreeze(v: unknown): void {
	if (v === null || typeof v !== 'object') return;
	for (const x of Object.values(v)) deepFreeze(x);
	Object.freeze(v);
}
