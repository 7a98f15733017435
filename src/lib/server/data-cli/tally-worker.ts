/**
 * The worker thread of `import-csv` (see read-tally.ts): reads, decodes, checks and maps the
 * tally-sheet file while the main thread reads and validates the election folder, and posts the
 * result back (the table in SharedArrayBuffers, not copied); then, if asked, makes the sheet
 * file's bytes while the main thread formats and validates the change. Bundled on its own beside the CLI
 * (scripts/lib/data-cli-bundle.js): it loads only the reader, not zod or the validation.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { encodeSheetTable } from '../../data/sheet-table';
import { packTally, readTallyFile, type TallyRequest } from './read-tally';

if (parentPort) {
	const port = parentPort;
	try {
		// The table in SharedArrayBuffers: posted without a copy, and still readable here.
		const tally = await readTallyFile(workerData as TallyRequest, true);
		const { packed, transfer } = packTally(tally);
		port.postMessage({ ok: packed }, transfer);
		// Then, if asked (once the main thread has resolved the regions), the sheet file's bytes,
		// made while the main thread formats and validates the change.
		port.once('message', (m: { regionIds: string[]; candidateIds: string[] }) => {
			let bytes: Uint8Array | undefined;
			try {
				bytes = encodeSheetTable(tally.table.withRegionIds(m.regionIds), m.candidateIds);
			} catch {
				bytes = undefined; // (the main thread makes them then)
			}
			port.postMessage({ bytes }, bytes ? [bytes.buffer as ArrayBuffer] : []);
		});
	} catch (e) {
		port.postMessage({ error: (e as Error).message });
	}
}
