import { isUtf8 } from 'node:buffer';
import { describe, expect, it } from 'vitest';
import { decodeChunks, DecodeError, type Encoding, type Utf8Decoder } from './decode';

/** Node's check and decoder, as the data CLI gives them (data-cli/import-csv.ts). */
const nodeUtf8: Utf8Decoder = (b) =>
	isUtf8(b) ? Buffer.from(b.buffer, b.byteOffset, b.length).toString('utf8') : undefined;

/** The text of `chunks`, or the DecodeError's `line:column: found`. */
async function decode(
	chunks: Uint8Array[],
	encoding: Encoding = 'utf-8',
	utf8?: Utf8Decoder
): Promise<string> {
	let text = '';
	try {
		for await (const t of decodeChunks(chunks, encoding, { utf8 })) text += t;
	} catch (e) {
		if (!(e instanceof DecodeError)) throw e;
		return `${e.line}:${e.column}: ${e.found}`;
	}
	return text;
}

/** The bytes whole, cut in two at every place, and one byte at a time. */
function splits(bytes: Uint8Array): Uint8Array[][] {
	const out = [[bytes], [...bytes].map((b) => Uint8Array.of(b))];
	for (let i = 1; i < bytes.length; i++) out.push([bytes.subarray(0, i), bytes.subarray(i)]);
	return out;
}

const utf8 = (s: string) => new TextEncoder().encode(s);
const cat = (...parts: (string | number[])[]) =>
	Uint8Array.from(parts.flatMap((p) => (typeof p === 'string' ? [...utf8(p)] : p)));

describe('decodeChunks (UTF-8): the same text or the same error however the file is cut', () => {
	it('decodes a BOM, CRLF and multi-byte names, whatever the chunks', async () => {
		const bytes = cat([0xef, 0xbb, 0xbf], 'EDO,MUN\r\nSucre,MP. PEÑALVER\r\nMérida,€𝄞\r\n');
		for (const chunks of splits(bytes))
			for (const utf8 of [undefined, nodeUtf8])
				expect(await decode(chunks, 'utf-8', utf8)).toBe(
					'EDO,MUN\r\nSucre,MP. PEÑALVER\r\nMérida,€𝄞\r\n'
				);
	});

	const bad: [string, Uint8Array, string][] = [
		[
			'a Latin-1 byte on the third line',
			cat('a,b\nc,d\nMP. PE', [0xd1], 'ALVER,1\n'),
			'3:7: a byte that is not valid UTF-8 (0xD1; read as Windows-1252 the text is "MP. PEÑALVER"): if that reads right, run again with --encoding windows-1252 (or latin1)'
		],
		[
			'a sequence broken by an ASCII byte',
			cat('x\nñ,', [0xe2, 0x82], 'A\n'),
			'2:3: a byte that is not valid UTF-8 (0xE2; read as Windows-1252 the text is "Ã±"): if that reads right, run again with --encoding windows-1252 (or latin1)'
		],
		[
			'an overlong form',
			cat('ok\n', [0xc0, 0xaf]),
			'2:1: a byte that is not valid UTF-8 (0xC0; read as Windows-1252 the text is "À¯"): if that reads right, run again with --encoding windows-1252 (or latin1)'
		],
		[
			'a byte that never starts a character, at the end of the file',
			cat('a\nPE', [0xff]),
			'2:3: a byte that is not valid UTF-8 (0xFF; read as Windows-1252 the text is "PEÿ"): if that reads right, run again with --encoding windows-1252 (or latin1)'
		],
		[
			'a character cut off at the end of the file',
			cat('a\nPE', [0xc3]),
			'2:3: a character cut off at the end of the file (0xC3)'
		]
	];
	for (const [what, bytes, error] of bad)
		it(`names the place of ${what}`, async () => {
			expect(await decode([bytes])).toBe(error);
			expect(await decode([bytes], 'utf-8', nodeUtf8)).toBe(error);
			// Cut anywhere, the place and the byte stay; the words quoted around it may be cut short.
			const place = error.replace(/(\(0x[0-9A-F]{2}).*/, '$1');
			for (const chunks of splits(bytes))
				for (const utf8 of [undefined, nodeUtf8])
					expect(await decode(chunks, 'utf-8', utf8)).toContain(place);
		});
});

describe('decodeChunks (Windows-1252)', () => {
	it('decodes Latin-1 bytes however the file is cut', async () => {
		const bytes = cat('MP. PE', [0xd1], 'ALVER\n', [0x80]);
		for (const chunks of splits(bytes))
			expect(await decode(chunks, 'windows-1252')).toBe('MP. PEÑALVER\n€');
	});
});
