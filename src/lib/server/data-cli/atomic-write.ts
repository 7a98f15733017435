import {
	closeSync,
	existsSync,
	fsyncSync,
	linkSync,
	mkdirSync,
	openSync,
	renameSync,
	unlinkSync,
	write,
	writeSync
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

export interface FileWrite {
	/** Absolute path. */
	path: string;
	/** Text (written as UTF-8) or bytes. */
	content: string | Uint8Array;
}

/** Where a crash can be simulated in tests (`ESCRUTINIO_DATA_CRASH=<point>`). */
export type CrashPoint = 'after-temp' | 'after-first-rename';

const tempOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
const backupOf = (path: string) => join(dirname(path), `.${basename(path)}.${process.pid}.old`);

function fsyncDir(dir: string) {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		// Some file systems do not allow opening a folder; the renames are still atomic.
	}
}

/**
 * Write every file of a change or none: each content goes to a temporary file beside its target
 * (flushed with fsync), then the old files are kept as hard links and the temporaries renamed over
 * the targets. If a rename fails, the renamed ones are put back from the links. A process killed
 * before the renames leaves the old files untouched (temporaries start with a dot and end in
 * `.tmp`, so the loader never reads them). Throws on failure, after cleaning up.
 */
export function writeFilesAtomically(files: FileWrite[], crash?: CrashPoint): void {
	const temps: string[] = [];
	try {
		for (const f of files) {
			mkdirSync(dirname(f.path), { recursive: true });
			const tmp = tempOf(f.path);
			const fd = openSync(tmp, 'w', 0o644);
			temps.push(tmp);
			try {
				const bytes = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
				for (let at = 0; at < bytes.length;) at += writeSync(fd, bytes, at, bytes.length - at);
				fsyncSync(fd);
			} finally {
				closeSync(fd);
			}
		}
	} catch (e) {
		for (const t of temps) if (existsSync(t)) unlinkSync(t);
		throw e;
	}
	if (crash === 'after-temp') process.exit(70);
	renameIntoPlace(files, crash);
}

/**
 * The second half of `writeFilesAtomically`, once every temporary file is written and flushed:
 * keep the old files as hard links, rename the temporaries over them, and put the old ones back
 * if a rename fails. Throws on failure, after cleaning up.
 */
function renameIntoPlace(files: FileWrite[], crash?: CrashPoint): void {
	const temps = files.map((f) => tempOf(f.path));
	const backups = new Map<string, string>();
	const done: FileWrite[] = [];
	try {
		for (const f of files)
			if (existsSync(f.path)) {
				const b = backupOf(f.path);
				if (existsSync(b)) unlinkSync(b);
				linkSync(f.path, b);
				backups.set(f.path, b);
			}
		for (const f of files) {
			renameSync(tempOf(f.path), f.path);
			done.push(f);
			if (crash === 'after-first-rename')
				throw new Error('simulated failure after the first rename');
		}
	} catch (e) {
		for (const f of done.reverse()) {
			const b = backups.get(f.path);
			if (b) renameSync(b, f.path);
			else unlinkSync(f.path);
			backups.delete(f.path);
		}
		for (const t of temps) if (existsSync(t)) unlinkSync(t);
		for (const b of backups.values()) if (existsSync(b)) unlinkSync(b);
		throw e;
	}
	for (const b of backups.values()) unlinkSync(b);
	for (const dir of new Set(files.map((f) => dirname(f.path)))) fsyncDir(dir);
}

/** Temporary files of a change being written in the background (see `startTemporaries`). */
export interface Temporaries {
	/**
	 * Wait for the bytes, flush them (fsync), close, then rename them over the targets as
	 * `writeFilesAtomically` does. Throws on failure, after cleaning up: every target is as it was.
	 */
	finish(crash?: CrashPoint): Promise<void>;
	/** Remove the temporaries (the change is not written). */
	discard(): Promise<void>;
}

interface Pending {
	tmp: string;
	fd: number;
	bytes: Uint8Array;
	/** Bytes the background write wrote, or its error. */
	written: Promise<number | Error>;
}

/**
 * `writeFilesAtomically` in two halves, for a caller with work to do meanwhile: each content's
 * write to its temporary file starts now, in libuv's thread pool (a 10 MB sheet file is written
 * while the caller validates the change on its own thread), and `finish` completes, flushes and
 * renames them; `discard` removes them instead. Temporaries start with a dot and end in `.tmp` (the
 * loader never reads them), and no target is touched before `finish`, so an invalid change still
 * writes nothing. A failure to create a temporary is reported by `finish`, not here.
 */
export function startTemporaries(files: FileWrite[]): Temporaries {
	const pending: Pending[] = [];
	let failure: unknown;
	try {
		for (const f of files) {
			mkdirSync(dirname(f.path), { recursive: true });
			const tmp = tempOf(f.path);
			const bytes = typeof f.content === 'string' ? Buffer.from(f.content) : f.content;
			const fd = openSync(tmp, 'w', 0o644);
			const written = new Promise<number | Error>((resolve) =>
				write(fd, bytes, 0, bytes.length, 0, (e, n) => resolve(e ?? n))
			);
			pending.push({ tmp, fd, bytes, written });
		}
	} catch (e) {
		failure = e;
	}
	/** Close and remove every temporary (after their background writes ended). */
	const cleanUp = async () => {
		for (const p of pending) {
			await p.written;
			closeSync(p.fd);
			if (existsSync(p.tmp)) unlinkSync(p.tmp);
		}
	};
	return {
		discard: cleanUp,
		async finish(crash) {
			try {
				if (failure) throw failure;
				for (const p of pending) {
					const n = await p.written;
					if (n instanceof Error) throw n;
					for (let at = n; at < p.bytes.length;)
						at += writeSync(p.fd, p.bytes, at, p.bytes.length - at, at);
					fsyncSync(p.fd);
				}
			} catch (e) {
				await cleanUp();
				throw e;
			}
			for (const p of pending) closeSync(p.fd);
			if (crash === 'after-temp') process.exit(70);
			renameIntoPlace(files, crash);
		}
	};
}
