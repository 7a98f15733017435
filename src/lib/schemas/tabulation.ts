import { z } from 'zod';
import {
	CountSchema,
	DateTimeSchema,
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

/**
 * What the percentages of a release are shares of, as the publisher announced them:
 * - `valid`: valid votes (CNE bulletins; the opposition's CSV totals);
 * - `voters`: ballots cast, valid and null (the opposition's 81.21 % release gave 67 % and 30 % of
 *   10,613,881 voters, fact sheet §2);
 * - `listed`: the votes of the contestants listed only (a release giving two candidates' votes and
 *   nothing else, like the 73.2 % one): such shares are labelled "of the listed candidates only".
 * Computed shares use the same base as the announced ones (src/lib/results/release.ts).
 */
export const SHARE_BASES = ['valid', 'voters', 'listed'] as const;
export type ShareBase = (typeof SHARE_BASES)[number];
export const ShareBaseSchema = z.enum(SHARE_BASES);

/** One release of one tabulation. */
export const SnapshotSchema = z.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	/** Instant with offset, or a date when the time of day is not confirmed. */
	asOf: WhenSchema,
	/** Why the time is what it is, when sources differ (fact sheet §1a). */
	asOfNote: LocalizedTextSchema.optional(),
	/**
	 * For a date-only `asOf`: the earliest instant the sources allow, when they give a part of the
	 * day ("the afternoon of 29 July": 12:00). Without it a date-only release spans its whole day,
	 * and its order against other items of that day is unknown.
	 */
	notBefore: DateTimeSchema.optional(),
	/** What the percentages are shares of (see SHARE_BASES); derived when not given. */
	shareBase: ShareBaseSchema.optional(),
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
	notes: LocalizedTextSchema.optional(),
	/**
	 * Published readings that dispute what an integrity check finds in this release (fact sheet §3:
	 * counts back-calculated from rounded percentages), shown under that finding with sources.
	 */
	counterViews: z
		.array(
			z.strictObject({
				check: z.enum(['round-percentages', 'announced-reproduces', 'share-sum', 'turnout']),
				text: LocalizedTextSchema,
				sourceIds: SourceIdsSchema
			})
		)
		.optional()
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
