/**
 * The contract of `data/<election>/live.json`, the small file every open election page and live
 * embed polls (pattern: the NPR and AP elections rigs' "latest" file). The build writes it with
 * `buildLiveFile` and checks it with `LiveFileSchema`; the browser checks what it fetches with the
 * same schema and the same `checkLiveFile` (browser-safe: zod only, no node). The browser loads
 * this module lazily, so zod stays out of the first-load JavaScript.
 *
 * What it holds: the latest release of each tabulation with its figures, the newest claims and
 * statements (one line each), a content version (a hash of everything else but the build time)
 * and the build time. It never holds region or sheet-level data: those stay in their own files.
 */
import { z } from 'zod';
import {
	CountSchema,
	DateSchema,
	IdSchema,
	LocalizedTextSchema,
	PercentSchema,
	WhenSchema
} from '../schemas/common';
import { CoverageSchema, TotalsSchema } from '../schemas/tabulation';
import { canonicalJson, contentHash } from './content-hash';

export const LIVE_FORMAT = 1;

/**
 * A file of this site, relative to the site's base path: only `data/<election>/<name>.json|csv`,
 * so a live file can never point a page at another host or a script.
 */
export const LiveFileHrefSchema = z
	.string()
	.regex(
		/^data\/[a-z0-9]+(?:-[a-z0-9]+)*\/[a-z0-9]+(?:-[a-z0-9]+)*\.(?:json|csv)$/,
		'a path like "data/<election>/<file>.json"'
	);

const VersionSchema = z.string().regex(/^[0-9a-f]{14}$/, 'a 14-digit hex content hash');

export const LiveReleaseSchema = z.strictObject({
	id: IdSchema,
	label: LocalizedTextSchema,
	asOf: WhenSchema,
	coverage: CoverageSchema,
	results: z
		.array(
			z.strictObject({
				contestant: IdSchema,
				votes: CountSchema,
				announcedPercent: PercentSchema.optional()
			})
		)
		.min(2),
	totals: TotalsSchema,
	sourceIds: z.array(IdSchema).min(1),
	/** The release as a tidy CSV (every region and candidate). */
	csv: LiveFileHrefSchema
});
export type LiveRelease = z.infer<typeof LiveReleaseSchema>;

export const LiveItemSchema = z.strictObject({
	id: IdSchema,
	/** The claim's or statement's date; null when the sources give none. */
	date: z.union([WhenSchema, DateSchema, z.null()]),
	/** One line, at most 120 characters, in each site locale. */
	line: LocalizedTextSchema.refine(
		(l) => [...l.es].length <= 120 && [...l.en].length <= 120,
		'lines of at most 120 characters'
	)
});
export type LiveItem = z.infer<typeof LiveItemSchema>;

export const LiveFileSchema = z.strictObject({
	format: z.literal(LIVE_FORMAT),
	election: IdSchema,
	/** Hash of the content (every field but `version` and `builtAt`): same content, same version. */
	version: VersionSchema,
	/** When the build wrote the file; orders two files whose versions differ. */
	builtAt: z.iso.datetime({ offset: true }),
	/** What changes with any figure of any release: the file pages reload to redraw the results. */
	results: z.strictObject({ href: LiveFileHrefSchema, version: VersionSchema }),
	tabulations: z
		.array(
			z.strictObject({
				id: IdSchema,
				official: z.boolean(),
				/** How many releases the tabulation has (the latest is below). */
				releases: CountSchema,
				latest: LiveReleaseSchema
			})
		)
		.min(1),
	claims: z.array(LiveItemSchema).max(10),
	statements: z.array(LiveItemSchema).max(10)
});
export type LiveFile = z.infer<typeof LiveFileSchema>;

/** The identity of a live file: what the poller compares (see poller.ts `compareVersions`). */
export interface LiveVersion {
	version: string;
	builtAt: string;
}

/**
 * The content version of a live file: the hash of its JSON without `version` and `builtAt`.
 * @example liveContentVersion({ ...file, builtAt: 'later' }) === liveContentVersion(file) // true
 */
export function liveContentVersion(file: Omit<LiveFile, 'version' | 'builtAt'>): string {
	const { version: _v, builtAt: _b, ...content } = file as LiveFile;
	void _v;
	void _b;
	return contentHash(canonicalJson(content));
}

/**
 * Check parsed JSON against the live-file contract: the schema, the election the page shows, and a
 * version that matches the content (a hand-edited or half-copied file fails here). Each problem is
 * one line `live.json › path: expected …, got …`.
 * @example checkLiveFile({ format: 1 }, 'venezuela-2024').ok // false
 */
export function checkLiveFile(
	json: unknown,
	election: string
): { ok: true; file: LiveFile } | { ok: false; errors: string[] } {
	const r = LiveFileSchema.safeParse(json);
	if (!r.success)
		return {
			ok: false,
			errors: r.error.issues.map(
				(i) =>
					`live.json › ${i.path.map(String).join('.') || '(top)'}: expected ${i.message}, got ${describe(json, i.path)}`
			)
		};
	const file = r.data;
	const errors: string[] = [];
	if (file.election !== election)
		errors.push(`live.json › election: expected "${election}", got "${file.election}"`);
	const v = liveContentVersion(file);
	if (v !== file.version)
		errors.push(`live.json › version: expected the content hash ${v}, got ${file.version}`);
	return errors.length ? { ok: false, errors } : { ok: true, file };
}

function describe(json: unknown, path: PropertyKey[]): string {
	let v: unknown = json;
	for (const k of path)
		v = v && typeof v === 'object' ? (v as Record<PropertyKey, unknown>)[k] : undefined;
	if (v === undefined) return 'nothing';
	const s = JSON.stringify(v);
	return s.length > 60 ? s.slice(0, 57) + '…' : s;
}
