import { resolve } from 'node:path';
import { validateElectionFiles, type ElectionBundle } from '../../data/bundle';
import { formatDataError } from '../../data/errors';
import { startTemporaries, type CrashPoint } from './atomic-write';
import type { Workspace } from './workspace';

/** Exit codes: invalid input (data, flags, file contents) and failure to read or write. */
export const EXIT_INVALID = 1;
export const EXIT_IO = 2;

/** A problem that ends the command with an exit code and lines for stderr. */
export class CliError extends Error {
	constructor(
		readonly code: number,
		readonly lines: string[]
	) {
		super(lines.join('\n'));
		this.name = 'CliError';
	}
}

export interface Io {
	out: (line: string) => void;
	err: (line: string) => void;
}

/** The elections folder: --data-dir, else ESCRUTINIO_DATA_DIR, else the project's. */
export function resolveDataDir(flag: string | undefined): string {
	return resolve(flag ?? process.env.ESCRUTINIO_DATA_DIR ?? 'src/data/elections');
}

/** The validated election before a change; invalid data is refused before anything is planned. */
export function validateCurrent(ws: Workspace): ElectionBundle {
	// Sheet sums are checked once, after the change (they cannot pass then if they fail now).
	const { bundle, errors } = validateElectionFiles({ ...ws.raw(), sheets: undefined }, ws.memo);
	if (!bundle)
		throw new CliError(EXIT_INVALID, [
			`✗ ${ws.display} is not valid before the change (${errors.length} problem(s)); fix it first (npm run data -- check):`,
			...errors.map((e) => '  ' + formatDataError(e))
		]);
	return bundle;
}

/**
 * Phase times for `ESCRUTINIO_DATA_TIMING=1` (how the import figures in docs/data-cli.md were
 * taken): each call prints, on stderr, the wall and CPU milliseconds since the previous one.
 * Without the variable it does nothing.
 */
export function phaseTimer(io: Io): (phase: string) => void {
	if (!process.env.ESCRUTINIO_DATA_TIMING) return () => {};
	let wall = performance.now();
	let cpu = process.cpuUsage();
	return (phase) => {
		const now = performance.now();
		const used = process.cpuUsage(cpu);
		io.err(
			`timing: ${phase} ${Math.round(now - wall)} ms (CPU ${Math.round((used.user + used.system) / 1000)} ms)`
		);
		wall = now;
		cpu = process.cpuUsage();
	};
}

const fmtInt = (n: number) => n.toLocaleString('en-US');
export { fmtInt };

/**
 * The end of every write: log the change in revisions.json, validate the whole election with the
 * change, then (unless --dry-run) write every changed file atomically. Prints what changed. The
 * temporary files are written in the background while the change is validated (see
 * `startTemporaries`); nothing is renamed over a data file before the validation has passed.
 */
export async function commit(
	ws: Workspace,
	opts: {
		io: Io;
		dryRun: boolean;
		summary: { es: string; en: string };
		date?: string;
		/** See `phaseTimer`. */
		mark?: (phase: string) => void;
	}
): Promise<void> {
	const mark = opts.mark ?? (() => {});
	// The JSON texts first, then the sheet bytes that import-csv's worker makes meanwhile.
	ws.formatTexts();
	mark('new JSON texts');
	await ws.sheetsReady();
	mark('waiting for the sheet bytes');
	const changed = ws.changes().map((c) => c.rel);
	if (changed.length === 0) {
		opts.io.out('Nothing to change: the data already says this.');
		return;
	}
	const revFiles = ws.filesOf('revisions');
	const revRel = revFiles[revFiles.length - 1] ?? 'revisions.json';
	ws.append(revRel, [
		{
			date: opts.date ?? new Date().toISOString().slice(0, 10),
			summary: opts.summary,
			files: changed
		}
	]);
	const files = ws.changes();
	const temps = opts.dryRun
		? undefined
		: startTemporaries(files.map((f) => ({ path: f.path, content: f.content })));
	mark('temporary files started');
	// Files the change leaves as they were are not parsed again (Workspace.memo); every rule across
	// files, and the sheet files, are checked again in full.
	const { errors } = validateElectionFiles(ws.raw(), ws.memo);
	mark('validation of the election with the change');
	if (errors.length > 0) {
		await temps?.discard();
		throw new CliError(EXIT_INVALID, [
			`✗ The change would make ${ws.display} invalid (${errors.length} problem(s)); nothing was written:`,
			...errors.slice(0, 200).map((e) => '  ' + formatDataError(e)),
			...(errors.length > 200 ? [`  … and ${errors.length - 200} more`] : [])
		]);
	}
	opts.io.out(opts.dryRun ? 'Would write (--dry-run: nothing written):' : 'Wrote:');
	for (const f of files)
		opts.io.out(
			`  ${f.created ? '+' : '~'} ${ws.display}/${f.rel} (${fmtInt(Buffer.byteLength(f.content))} bytes)`
		);
	if (!temps) return;
	try {
		await temps.finish(process.env.ESCRUTINIO_DATA_CRASH as CrashPoint | undefined);
	} catch (e) {
		throw new CliError(EXIT_IO, [
			`✗ Could not write the change (${(e as Error).message}); every data file is as it was.`
		]);
	}
	mark('atomic write');
	opts.io.out(`✓ ${ws.display} is valid with the change.`);
}
