import { z } from 'zod';
import {
	CountSchema,
	IdSchema,
	LocalizedTextSchema,
	PercentSchema,
	SourceIdsSchema,
	TextSchema,
	WhenSchema
} from './common';

/**
 * Votes for one contestant: a candidate id or a combined group id (see CandidateGroupSchema).
 * `announcedPercent` is the share as the publisher announced it, kept beside the count and never
 * used in place of the share computed from counts. `announcedText` keeps the announced wording
 * ("51,20%") when it matters.
 */
export const ResultSchema = z.strictObject({
	contestant: IdSchema,
	votes: CountSchema,
	announcedPercent: PercentSchema.optional(),
	announcedText: TextSchema.optional()
});
export type Result = z.infer<typeof ResultSchema>;

/** Totals as published. Any may be missing: we never make one up. */
export const TotalsSchema = z.strictObject({
	valid: CountSchema.optional(),
	null: CountSchema.optional(),
	blank: CountSchema.optional(),
	/** Voters = ballots cast (valid + null + blank) as published. */
	voters: CountSchema.optional(),
	/** Electors registered on the units counted so far (CNE bulletin 2: "electores en actas"). */
	electorsOnCountedUnits: CountSchema.optional(),
	/** Registered electors as given by this release. */
	registered: CountSchema.optional()
});
export type Totals = z.infer<typeof TotalsSchema>;

export const CoverageSchema = z.strictObject({
	unitsCounted: CountSchema.optional(),
	unitsTotal: CountSchema.optional(),
	/** The coverage as announced (80 for "80%"). */
	announcedPercent: PercentSchema.optional(),
	announcedText: TextSchema.optional()
});
export type Coverage = z.infer<typeof CoverageSchema>;

export const TurnoutSchema = z.strictObject({
	announcedPercent: PercentSchema,
	announcedText: TextSchema.optional(),
	/** What the announced turnout is measured against, when known. */
	basis: LocalizedTextSchema.optional()
});

export const RegionResultSchema = z.strictObject({
	region: IdSchema,
	unitsCounted: CountSchema.optional(),
	results: z.array(ResultSchema).min(1),
	totals: TotalsSchema.default({})
});
export type RegionResult = z.infer<typeof RegionResultSchema>;

/** One release of one tabulation. */
export const SnapshotSchema = z.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	/** Instant with offset, or a date when the time of day is not confirmed. */
	asOf: WhenSchema,
	/** Why the time is what it is, when sources differ (fact sheet §1a). */
	asOfNote: LocalizedTextSchema.optional(),
	coverage: CoverageSchema,
	results: z.array(ResultSchema).min(2, 'at least two results'),
	totals: TotalsSchema.default({}),
	turnout: TurnoutSchema.optional(),
	/** Results per region, of any level (`unitsCounted` = units counted in that region). */
	regions: z.array(RegionResultSchema).default([]),
	/**
	 * The release has one row per counting unit in `sheets/<snapshot-id>.csv` beside the election:
	 * exactly `rows` rows whose sums equal the snapshot's results and totals (checked on load).
	 */
	sheets: z.strictObject({ rows: CountSchema, sourceIds: SourceIdsSchema }).optional(),
	sourceIds: SourceIdsSchema,
	notes: LocalizedTextSchema.optional()
});
export type Snapshot = z.infer<typeof SnapshotSchema>;

export const TABULATION_KINDS = [
	'official-bulletins',
	'collected-tally-sheets',
	'quick-count',
	'exit-poll'
] as const;

/** A series of releases by one publisher. Tabulations are never merged with each other. */
export const TabulationSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedTextSchema,
	kind: z.enum(TABULATION_KINDS),
	/** Exactly one tabulation per election is the official one. */
	official: z.boolean(),
	/** Actor id of the publisher. */
	publisher: IdSchema,
	description: LocalizedTextSchema.optional(),
	snapshots: z.array(SnapshotSchema).min(1, 'at least one snapshot')
});
export type Tabulation = z.infer<typeof TabulationSchema>;
