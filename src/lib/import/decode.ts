/**
 * Bytes → text for the importers, streaming, without ever writing mojibake:
 *
 * - `utf-8` (default): a byte-order mark is dropped; the first byte sequence that is not valid
 *   UTF-8 stops the import with its line and column and the encoding to try instead.
 * - `latin1` / `windows-1252`: decoded as Windows-1252 (the WHATWG decoder that browsers use for
 *   both labels; it equals Latin-1 on every printable byte). A file that is in fact UTF-8 (a BOM,
 *   or valid multi-byte sequences and nothing else) is refused: decoding it this way would turn
 *   "PEÑALVER" into "PEÃ‘ALVER".
 */
export const ENCODINGS = ['utf-8', 'latin1', 'windows-1252'] as const;
export type Encoding = (typeof ENCODINGS)[number];

/** A decoding problem at a place in the file (1-based line and column, in characters). */
export class DecodeError extends Error {
	constructor(
		readonly line: number,
		readonly column: number,
		readonly expected: string,
		readonly found: string
	) {
		super(`expected ${expected}, got ${found}`);
		this.name = 'DecodeError';
	}
}

/**
 * Index of the first byte that breaks UTF-8 in `bytes`, or -1. `bytes` starts at a character
 * boundary; an incomplete sequence at the very end is not an error (`incomplete` says how many
 * bytes it has, so the caller can carry them into the next chunk).
 */
export function firstInvalidUtf8(bytes: Uint8Array): {
	invalid: number;
	incomplete: number;
	multibyte: boolean;
} {
	let i = 0;
	let multibyte = false;
	const n = bytes.length;
	while (i < n) {
		const b = bytes[i]!;
		if (b < 0x80) {
			i++;
			continue;
		}
		let need: number;
		let min: number;
		if (b >= 0xc2 && b <= 0xdf) {
			need = 1;
			min = 0x80;
		} else if (b >= 0xe0 && b <= 0xef) {
			need = 2;
			min = 0x800;
		} else if (b >= 0xf0 && b <= 0xf4) {
			need = 3;
			min = 0x10000;
		} else return { invalid: i, incomplete: 0, multibyte };
		if (i + need >= n) {
			// Not all continuation bytes are here yet: check those that are.
			for (let k = i + 1; k < n; k++)
				if ((bytes[k]! & 0xc0) !== 0x80) return { invalid: i, incomplete: 0, multibyte };
			return { invalid: -1, incomplete: n - i, multibyte };
		}
		let cp = b & (need === 1 ? 0x1f : need === 2 ? 0x0f : 0x07);
		for (let k = 1; k <= need; k++) {
			const c = bytes[i + k]!;
			if ((c & 0xc0) !== 0x80) return { invalid: i, incomplete: 0, multibyte };
			cp = (cp << 6) | (c & 0x3f);
		}
		if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff))
			return { invalid: i, incomplete: 0, multibyte };
		multibyte = true;
		i += need + 1;
	}
	return { invalid: -1, incomplete: 0, multibyte };
}

/** The bytes at the end of `bytes` that begin a UTF-8 character without ending it. */
function cutCharacter(bytes: Uint8Array): Uint8Array {
	for (let k = bytes.length - 1; k >= 0 && k >= bytes.length - 4; k--) {
		const b = bytes[k]!;
		if ((b & 0xc0) === 0x80) continue;
		if (b < 0xc0) break;
		const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
		return bytes.length - k < need ? bytes.slice(k) : new Uint8Array(0);
	}
	return new Uint8Array(0);
}

/** Line and column after `text`, from those at its start. */
function after(text: string, line: number, column: number): { line: number; column: number } {
	let l = line;
	for (let k = text.indexOf('\n'); k >= 0; k = text.indexOf('\n', k + 1)) l++;
	const nl = text.lastIndexOf('\n');
	return { line: l, column: nl < 0 ? column + text.length : text.length - nl };
}

/**
 * The error for the first byte of `chunk` (with the up to 16 bytes `before` it) that is not valid
 * UTF-8, placed from `line` and `column` (where the text before `chunk` ended).
 */
