/**
 * The worker thread of `import-csv` (see read-tally.ts): reads, decodes, checks and maps the
 * tally-sheet file while the main thread reads and validates the election folder, and posts the
 * result back with the table's numbers moved, not copied. Bundled on its own beside the CLI
 * (scripts/lib/data-cli-bundle.js): it loads only the reader, not zod or the validation.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { packTally, readTallyFile, type TallyRequest } from './read-tally';

if (parentPort) {
	const port = parentPort;
	try {
		const { packed, transfer } = packTally(await readTallyFile(workerData as TallyRequest));
		port.postMessage({ ok: packed }, transfer);
	} catch (e) {
		port.postMessage({ error: (e as Error).message });
	}
}
