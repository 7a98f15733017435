import { z } from 'zod';
import { IdSchema, LocalizedTextSchema, TextSchema } from '../schemas/common';

/**
 * How the columns of a tally-sheet CSV become sheet rows, regions and candidate votes. A mapping is
 * data (a JSON file, or a built-in name such as `ve-2024-opposition`), never code.
 *
 * - `levels`, coarse → fine: for each region level, the column with the region's code and the one
 *   with its name, and the id template of a region created by the import (`{COLUMN}` is replaced
 *   by that column's value, lower-cased, with anything but letters and digits turned into `-`).
 *   `match: "code"` first looks for an existing region of that level with the same code (the
 *   Venezuelan states keep their ids).
 * - `sheet.key`: the columns that together identify a sheet (joined with `-`).
 * - `registered`, `valid`, `null`: count columns; `candidates`: column → candidate id.
 * - `image`: the column with the link to the sheet's image.
 * - `optional`: columns that some versions of the file do not have (the opposition's V2 has no RE).
 */
export const TallyMappingSchema = z.strictObject({
	id: IdSchema,
	description: TextSchema.optional(),
	levels: z
		.array(
			z.strictObject({
				level: IdSchema,
				levelName: LocalizedTextSchema,
				codeColumn: TextSchema,
				nameColumn: TextSchema,
				id: TextSchema.regex(/\{[^}]+\}/, 'an id template with at least one {COLUMN}'),
				match: z.enum(['id', 'code']).default('id')
			})
		)
		.min(1, 'at least one region level'),
	sheet: z.strictObject({
		key: z.array(TextSchema).min(1, 'at least one key column'),
		centre: TextSchema.optional(),
		table: TextSchema.optional()
	}),
	registered: TextSchema.optional(),
	valid: TextSchema,
	null: TextSchema,
	candidates: z.record(TextSchema, IdSchema),
	image: TextSchema.optional(),
	optional: z.array(TextSchema).default([])
});
export type TallyMapping = z.infer<typeof TallyMappingSchema>;

/**
 * The layout the Venezuelan opposition published in 2024 (`RESULTADOS_2024_CSV_V1.csv` with `RE`,
 * V2 without it; see ../shared/data/README.md): EG = González, NM = Maduro, then the eight others.
 */
export const VE_2024_OPPOSITION: TallyMapping = {
	id: 've-2024-opposition',
	description:
		'Venezuelan opposition tally sheets 2024: COD_EDO, EDO, COD_MUN, MUN, COD_PAR, PAR, CENTRO, MESA, [RE,] VOTOS_VALIDOS, VOTOS_NULOS, EG, NM, LM, JABE, JOBR, AE, CF, DC, EM, BERA, URL',
	levels: [
		{
			level: 'state',
			levelName: { es: 'Estado', en: 'State' },
			codeColumn: 'COD_EDO',
			nameColumn: 'EDO',
			id: 'e-{COD_EDO}',
			match: 'code'
		},
		{
			level: 'municipality',
			levelName: { es: 'Municipio', en: 'Municipality' },
			codeColumn: 'COD_MUN',
			nameColumn: 'MUN',
			id: 'm-{COD_EDO}-{COD_MUN}',
			match: 'id'
		},
		{
			level: 'parish',
			levelName: { es: 'Parroquia', en: 'Parish' },
			codeColumn: 'COD_PAR',
			nameColumn: 'PAR',
			id: 'p-{COD_EDO}-{COD_MUN}-{COD_PAR}',
			match: 'id'
		}
	],
	sheet: { key: ['CENTRO', 'MESA'], centre: 'CENTRO', table: 'MESA' },
	registered: 'RE',
	valid: 'VOTOS_VALIDOS',
	null: 'VOTOS_NULOS',
	candidates: {
		EG: 'gonzalez',
		NM: 'maduro',
		LM: 'martinez',
		JABE: 'bertucci',
		JOBR: 'brito',
		AE: 'ecarri',
		CF: 'fermin',
		DC: 'ceballos',
		EM: 'marquez',
		BERA: 'rausseo'
	},
	image: 'URL',
	optional: ['RE']
};

/** Mappings available by name (`--mapping ve-2024-opposition`). */
export const BUILT_IN_MAPPINGS: Record<string, TallyMapping> = {
	[VE_2024_OPPOSITION.id]: VE_2024_OPPOSITION
};