function utf8Error(
	before: Uint8Array,
	chunk: Uint8Array,
	line: number,
	column: number
): DecodeError {
	// The bytes before this chunk (up to 16), for the character it cuts and the context.
	const carry = cutCharacter(before);
	const bytes = new Uint8Array(before.length + chunk.length);
	bytes.set(before);
	bytes.set(chunk, before.length);
	const from = before.length - carry.length;
	const check = firstInvalidUtf8(bytes.subarray(from));
	// A sequence the strict decoder already knows cannot end well may still look merely
	// incomplete to the scanner: then the place is where it starts.
	const invalid =
		from + (check.invalid >= 0 ? check.invalid : bytes.length - from - check.incomplete);
	const where = after(new TextDecoder('utf-8').decode(bytes.subarray(from, invalid)), line, column);
	const around = new TextDecoder('windows-1252')
		.decode(bytes.subarray(Math.max(0, invalid - 16), invalid + 16))
		.split(/[\r\n,;]/);
	const word = around.find((w) => /[\u0080-\uffff]/.test(w))?.trim() ?? '';
	return new DecodeError(
		where.line,
		where.column,
		'UTF-8 text',
		`a byte that is not valid UTF-8 (${hex(bytes.subarray(invalid, invalid + 1))}${word ? `; read as Windows-1252 the text is ${JSON.stringify(word)}` : ''}): if that reads right, run again with --encoding windows-1252 (or latin1)`
	);
}

/**
 * UTF-8: the platform's strict decoder checks and decodes each chunk at once (native code; with
 * `fast`, the caller's decoder on the chunk's whole characters, the cut one carried to the next);
 * only when it refuses a chunk is that chunk scanned byte by byte, to name the place and the
 * encoding to try.
 */
async function* decodeUtf8(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	fast?: Utf8Decoder
): AsyncGenerator<string> {
	const decoder = new TextDecoder('utf-8', { fatal: true });
	// With `fast`: the bytes of a character cut by the end of the last chunk, decoded with the next.
	let carry = new Uint8Array(0);
	let first = true;
	let line = 1;
	let column = 1;
	// The last bytes read (up to 16): a character cut by a chunk boundary or the end of the file,
	// and the context of a bad byte at the start of a chunk.
	let tail = new Uint8Array(0);
	for await (const chunk of chunks) {
		if (chunk.length === 0) continue;
		let text: string;
		try {
			if (fast) {
				let bytes = chunk;
				if (carry.length > 0) {
					bytes = new Uint8Array(carry.length + chunk.length);
					bytes.set(carry);
					bytes.set(chunk, carry.length);
				}
				const cut = cutCharacter(bytes).length;
				const t = fast(bytes.subarray(0, bytes.length - cut));
				if (t === undefined) throw new Error('not UTF-8');
				carry = bytes.slice(bytes.length - cut);
				// As TextDecoder: a byte-order mark at the start of the stream is dropped.
				text = first && t.charCodeAt(0) === 0xfeff ? t.slice(1) : t;
				if (t !== '') first = false;
			} else text = decoder.decode(chunk, { stream: true });
		} catch {
			throw utf8Error(tail, chunk, line, column);
		}
		if (chunk.length >= 16) tail = chunk.slice(chunk.length - 16);
		else {
			const joined = new Uint8Array(tail.length + chunk.length);
			joined.set(tail);
			joined.set(chunk, tail.length);
			tail = joined.slice(Math.max(0, joined.length - 16));
		}
		({ line, column } = after(text, line, column));
		if (text) yield text;
	}
	let rest: string;
	try {
		if (fast && carry.length > 0) {
			// Bytes left over: a byte that can never start a character is named as such.
			if (firstInvalidUtf8(carry).invalid >= 0)
				throw utf8Error(tail.subarray(0, tail.length - carry.length), carry, line, column);
			throw new Error('cut off');
		}
		rest = decoder.decode();
	} catch (e) {
		if (e instanceof DecodeError) throw e;
		throw new DecodeError(
			line,
			column,
			'UTF-8 text',
			`a character cut off at the end of the file (${hex(cutCharacter(tail))})`
		);
	}
	if (rest) yield rest;
}

