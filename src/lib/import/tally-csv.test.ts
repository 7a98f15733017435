import { describe, expect, it } from 'vitest';
import { decodeChunks, type Encoding } from './decode';
import { TallyMappingSchema, VE_2024_OPPOSITION } from './mapping';
import { formatRowError, readTallyCsv } from './tally-csv';

const HEAD =
	'COD_EDO,EDO,COD_MUN,MUN,COD_PAR,PAR,CENTRO,MESA,RE,VOTOS_VALIDOS,VOTOS_NULOS,EG,NM,LM,JABE,JOBR,AE,CF,DC,EM,BERA,URL';
const row = (centre: string, mesa: string, over: Partial<Record<string, string>> = {}) => {
	const v: Record<string, string> = {
		COD_EDO: '17',
		EDO: 'EDO. SUCRE',
		COD_MUN: '13',
		MUN: 'MP. PEÑALVER',
		COD_PAR: '1',
		PAR: 'PQ. PUERTO NUEVO',
		CENTRO: centre,
		MESA: mesa,
		RE: '500',
		VOTOS_VALIDOS: '300',
		VOTOS_NULOS: '2',
		EG: '200',
		NM: '90',
		LM: '1',
		JABE: '1',
		JOBR: '1',
		AE: '1',
		CF: '1',
		DC: '1',
		EM: '1',
		BERA: '3',
		URL: `https://example.org/${centre}-${mesa}.jpg`,
		...over
	};
	return HEAD.split(',')
		.map((h) => v[h])
		.join(',');
};

async function read(
	bytes: Uint8Array | Uint8Array[],
	encoding: Encoding = 'utf-8',
	skipInvalid = false
) {
	const chunks = Array.isArray(bytes) ? bytes : [bytes];
	return readTallyCsv(decodeChunks(chunks, encoding), VE_2024_OPPOSITION, { skipInvalid });
}
const utf8 = (s: string) => new TextEncoder().encode(s);
/** Latin-1 bytes: one byte per character (the V2 file is like this). */
const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const messages = (f: Awaited<ReturnType<typeof read>>) =>
	f.errors.map((e) => formatRowError('f.csv', e));

describe('readTallyCsv: encodings and layout', () => {
	it('reads UTF-8 with a BOM, CRLF, a quoted field and blank trailing lines', async () => {
		const text =
			'\uFEFF' +
			[HEAD, row('1001', '1'), row('1001', '2', { COD_PAR: '2', PAR: '"PQ. ""EL"", NUEVO"' })].join(
				'\r\n'
			) +
			'\r\n\r\n\r\n';
		const f = await read(utf8(text));
		expect(messages(f)).toEqual([]);
		expect(f.rows.map((r) => r.sheet)).toEqual(['1001-1', '1001-2']);
		expect([...f.regions.values()].map((r) => r.name)).toEqual([
			'EDO. SUCRE',
			'MP. PEÑALVER',
			'PQ. PUERTO NUEVO',
			'PQ. "EL", NUEVO'
		]);
		expect(f.rows[0]).toEqual({
			sheet: '1001-1',
			region: 'p-17-13-1',
			centre: '1001',
			table: '1',
			registered: 500,
			valid: 300,
			null: 2,
			votes: {
				gonzalez: 200,
				maduro: 90,
				martinez: 1,
				bertucci: 1,
				brito: 1,
				ecarri: 1,
				fermin: 1,
				ceballos: 1,
				marquez: 1,
				rausseo: 3
			},
			image: 'https://example.org/1001-1.jpg'
		});
	});

	it('stops on Latin-1 bytes read as UTF-8, naming the place and the encoding to try', async () => {
		const f = await read(latin1([HEAD, row('1001', '1')].join('\n') + '\n'));
		expect(f.fatal).toBe(true);
		expect(f.rows).toEqual([]);
		// "MP. PE" is 6 characters into the MUN field, which starts at column 25 of line 2.
		expect(messages(f)[0]).toMatch(
			/^f\.csv:2:\d+: expected UTF-8 text, got a byte that is not valid UTF-8 \(0xD1; read as Windows-1252 the text is "MP\. PEÑALVER"\).*--encoding windows-1252/
		);
	});

	for (const enc of ['latin1', 'windows-1252'] as const)
		it(`decodes a Latin-1 file with --encoding ${enc}: "PEÑALVER" stays "PEÑALVER"`, async () => {
			const f = await read(latin1([HEAD, row('1001', '1')].join('\n')), enc);
			expect(messages(f)).toEqual([]);
			expect(f.regions.get('m-17-13')?.name).toBe('MP. PEÑALVER');
		});

	it('refuses to read a UTF-8 file as Latin-1 (no mojibake), with or without a BOM', async () => {
		const plain = await read(utf8([HEAD, row('1001', '1')].join('\n')), 'latin1');
		expect(plain.fatal).toBe(true);
		expect(messages(plain)[0]).toContain(
			'a file that is valid UTF-8 ("MP. PEÑALVER" at this place)'
		);
		expect(messages(plain)[0]).toContain('--encoding utf-8');
		const bom = await read(utf8('\uFEFF' + HEAD + '\n'), 'windows-1252');
		expect(messages(bom)[0]).toBe(
			'f.csv:1:1: expected a windows-1252 file, got a UTF-8 byte-order mark: the file is UTF-8; run again with --encoding utf-8 (the default)'
		);
	});

	it('decodes a character cut across two chunks', async () => {
		const bytes = utf8([HEAD, row('1001', '1')].join('\n'));
		const at = [...bytes].findIndex((b) => b === 0xc3) + 1; // between the two bytes of "Ñ"
		const f = await read([bytes.subarray(0, at), bytes.subarray(at)]);
		expect(messages(f)).toEqual([]);
		expect(f.regions.get('m-17-13')?.name).toBe('MP. PEÑALVER');
	});

	it('reads a file without the optional RE column', async () => {
		const head = HEAD.replace(',RE,', ',');
		const line = row('1001', '1').split(',');
		line.splice(8, 1);
		const f = await read(utf8(head + '\n' + line.join(',') + '\n'));
		expect(messages(f)).toEqual([]);
		expect(f.hasRegistered).toBe(false);
		expect(f.rows[0]?.registered).toBeUndefined();
	});

	it('names the missing columns of a header', async () => {
		const f = await read(utf8(HEAD.replace(',NM,', ',XX,') + '\n'));
		expect(messages(f)[0]).toMatch(
			/^f\.csv:1:1: expected a header with the column\(s\) NM \(mapping ve-2024-opposition\)/
		);
	});
});

