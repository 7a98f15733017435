import { z } from 'zod';
import {
	CountSchema,
	CountryCodeSchema,
	DateSchema,
	IdSchema,
	LocalizedTextSchema,
	SourceIdsSchema,
	TextSchema
} from './common';

export const CandidateSchema = z.strictObject({
	id: IdSchema,
	fullName: TextSchema,
	shortName: TextSchema,
	/** Party or coalition as the cited source gives it. */
	party: TextSchema.optional(),
	/** Display colour (#rrggbb) from a colour-blind-safe set; never the only carrier of meaning. */
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#0072b2"')
});
export type Candidate = z.infer<typeof CandidateSchema>;

/**
 * A combined group of candidates as some snapshots report them ("the other 8 candidates",
 * CNE bulletin 1, fact sheet §1b). A snapshot that reports a group never reports its members, so a
 * total we were not given is never split.
 */
export const CandidateGroupSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedTextSchema,
	members: z.array(IdSchema).min(2, 'at least two member candidate ids'),
	color: z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour like "#0072b2"')
});
export type CandidateGroup = z.infer<typeof CandidateGroupSchema>;

/**
 * One level of an election's region hierarchy (state, municipality, parish; or precinct, ward…).
 * `election.regionLevels` lists them coarse → fine.
 */
export const RegionLevelSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedTextSchema
});
export type RegionLevel = z.infer<typeof RegionLevelSchema>;

/**
 * A sub-national unit with, for the first level, its place on a tile-grid map (row/col from
 * top-left). `level` is a declared level id (default: the first level); `parent` is the id of a
 * region of the level just above, required below the first level and forbidden at the first
 * (checked in `validateElectionFiles`, which also fills in `level` when levels are declared).
 */
export const RegionSchema = z.strictObject({
	id: IdSchema,
	/** Code used by the publisher at this level (e.g. COD_EDO in the opposition's CSV). */
	code: TextSchema,
	name: TextSchema,
	level: IdSchema.optional(),
	parent: IdSchema.optional(),
	tile: z.strictObject({ row: CountSchema, col: CountSchema }).optional()
});
export type Region = z.infer<typeof RegionSchema>;

/** A sourced figure with its own citation (registered voters, number of counting units). */
export const SourcedCountSchema = z.strictObject({
	count: CountSchema,
	sourceIds: SourceIdsSchema,
	note: LocalizedTextSchema.optional()
});

export const ElectionSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedTextSchema,
	date: DateSchema,
	country: CountryCodeSchema,
	office: LocalizedTextSchema,
	/** IANA zone; every time on the site is shown in it, with the zone named. */
	timeZone: TextSchema.refine((tz) => {
		try {
			new Intl.DateTimeFormat('en', { timeZone: tz });
			return true;
		} catch {
			return false;
		}
	}, 'an IANA time zone like "America/Caracas"'),
	registeredVoters: SourcedCountSchema.optional(),
	countingUnit: z.strictObject({
		kind: z.enum(['tally-sheet', 'polling-station']),
		total: SourcedCountSchema.optional()
	}),
	candidates: z.array(CandidateSchema).min(2, 'at least two candidates'),
	groups: z.array(CandidateGroupSchema).default([]),
	/** Region levels, coarse → fine. Without it the election has one level of regions. */
	regionLevels: z.array(RegionLevelSchema).min(1, 'at least one level').optional(),
	/** Regions of every level; sub-levels may also live in `regions/*.json` (merged in by the loader). */
	regions: z.array(RegionSchema).default([]),
	/** Short editorial summary shown under the title. */
	summary: LocalizedTextSchema.optional()
});
export type Election = z.infer<typeof ElectionSchema>;