const hex = (bytes: Uint8Array) =>
	[...bytes].map((b) => '0x' + b.toString(16).toUpperCase().padStart(2, '0')).join(' ');

/**
 * A platform's own check-and-decode of whole UTF-8 characters: the text, or undefined when the
 * bytes are not valid UTF-8. In Node, `isUtf8` and `Buffer#toString` (see data-cli/import-csv.ts):
 * its text is one byte per character where it can be (Latin-1 names included), where TextDecoder's
 * is always two, so every slice and look-up of the reader after it works on half the bytes.
 */
export type Utf8Decoder = (bytes: Uint8Array) => string | undefined;

/**
 * Decode a stream of byte chunks to text chunks. `options.utf8`: see `Utf8Decoder` (the same text
 * and the same errors; without it, TextDecoder).
 *
 * @example for await (const text of decodeChunks([Buffer.from('PE\xd1ALVER', 'latin1')], 'latin1')) text // 'PEÑALVER'
 */
export async function* decodeChunks(
	chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>,
	encoding: Encoding = 'utf-8',
	options: { utf8?: Utf8Decoder } = {}
): AsyncGenerator<string> {
	if (encoding === 'utf-8') {
		yield* decodeUtf8(chunks, options.utf8);
		return;
	}
	// Latin-1 / Windows-1252: every byte decodes, so the check is the other way round: a file that
	// is valid UTF-8 with multi-byte characters is refused (decoding it here would garble it).
	const decoder = new TextDecoder('windows-1252');
	// Bytes of a character cut by the chunk boundary, kept for the UTF-8 check only.
	let carry = new Uint8Array(0);
	let line = 1;
	let column = 1;
	let first = true;
	let allValid = true;
	let firstMultibyte: { line: number; column: number; text: string } | undefined;
	const position = (text: string) => after(text, line, column);
	for await (const chunk of chunks) {
		if (chunk.length === 0) continue;
		if (first) {
			first = false;
			if (chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf)
				throw new DecodeError(
					1,
					1,
					`a ${encoding} file`,
					'a UTF-8 byte-order mark: the file is UTF-8; run again with --encoding utf-8 (the default)'
				);
		}
		if (allValid) {
			let bytes = chunk;
			if (carry.length > 0) {
				bytes = new Uint8Array(carry.length + chunk.length);
				bytes.set(carry);
				bytes.set(chunk, carry.length);
			}
			const check = firstInvalidUtf8(bytes);
			if (check.invalid >= 0) allValid = false;
			else {
				carry =
					check.incomplete > 0 ? bytes.slice(bytes.length - check.incomplete) : new Uint8Array(0);
				if (check.multibyte && !firstMultibyte) {
					const at = chunk.findIndex((b) => b >= 0x80);
					let from = at;
					while (from > 0 && from > at - 40 && ![0x2c, 0x0a, 0x0d, 0x3b].includes(chunk[from - 1]!))
						from--;
					const text = new TextDecoder('utf-8').decode(chunk.subarray(from, at + 40));
					const where = position(new TextDecoder('windows-1252').decode(chunk.subarray(0, at)));
					firstMultibyte = { ...where, text: (text.split(/[\r\n,;]/)[0] ?? '').trim() };
				}
			}
		}
		const text = decoder.decode(chunk, { stream: true });
		const p = position(text);
		line = p.line;
		column = p.column;
		yield text;
	}
	const rest = decoder.decode();
	if (rest) yield rest;
	if (allValid && firstMultibyte)
		throw new DecodeError(
			firstMultibyte.line,
			firstMultibyte.column,
			`a ${encoding} file`,
			`a file that is valid UTF-8 (${JSON.stringify(firstMultibyte.text)} at this place); decoding it as ${encoding} would garble its names: run again with --encoding utf-8 (the default)`
		);
}