describe('readTallyCsv: bad rows, each with its line and column', () => {
	const bad: [string, Record<string, string>, string][] = [
		[
			'a non-numeric count',
			{ NM: 'ochenta' },
			'f.csv:2:13: NM: expected a count (a whole number ≥ 0), got "ochenta"'
		],
		[
			'a negative count',
			{ VOTOS_NULOS: '-2' },
			'f.csv:2:11: VOTOS_NULOS: expected a count (a whole number ≥ 0), got "-2"'
		],
		[
			'candidates above the valid votes',
			{ VOTOS_VALIDOS: '299' },
			'f.csv:2:10: VOTOS_VALIDOS: expected valid votes ≥ the sum of the candidates (300), got 299'
		],
		[
			'valid + null above the registered electors',
			{ RE: '301' },
			'f.csv:2:9: RE: expected registered electors ≥ valid + null votes (302), got 301'
		],
		[
			'an image URL that is not http(s)',
			{ URL: 'javascript:alert(1)' },
			'f.csv:2:22: URL: expected an http(s) URL, got "javascript:alert(1)"'
		]
	];
	for (const [what, over, message] of bad)
		it(`refuses ${what}`, async () => {
			const f = await read(utf8([HEAD, row('1001', '1', over), row('1001', '2')].join('\n')));
			expect(messages(f)).toEqual([message]);
			expect(f.rows.map((r) => r.sheet)).toEqual(['1001-2']);
		});

	it('refuses a duplicate sheet key and a row with the wrong number of fields', async () => {
		const f = await read(
			utf8([HEAD, row('1001', '1'), row('1001', '1'), row('1001', '3') + ',extra'].join('\n'))
		);
		expect(messages(f)).toEqual([
			'f.csv:3:7: CENTRO: expected a sheet key not used before (line 2 has it), got "1001-1"',
			'f.csv:4:23: expected 22 fields, as in the header, got 23'
		]);
	});

	it('checks the region columns of a row again when they differ in any way from the row before', async () => {
		// Rows sorted by region (as real files are) take the region of the row before without a
		// lookup; a row that changes only a name, or a quoted row, is still checked in full.
		const other = { COD_PAR: '2', PAR: 'PQ. OTRA' };
		const f = await read(
			utf8(
				[
					HEAD,
					row('1001', '1'),
					row('1001', '2'),
					row('1001', '3', { PAR: 'PQ. PUERTO NUEVA' }),
					row('1001', '4'),
					row('1002', '1', other),
					row('1002', '2', other),
					row('1002', '3', { ...other, PAR: '"PQ. OTRA"' }),
					row('1003', '1')
				].join('\n')
			),
			'utf-8',
			true
		);
		expect(messages(f)).toEqual([
			'f.csv:4:6: PAR: expected the name line 2 gives parish p-17-13-1 ("PQ. PUERTO NUEVO"), got "PQ. PUERTO NUEVA"'
		]);
		expect(f.rows.map((r) => `${r.sheet} ${r.region}`)).toEqual([
			'1001-1 p-17-13-1',
			'1001-2 p-17-13-1',
			'1001-4 p-17-13-1',
			'1002-1 p-17-13-2',
			'1002-2 p-17-13-2',
			'1002-3 p-17-13-2',
			'1003-1 p-17-13-1'
		]);
		expect([...f.regions.keys()]).toEqual(['e-17', 'm-17-13', 'p-17-13-1', 'p-17-13-2']);
	});

	it('with --skip-invalid keeps the valid rows and lists the skipped lines', async () => {
		const f = await read(
			utf8([HEAD, row('1001', '1'), row('1001', '2', { EG: '-1' }), row('1001', '3')].join('\n')),
			'utf-8',
			true
		);
		expect(f.rows.map((r) => r.sheet)).toEqual(['1001-1', '1001-3']);
		expect(f.skippedLines).toEqual([3]);
		expect(f.errors).toHaveLength(1);
	});
});

describe('mappings', () => {
	it('the built-in ve-2024-opposition is a valid mapping covering the ten candidates', () => {
		expect(TallyMappingSchema.parse(VE_2024_OPPOSITION)).toEqual(VE_2024_OPPOSITION);
		expect(Object.values(VE_2024_OPPOSITION.candidates).sort()).toEqual([
			'bertucci',
			'brito',
			'ceballos',
			'ecarri',
			'fermin',
			'gonzalez',
			'maduro',
			'marquez',
			'martinez',
			'rausseo'
		]);
	});

	it('a mapping file is checked like data: a template without a column is refused', () => {
		const r = TallyMappingSchema.safeParse({
			...VE_2024_OPPOSITION,
			levels: [{ ...VE_2024_OPPOSITION.levels[0], id: 'fixed' }]
		});
		expect(r.success).toBe(false);
	});
});
