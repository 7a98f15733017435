import { isUtf8 } from 'node:buffer';
import { closeSync, existsSync, fstatSync, openSync, readSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { SheetTable } from '../../data/sheet-table';
import { decodeChunks, type Encoding, type Utf8Decoder } from '../../import/decode';
import type { TallyMapping } from '../../import/mapping';
import { readTallyCsv, type TallyFile } from '../../import/tally-csv';

/**
 * Node's UTF-8 check (simdutf) and decoder: one byte per character where the text allows (accented
 * Latin names included), where TextDecoder's text is always two (see decode.ts).
 */
export const nodeUtf8: Utf8Decoder = (b) =>
	isUtf8(b) ? Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8') : undefined;

export interface TallyRequest {
	file: string;
	encoding: Encoding;
	mapping: TallyMapping;
	skipInvalid: boolean;
}

/**
 * The file's bytes in chunks of 1 MiB, read one after the other (plain reads: no stream machinery
 * for the worker to load, and each chunk is mapped before the next is read). One buffer serves
 * every chunk: a chunk is valid until the next one is asked for, and the decoders (decode.ts) copy
 * (`Uint8Array#slice`) what they keep (the text, a character cut at the end, the last bytes for an error message). A
 * new 1 MiB buffer per chunk cost fresh pages and external memory for the collector to watch.
 */
export function* fileChunks(fd: number, size = 1 << 20): Generator<Uint8Array> {
	const buf = Buffer.allocUnsafe(size);
	for (;;) {
		const n = readSync(fd, buf, 0, buf.length, null);
		if (n === 0) return;
		// A plain Uint8Array, not a Buffer: the decoders' `slice` must copy (Buffer#slice is a view,
		// which the next read would overwrite).
		yield new Uint8Array(buf.buffer, buf.byteOffset, n);
	}
}

/**
 * Stream, decode, check and map a tally-sheet file in this thread. Throws on a read error. `shared`:
 * the table in SharedArrayBuffers (the worker's, see `readTallyInBackground`).
 */
export async function readTallyFile(req: TallyRequest, shared = false): Promise<TallyFile> {
	const fd = openSync(req.file, 'r');
	try {
		return await readTallyCsv(
			decodeChunks(fileChunks(fd), req.encoding, { utf8: nodeUtf8 }),
			req.mapping,
			// Room for the rows at once (no table grown and copied on the way): a row of a tally-sheet
			// file takes more than 64 bytes.
			{ skipInvalid: req.skipInvalid, expectedRows: Math.ceil(fstatSync(fd).size / 64), shared }
		);
	} finally {
		closeSync(fd);
	}
}

/** A TallyFile as a worker posts it: plain data, the table's numbers and text in buffers moved, not copied. */
export interface PackedTally {
	tally: Omit<TallyFile, 'rows' | 'table'>;
	table: Pick<
		SheetTable,
		| 'length'
		| 'candidates'
		| 'regionIds'
		| 'region'
		| 'registered'
		| 'valid'
		| 'nul'
		| 'votes'
		| 'codes'
		| 'used'
		| 'bounds'
	>;
}

export function packTally(t: TallyFile): { packed: PackedTally; transfer: ArrayBuffer[] } {
	const { header, regions, errors, skippedLines, ignoredColumns, hasRegistered, fatal } = t;
	const s = t.table;
	// The text cells travel as their code units and bounds (sheet-table.ts): two buffers moved, where
	// 400,000 strings were copied one by one and made again on the other side (docs/data-cli.md,
	// "Seventh pass").
	const table = {
		length: s.length,
		candidates: s.candidates,
		regionIds: s.regionIds,
		region: s.region,
		registered: s.registered,
		valid: s.valid,
		nul: s.nul,
		votes: s.votes,
		codes: s.codes,
		used: s.used,
		bounds: s.bounds
	};
	return {
		packed: {
			tally: { header, regions, errors, skippedLines, ignoredColumns, hasRegistered, fatal },
			table
		},
		// (Columns in SharedArrayBuffers are shared by postMessage, not moved: both threads keep them.)
		transfer: [s.region, s.registered, s.valid, s.nul, s.votes, s.codes, s.bounds]
			.map((a) => a.buffer)
			.filter((b): b is ArrayBuffer => b instanceof ArrayBuffer)
	};
}

export function unpackTally(p: PackedTally): TallyFile {
	const table = Object.assign(new SheetTable(p.table.candidates, p.table.regionIds, 0), p.table);
	return {
		...p.tally,
		table,
		get rows() {
			return table.toRows();
		}
	};
}

/** Files smaller than this are read in this thread (a worker's start would cost more). */
export const WORKER_MIN_BYTES = 2 << 20;

/**
 * Whether `import-csv` reads its file in a worker thread: a fixed rule of the file's size and the
 * cores the process may use, never the machine's load (a bench must take the same path on a busy
 * machine as on an idle one). With two cores or more the worker's reading overlaps the main
 * thread's reading and validating of the election folder; below `WORKER_MIN_BYTES` (about 20,000
 * rows) the worker's own start (an isolate, the reader compiled again) costs more than the overlap
 * gives (docs/data-cli.md, "Fifth pass"). `ESCRUTINIO_DATA_WORKER=1` starts it whatever the size
 * and the cores, `0` never.
 */
export function useWorker(size: number, cores: number, mode: string | undefined): boolean {
	if (mode === '0') return false;
	if (mode === '1') return true;
	return cores >= 2 && size >= WORKER_MIN_BYTES;
}

/**
 * The bundled worker beside the bundled CLI (scripts/lib/data-cli-bundle.js makes both), when
 * `useWorker` says so. Undefined otherwise, and when the CLI runs from the sources (tests, Vite's
 * module runner): then the file is read in this thread.
 */
function workerFile(file: string): URL | undefined {
	const mode = process.env.ESCRUTINIO_DATA_WORKER;
	if (mode === '0') return undefined;
	if (!import.meta.url.startsWith('file:') || !import.meta.url.endsWith('.mjs')) return undefined;
	let size = 0;
	if (mode !== '1')
		try {
			size = statSync(file).size;
		} catch {
			return undefined; // (the reading in this thread gives the error)
		}
	if (!useWorker(size, availableParallelism(), mode)) return undefined;
	const url = new URL('./tally-worker.mjs', import.meta.url);
	return existsSync(fileURLToPath(url)) ? url : undefined;
}

/**
 * Read a tally-sheet file while this thread does something else: in a worker thread when the
 * bundled worker is there (the main thread reads and validates the election folder meanwhile; on
 * a machine with a free core the two overlap), else in this thread once `start` is called. The
 * outcome is the same either way: the same TallyFile, or the same error message.
 */
export function readTallyInBackground(req: TallyRequest): {
	/**
	 * The file's content, and whether a worker read it (starts the reading here if none does). With
	 * a worker, `encode` has it make the sheet file's bytes (`encodeSheetTable` of the table with
	 * the given region ids) while this thread goes on: the worker's table is in SharedArrayBuffers,
	 * which both threads read. Undefined when the bytes would not come (then make them here).
	 */
	result: () => Promise<{ tally: TallyFile; worker: boolean; encode?: SheetEncoder }>;
	/** Stop the worker (when the command ends before it needs the file). */
	cancel: () => void;
	/** Whether a worker thread was started (this thread is free until `result`). */
	inWorker: boolean;
} {
	const url = workerFile(req.file);
	if (!url)
		return {
			result: async () => ({ tally: await readTallyFile(req), worker: false }),
			cancel: () => {},
			inWorker: false
		};
	let worker: Worker | undefined;
	const outcome = new Promise<{ ok: PackedTally } | { error: string } | { failed: true }>(
		(resolve) => {
			try {
				worker = new Worker(url, { workerData: req });
			} catch {
				resolve({ failed: true });
				return;
			}
			worker.once('message', resolve);
			// A worker that cannot run (it never answers): read in this thread instead.
			worker.once('error', () => resolve({ failed: true }));
			worker.once('exit', () => resolve({ failed: true }));
		}
	);
	return {
		result: async () => {
			const r = await outcome;
			if ('ok' in r) {
				const w = worker!;
				// The worker now only waits for `encode` (at most one request): it must not keep the
				// process alive, and it stops once it has answered.
				w.unref();
				let asked = false;
				const encode: SheetEncoder = (regionIds, candidateIds) => {
					if (asked) return Promise.resolve(undefined);
					asked = true;
					return new Promise<Uint8Array | undefined>((resolve) => {
						w.once('message', (m: { bytes?: Uint8Array }) => resolve(m.bytes));
						w.once('error', () => resolve(undefined));
						w.once('exit', () => resolve(undefined));
						w.postMessage({ regionIds, candidateIds });
					}).finally(() => void w.terminate());
				};
				return { tally: unpackTally(r.ok), worker: true, encode };
			}
			void worker?.terminate();
			if ('error' in r) throw new Error(r.error);
			return { tally: await readTallyFile(req), worker: false };
		},
		cancel: () => void worker?.terminate(),
		inWorker: true
	};
}

/** Ask the worker for `encodeSheetTable(table.withRegionIds(regionIds), candidateIds)`. */
export type SheetEncoder = (
	regionIds: string[],
	candidateIds: string[]
) => Promise<Uint8Array | undefined>;
