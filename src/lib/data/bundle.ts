import { z } from 'zod';
import {
	ActorSchema,
	ClaimSchema,
	ElectionSchema,
	EventSchema,
	RemarkSchema,
	RegionSchema,
	RevisionSchema,
	SourceSchema,
	StatementSchema,
	TabulationSchema,
	type Actor,
	type Claim,
	type Election,
	type ElectionEvent,
	type Remark,
	type Region,
	type RegionResult,
	type Revision,
	type SheetRow,
	type Source,
	type Statement,
	type Tabulation
} from '../schemas';
import { isBeforeClaim } from '../results/responses';
import { zodErrorsFor, type DataError } from './errors';
import { fastTabulation } from './fast-parse';
import { SheetTable } from './sheet-table';
import { NULL, ROWS, VALID, VOTES, sumAreas } from './area-sums';
import { baseTotal } from '../results/release';
import { whenBounds } from '../i18n/format';

/** Everything known about one election, validated and cross-checked. */
export interface ElectionBundle {
	election: Election;
	tabulations: Tabulation[];
	sources: Source[];
	actors: Actor[];
	claims: Claim[];
	statements: Statement[];
	/** Dated official acts shown beside the statements (e.g. a court ruling); may be empty. */
	events: ElectionEvent[];
	revisions: Revision[];
	/** Remarks named in the coverage (individuals, fact sheet §6): on the timeline, never counted. */
	remarks: Remark[];
}

/** Parsed JSON of one file, with the path used in error messages. */
export interface RawFile {
	file: string;
	data: unknown;
}

/**
 * A release's sheet-rows file (`sheets/<snapshot-id>.csv`), already read (see sheet-file.ts): its
 * rows as objects, or as columns (`table`, see sheet-table.ts; the data CLI's form).
 */
export interface RawSheetFile {
	file: string;
	snapshotId: string;
	/** Candidate ids of the header, in order. */
	candidates: string[];
	rows?: SheetRow[];
	/** The rows as columns; used when given (then `rows` need not be). */
	table?: SheetTable;
}

/**
 * The files of one election folder. Collections may be one file (`sources.json`) or a folder of
 * files (`sources/*.json`), each holding a list; they are concatenated. `regions` files hold
 * regions (usually of the sub-levels) that are merged into `election.regions`.
 *
 * `sheets` is undefined where sheet files are not available (the browser checking the live data
 * file): then the sheet checks are skipped. Defined (even empty), every snapshot that says it has
 * sheets must have its file, and each file's sums must equal the snapshot's figures.
 */
export interface RawElectionFiles {
	folder: string;
	election: RawFile | undefined;
	regions: RawFile[];
	sheets?: RawSheetFile[];
	tabulations: RawFile[];
	sources: RawFile[];
	actors: RawFile[];
	claims: RawFile[];
	statements: RawFile[];
	events: RawFile[];
	revisions: RawFile[];
	remarks: RawFile[];
}

export const COLLECTIONS = [
	'regions',
	'tabulations',
	'sources',
	'actors',
	'claims',
	'statements',
	'events',
	'revisions',
	'remarks'
] as const;
export type CollectionName = (typeof COLLECTIONS)[number];

/** Where an item came from, so cross-file errors can name its file and path. */
export interface Located<T> {
	item: T;
	file: string;
	path: string;
}

/**
 * Parse results of files that a later validation may take again as they are (the data CLI validates
 * the election before and after a change: the files the change does not touch are parsed once).
 * Keyed by the file's parsed JSON (the same object, not an equal one); whoever changes a file's data
 * must `delete` its entry (the CLI's Workspace does on every rewrite and append).
 *
 * Within a changed tabulation file, each release's results per region (`snapshots[].regions`, the
 * one large part) are kept too, keyed by that list: a release the change did not replace is not
 * parsed again. Those lists, and what was made of them, are frozen when kept (see `fastTabulation`),
 * so they cannot change behind the memo's back: a release is changed by giving it a new list.
 */
export type ParseMemo = WeakMap<object, FileParse | RegionsParse>;

interface FileParse {
	file: string;
	schema: unknown;
	out: Located<unknown>[];
	errors: DataError[];
}

/** A release's results per region, as `fastRegionResults` gave them (frozen, like its input). */
export interface RegionsParse {
	regions: RegionResult[];
}

function parseList<T>(
	files: RawFile[],
	schema: z.ZodType<T>,
	errors: DataError[],
	memo?: ParseMemo,
	fast?: (entry: unknown, memo?: ParseMemo) => T | undefined
): Located<T>[] {
	const out: Located<T>[] = [];
	for (const { file, data } of files) {
		if (!Array.isArray(data)) {
			errors.push({
				file,
				path: '',
				expected: 'a list ([ … ]) at the top of the file',
				found: typeof data
			});
			continue;
		}
		const kept = memo?.get(data);
		if (kept && 'file' in kept && kept.file === file && kept.schema === schema) {
			out.push(...(kept.out as Located<T>[]));
			errors.push(...kept.errors);
			continue;
		}
		const mine: Located<T>[] = [];
		const problems: DataError[] = [];
		data.forEach((entry, i) => {
			// The fast path gives zod's output for data it is sure of; zod judges everything else.
			const quick = fast?.(entry, memo);
			if (quick !== undefined) {
				mine.push({ item: quick, file, path: `[${i}]` });
				return;
			}
			const r = schema.safeParse(entry);
			if (r.success) mine.push({ item: r.data, file, path: `[${i}]` });
			else
				problems.push(
					...zodErrorsFor(file, entry, r.error).map((e) => ({
						...e,
						path: e.path ? `[${i}]${e.path.startsWith('[') ? '' : '.'}${e.path}` : `[${i}]`
					}))
				);
		});
		memo?.set(data, { file, schema, out: mine, errors: problems });
		out.push(...mine);
		errors.push(...problems);
	}
	return out;
}

function checkUnique<T extends { id: string }>(
	items: Located<T>[],
	what: string,
	errors: DataError[]
): Map<string, Located<T>> {
	const seen = new Map<string, Located<T>>();
	for (const l of items) {
		const prev = seen.get(l.item.id);
		if (prev)
			errors.push({
				file: l.file,
				path: `${l.path}.id`,
				expected: `${/^[aeiou]/.test(what) ? 'an' : 'a'} ${what} id not used before (already used at ${prev.file} › ${prev.path})`,
				found: JSON.stringify(l.item.id)
			});
		else seen.set(l.item.id, l);
	}
	return seen;
}

/**
 * Validate one election folder: shape of every file (all problems, not just the first), then the
 * rules that span files. Returns the bundle only when there is no error.
 *
 * @example validateElectionFiles(files) // { bundle: undefined, errors: [{ file, path, expected, found }] }
 */
export function validateElectionFiles(
	files: RawElectionFiles,
	memo?: ParseMemo
): {
	bundle: ElectionBundle | undefined;
	errors: DataError[];
} {
	const errors: DataError[] = [];
	let election: Election | undefined;
	let electionFile = `${files.folder}/election.json`;
	if (!files.election) {
		errors.push({
			file: electionFile,
			path: '',
			expected: 'an election.json file',
			found: 'no such file'
		});
	} else {
		electionFile = files.election.file;
		const r = ElectionSchema.safeParse(files.election.data);
		if (r.success) election = r.data;
		else errors.push(...zodErrorsFor(electionFile, files.election.data, r.error));
	}
	const tabulations = parseList(files.tabulations, TabulationSchema, errors, memo, fastTabulation);
	const sources = parseList(files.sources, SourceSchema, errors, memo);
	const actors = parseList(files.actors, ActorSchema, errors, memo);
	const claims = parseList(files.claims, ClaimSchema, errors, memo);
	const statements = parseList(files.statements, StatementSchema, errors, memo);
	const events = parseList(files.events, EventSchema, errors, memo);
	const revisions = parseList(files.revisions, RevisionSchema, errors, memo);
	const remarks = parseList(files.remarks, RemarkSchema, errors, memo);
	if (files.tabulations.length === 0)
		errors.push({
			file: `${files.folder}/tabulations.json`,
			path: '',
			expected: 'a tabulations.json file (or tabulations/*.json)',
			found: 'no such file'
		});
	if (files.sources.length === 0)
		errors.push({
			file: `${files.folder}/sources.json`,
			path: '',
			expected: 'a sources.json file (or sources/*.json)',
			found: 'no such file'
		});

	const sourceIds = checkUnique(sources, 'source', errors);
	// One page, one source id: a second id for the same URL splits its citations and its fixes.
	const byUrl = new Map<string, Located<{ id: string; url: string }>>();
	for (const l of sources) {
		const prev = byUrl.get(l.item.url);
		if (prev)
			errors.push({
				file: l.file,
				path: `${l.path}.url`,
				expected: `a URL not already cited as source ${JSON.stringify(prev.item.id)} (${prev.file} › ${prev.path}); cite that id instead`,
				found: JSON.stringify(l.item.url)
			});
		else byUrl.set(l.item.url, l);
	}
	const actorIds = checkUnique(actors, 'actor', errors);
	const claimIds = checkUnique(claims, 'claim', errors);
	const statementIds = checkUnique(statements, 'statement', errors);
	checkUnique(tabulations, 'tabulation', errors);

	const refSource = (ids: string[], file: string, path: string) =>
		ids.forEach((id, i) => {
			if (!sourceIds.has(id))
				errors.push({
					file,
					path: `${path}.sourceIds[${i}]`,
					expected: 'the id of a source in sources.json',
					found: `unknown source id ${JSON.stringify(id)}`
				});
		});
	const refActor = (id: string, file: string, path: string) => {
		if (!actorIds.has(id))
			errors.push({
				file,
				path,
				expected: 'the id of an actor in actors.json',
				found: `unknown actor id ${JSON.stringify(id)}`
			});
	};

	/** `notBefore` narrows a date-only time to part of that day; it needs a date and lies in it. */
	const checkNotBefore = (when: string, notBefore: string | undefined, file: string, p: string) => {
		if (notBefore === undefined) return;
		const tz = election?.timeZone ?? 'UTC';
		const [a, b] = whenBounds(when, tz);
		const nb = Date.parse(notBefore);
		if (/T/.test(when) || !(nb >= a && nb < b))
			errors.push({
				file,
				path: p,
				expected: /T/.test(when)
					? 'no notBefore beside a time of day (it narrows a date-only value)'
					: `an instant within ${when} in ${tz}`,
				found: JSON.stringify(notBefore)
			});
	};

	// Election-level rules.
	const contestants = new Map<string, 'candidate' | 'group'>();
	const groupMembers = new Map<string, string[]>();
	const regionIds = new Set<string>();
	const fileRegions = parseList(files.regions, RegionSchema, errors, memo);
	/** Level of each region (undefined when the election declares no levels). */
	const levelOf = new Map<string, string | undefined>();
	let finestLevel: string | undefined;
	if (election) {
		if (files.election && election.id !== files.folder.split('/').pop())
			errors.push({
				file: electionFile,
				path: 'id',
				expected: `the folder name ${JSON.stringify(files.folder.split('/').pop())}`,
				found: JSON.stringify(election.id)
			});
		election.candidates.forEach((c, i) => {
			if (contestants.has(c.id))
				errors.push({
					file: electionFile,
					path: `candidates[${i}].id`,
					expected: 'a candidate id not used before',
					found: JSON.stringify(c.id)
				});
			contestants.set(c.id, 'candidate');
		});
		election.groups.forEach((g, i) => {
			if (contestants.has(g.id))
				errors.push({
					file: electionFile,
					path: `groups[${i}].id`,
					expected: 'a group id not used by a candidate or group',
					found: JSON.stringify(g.id)
				});
			g.members.forEach((m, j) => {
				if (contestants.get(m) !== 'candidate')
					errors.push({
						file: electionFile,
						path: `groups[${i}].members[${j}]`,
						expected: 'the id of a candidate of this election',
						found: `unknown candidate id ${JSON.stringify(m)}`
					});
			});
			contestants.set(g.id, 'group');
			groupMembers.set(g.id, g.members);
		});
		const located: Located<Region>[] = [
			...election.regions.map((item, i) => ({ item, file: electionFile, path: `regions[${i}]` })),
			...fileRegions
		];
		const levels = checkRegionTree(election, electionFile, located, errors);
		for (const { item } of located) {
			regionIds.add(item.id);
			levelOf.set(item.id, levels.levelOf(item));
		}
		finestLevel = levels.finest;
		// The bundle carries every region with its level filled in, election.json's first.
		election = {
			...election,
			regions: located.map(({ item }) => {
				const level = levels.levelOf(item);
				return level === undefined || item.level === level ? item : { ...item, level };
			})
		};
		for (const [c, p] of [
			[election.registeredVoters, 'registeredVoters'],
			[election.countingUnit.total, 'countingUnit.total']
		] as const) {
			if (!c) continue;
			refSource(c.sourceIds, electionFile, p);
			if (c.noteSourceIds)
				c.noteSourceIds.forEach((id, i) => {
					if (!sourceIds.has(id))
						errors.push({
							file: electionFile,
							path: `${p}.noteSourceIds[${i}]`,
							expected: 'the id of a source in sources.json',
							found: `unknown source id ${JSON.stringify(id)}`
						});
				});
		}
	}

	const refContestant = (id: string, file: string, path: string) => {
		if (election && !contestants.has(id))
			errors.push({
				file,
				path,
				expected: 'the id of a candidate or group in election.json',
				found: `unknown candidate id ${JSON.stringify(id)}`
			});
	};

	// Tabulations and snapshots.
	const officials = tabulations.filter((t) => t.item.official);
	if (tabulations.length > 0 && officials.length !== 1)
		errors.push({
			file: (officials[1] ?? tabulations[0])!.file,
			path: `${(officials[1] ?? tabulations[0])!.path}.official`,
			expected: 'exactly one tabulation marked "official": true',
			found: `${officials.length} official tabulations`
		});
	const snapshotIds = new Map<string, string>();
	const tabulationIds = new Set(tabulations.map((t) => t.item.id));
	for (const { item: tab, file, path } of tabulations) {
		refActor(tab.publisher, file, `${path}.publisher`);
		tab.snapshots.forEach((s, si) => {
			const sp = `${path}.snapshots[${si}]`;
			const prev = snapshotIds.get(s.id);
			if (prev)
				errors.push({
					file,
					path: `${sp}.id`,
					expected: `a snapshot id unique in the election (already used at ${prev})`,
					found: JSON.stringify(s.id)
				});
			snapshotIds.set(s.id, `${file} › ${sp}`);
			refSource(s.sourceIds, file, sp);
			(s.counterViews ?? []).forEach((cv, ci) =>
				refSource(cv.sourceIds, file, `${sp}.counterViews[${ci}]`)
			);
			checkResults(s.results, `${sp}.results`);
			const sum = s.results.reduce((a, r) => a + r.votes, 0);
			if (s.totals.valid !== undefined && sum > s.totals.valid)
				errors.push({
					file,
					path: `${sp}.totals.valid`,
					expected: `valid votes ≥ the sum of the results (${sum})`,
					found: String(s.totals.valid)
				});
			const cast = (s.totals.valid ?? 0) + (s.totals.null ?? 0) + (s.totals.blank ?? 0);
			if (s.totals.voters !== undefined && cast > s.totals.voters)
				errors.push({
					file,
					path: `${sp}.totals.voters`,
					expected: `voters ≥ valid + null + blank (${cast})`,
					found: String(s.totals.voters)
				});
			for (const cap of ['electorsOnCountedUnits', 'registered'] as const) {
				const v = s.totals.voters ?? sum;
				const c = s.totals[cap];
				if (c !== undefined && v > c)
					errors.push({
						file,
						path: `${sp}.totals.${cap}`,
						expected: `at least the number of voters (${v})`,
						found: String(c)
					});
			}
			// Every percentage knows its base: a declared base must be one the release can give.
			if (
				election &&
				s.shareBase !== undefined &&
				baseTotal(s, s.shareBase, {
					candidates: election.candidates.map((c) => c.id),
					groups: election.groups
				}) === undefined
			)
				errors.push({
					file,
					path: `${sp}.shareBase`,
					expected:
						s.shareBase === 'voters'
							? 'a base the release gives ("voters" needs totals.voters)'
							: 'a base the release gives ("valid" needs totals.valid or every candidate listed)',
					found: JSON.stringify(s.shareBase)
				});
			checkNotBefore(s.asOf, s.notBefore, file, `${sp}.notBefore`);
			const { unitsCounted, unitsTotal } = s.coverage;
			if (unitsCounted !== undefined && unitsTotal !== undefined && unitsCounted > unitsTotal)
				errors.push({
					file,
					path: `${sp}.coverage.unitsCounted`,
					expected: `no more units counted than the total (${unitsTotal})`,
					found: String(unitsCounted)
				});
			const seenRegions = new Set<string>();
			s.regions.forEach((rr, ri) => {
				const rp = `${sp}.regions[${ri}]`;
				if (!regionIds.has(rr.region))
					errors.push({
						file,
						path: `${rp}.region`,
						expected: 'the id of a region in election.json or regions/*.json',
						found: `unknown region id ${JSON.stringify(rr.region)}`
					});
				if (seenRegions.has(rr.region))
					errors.push({
						file,
						path: `${rp}.region`,
						expected: 'each region once per snapshot',
						found: `${JSON.stringify(rr.region)} again`
					});
				seenRegions.add(rr.region);
				checkResults(rr.results, `${rp}.results`);
				const rsum = rr.results.reduce((a, r) => a + r.votes, 0);
				if (rr.totals.valid !== undefined && rsum > rr.totals.valid)
					errors.push({
						file,
						path: `${rp}.totals.valid`,
						expected: `valid votes ≥ the sum of the results (${rsum})`,
						found: String(rr.totals.valid)
					});
			});

			function checkResults(results: typeof s.results, rpath: string) {
				const seen = new Set<string>();
				results.forEach((r, ri) => {
					// (The path is made only for an error: releases with regions hold thousands of results.)
					if (election && !contestants.has(r.contestant))
						refContestant(r.contestant, file, `${rpath}[${ri}].contestant`);
					if (seen.has(r.contestant))
						errors.push({
							file,
							path: `${rpath}[${ri}].contestant`,
							expected: 'each candidate or group once',
							found: `${JSON.stringify(r.contestant)} again`
						});
					seen.add(r.contestant);
				});
				// A group and one of its members in the same release would count votes twice.
				results.forEach((r, ri) => {
					for (const m of groupMembers.get(r.contestant) ?? [])
						if (seen.has(m))
							errors.push({
								file,
								path: `${rpath}[${ri}].contestant`,
								expected: `a group none of whose members is also listed (${m} is)`,
								found: JSON.stringify(r.contestant)
							});
				});
			}
		});
	}

	if (files.sheets && election)
		checkSheets(
			election,
			tabulations,
			files.sheets,
			files.folder,
			levelOf,
			finestLevel,
			refSource,
			errors
		);

	// Claims.
	for (const { item: c, file, path } of claims) {
		refActor(c.actor, file, `${path}.actor`);
		if (c.notBefore !== undefined && c.madeAt === undefined)
			errors.push({
				file,
				path: `${path}.notBefore`,
				expected: 'a madeAt date that notBefore narrows',
				found: 'notBefore without madeAt'
			});
		else if (c.madeAt !== undefined)
			checkNotBefore(c.madeAt, c.notBefore, file, `${path}.notBefore`);
		refSource(c.sourceIds, file, path);
		if (c.about && !tabulationIds.has(c.about))
			errors.push({
				file,
				path: `${path}.about`,
				expected: 'the id of a tabulation',
				found: `unknown tabulation id ${JSON.stringify(c.about)}`
			});
		if (c.aboutSnapshot && !snapshotIds.has(c.aboutSnapshot))
			errors.push({
				file,
				path: `${path}.aboutSnapshot`,
				expected: 'the id of a snapshot',
				found: `unknown snapshot id ${JSON.stringify(c.aboutSnapshot)}`
			});
		if (!c.madeAt && !c.aboutSnapshot)
			errors.push({
				file,
				path: `${path}.madeAt`,
				expected: 'a date, or an aboutSnapshot when the date is unknown',
				found: 'neither'
			});
		// Responses: by a known actor, with sources, never dated before the claim they answer.
		(c.responses ?? []).forEach((r, ri) => {
			const rp = `${path}.responses[${ri}]`;
			refActor(r.actor, file, `${rp}.actor`);
			refSource(r.sourceIds, file, rp);
			if (election && c.madeAt && isBeforeClaim(r.date, c.madeAt, election.timeZone))
				errors.push({
					file,
					path: `${rp}.date`,
					expected: `a date on or after the claim's (${c.madeAt})`,
					found: JSON.stringify(r.date)
				});
		});
		c.assertions.forEach((a, ai) => {
			const ap = `${path}.assertions[${ai}]`;
			if (a.kind === 'majority') refContestant(a.contestant, file, `${ap}.contestant`);
			if ((a.kind === 'round-percentages' || a.kind === 'chance') && !snapshotIds.has(a.snapshot))
				errors.push({
					file,
					path: `${ap}.snapshot`,
					expected: 'the id of a snapshot',
					found: `unknown snapshot id ${JSON.stringify(a.snapshot)}`
				});
			if (a.kind === 'winner' || a.kind === 'quality')
				refContestant(a.contestant, file, `${ap}.contestant`);
			if (a.kind === 'shares')
				a.shares.forEach((s, si) =>
					refContestant(s.contestant, file, `${ap}.shares[${si}].contestant`)
				);
			if (a.kind === 'votes')
				a.votes.forEach((s, si) =>
					refContestant(s.contestant, file, `${ap}.votes[${si}].contestant`)
				);
			if ((a.kind === 'validates' || a.kind === 'disputes') && !tabulationIds.has(a.tabulation))
				errors.push({
					file,
					path: `${ap}.tabulation`,
					expected: 'the id of a tabulation',
					found: `unknown tabulation id ${JSON.stringify(a.tabulation)}`
				});
		});
	}

	// Statements.
	for (const { item: s, file, path } of statements) {
		s.actors.forEach((a, i) => refActor(a, file, `${path}.actors[${i}]`));
		refSource(s.sourceIds, file, path);
		if (s.revises !== undefined) {
			const prev = statementIds.get(s.revises);
			if (!prev)
				errors.push({
					file,
					path: `${path}.revises`,
					expected: 'the id of an earlier statement',
					found: `unknown statement id ${JSON.stringify(s.revises)}`
				});
			else if (prev.item.date > s.date)
				errors.push({
					file,
					path: `${path}.revises`,
					expected: `a statement dated on or before ${s.date}`,
					found: `${s.revises} dated ${prev.item.date}`
				});
			else if (!prev.item.actors.some((a) => s.actors.includes(a)))
				errors.push({
					file,
					path: `${path}.revises`,
					expected: 'an earlier statement by one of the same actors',
					found: `${s.revises} by ${prev.item.actors.join(', ')}`
				});
		}
	}

	// One translation per quote: the same words quoted in two places carry the same translation,
	// so a reader never meets two versions of one quote (issue 15, point 9).
	const quoteSeen = new Map<string, { at: string; translations: Record<string, string> }>();
	const quoted = [
		...claims.map((l) => ({ ...l, quote: l.item.quote as Claim['quote'] | undefined })),
		...statements.map((l) => ({ ...l, quote: l.item.quote }))
	];
	for (const { quote, file, path } of quoted) {
		if (!quote) continue;
		const key = `${quote.lang}\u0000${quote.text}`;
		const mine = Object.fromEntries(
			Object.entries(quote.translations).map(([l, tr]) => [l, tr!.text])
		);
		const prev = quoteSeen.get(key);
		if (!prev) {
			quoteSeen.set(key, { at: `${file} › ${path}`, translations: mine });
			continue;
		}
		for (const [l, text] of Object.entries(mine)) {
			const other = prev.translations[l];
			if (other !== undefined && other !== text)
				errors.push({
					file,
					path: `${path}.quote.translations.${l}.text`,
					expected: `the same translation as the same quote at ${prev.at} (${JSON.stringify(other)})`,
					found: JSON.stringify(text)
				});
		}
	}

	// Events (markers beside the statements).
	checkUnique(events, 'event', errors);
	for (const { item: ev, file, path } of events) {
		if (ev.actor !== undefined) refActor(ev.actor, file, `${path}.actor`);
		refSource(ev.sourceIds, file, path);
	}

	// Remarks (fact sheet §6): a known actor, sources, and the claim or statement they stand beside.
	checkUnique(remarks, 'remark', errors);
	for (const { item: r, file, path } of remarks) {
		refActor(r.actor, file, `${path}.actor`);
		refSource(r.sourceIds, file, path);
		// Remarks and statements share the timeline's anchors (`#<id>`): one id, one entry.
		const same = statementIds.get(r.id);
		if (same)
			errors.push({
				file,
				path: `${path}.id`,
				expected: `an id not used by a statement (${same.file} › ${same.path})`,
				found: JSON.stringify(r.id)
			});
		if (r.claim !== undefined && !claimIds.has(r.claim))
			errors.push({
				file,
				path: `${path}.claim`,
				expected: 'the id of a claim',
				found: `unknown claim id ${JSON.stringify(r.claim)}`
			});
		if (r.statement !== undefined && !statementIds.has(r.statement))
			errors.push({
				file,
				path: `${path}.statement`,
				expected: 'the id of a statement',
				found: `unknown statement id ${JSON.stringify(r.statement)}`
			});
	}

	if (errors.length > 0 || !election) return { bundle: undefined, errors };
	return {
		bundle: {
			election,
			tabulations: tabulations.map((t) => t.item),
			sources: sources.map((s) => s.item),
			actors: actors.map((a) => a.item),
			claims: claims.map((c) => c.item),
			statements: statements.map((s) => s.item),
			events: events.map((e) => e.item),
			revisions: revisions.map((r) => r.item).sort((a, b) => b.date.localeCompare(a.date)),
			remarks: remarks.map((r) => r.item)
		},
		errors
	};
}

/**
 * The region hierarchy: level ids unique; a region's level declared; a parent exactly one level up
 * (none at the first level); region ids unique across election.json and regions/*.json; no cycles
 * (the level rule already rules them out in valid data; the walk guards what the rule reports).
 */
function checkRegionTree(
	election: Election,
	electionFile: string,
	located: Located<Region>[],
	errors: DataError[]
): { levelOf: (r: Region) => string | undefined; finest: string | undefined } {
	const levels = election.regionLevels ?? [];
	const levelIndex = new Map<string, number>();
	levels.forEach((l, i) => {
		if (levelIndex.has(l.id))
			errors.push({
				file: electionFile,
				path: `regionLevels[${i}].id`,
				expected: 'a level id not used before',
				found: JSON.stringify(l.id)
			});
		else levelIndex.set(l.id, i);
	});
	const first = levels[0]?.id;
	const levelOf = (r: Region) =>
		r.level !== undefined && levelIndex.has(r.level) ? r.level : first;
	const byId = checkUnique(located, 'region', errors);
	const declared = levels.map((l) => JSON.stringify(l.id)).join(', ');
	for (const { item: r, file, path } of located) {
		if (r.level !== undefined && !levelIndex.has(r.level))
			errors.push({
				file,
				path: `${path}.level`,
				expected:
					levels.length > 0
						? `one of the levels declared in election.json regionLevels (${declared})`
						: 'no level: election.json declares no regionLevels',
				found: `unknown level ${JSON.stringify(r.level)}`
			});
		const index = levelIndex.get(levelOf(r) ?? '') ?? 0;
		if (index === 0) {
			if (r.parent !== undefined)
				errors.push({
					file,
					path: `${path}.parent`,
					expected: `no parent for a region of the first level${first ? ` (${JSON.stringify(first)})` : ''}`,
					found: JSON.stringify(r.parent)
				});
			continue;
		}
		const above = levels[index - 1]!.id;
		if (r.parent === undefined) {
			errors.push({
				file,
				path: `${path}.parent`,
				expected: `the id of a region of level ${JSON.stringify(above)} (required below the first level)`,
				found: 'nothing (the field is missing)'
			});
			continue;
		}
		const parent = byId.get(r.parent);
		if (!parent)
			errors.push({
				file,
				path: `${path}.parent`,
				expected: 'the id of a region in election.json or regions/*.json',
				found: `unknown region id ${JSON.stringify(r.parent)}`
			});
		else if (levelOf(parent.item) !== above)
			errors.push({
				file,
				path: `${path}.parent`,
				expected: `a region of level ${JSON.stringify(above)}, the level just above ${JSON.stringify(levelOf(r))}`,
				found: `${JSON.stringify(r.parent)} of level ${JSON.stringify(levelOf(parent.item))}`
			});
	}
	for (const { item: r, file, path } of located) {
		const chain = [r.id];
		let next = r.parent;
		while (next !== undefined && byId.has(next) && !chain.includes(next)) {
			chain.push(next);
			next = byId.get(next)!.item.parent;
		}
		if (next === r.id)
			errors.push({
				file,
				path,
				expected: 'a chain of parents that ends at a first-level region',
				found: `a cycle ${[...chain, r.id].join(' → ')}`
			});
	}
	return { levelOf, finest: levels[levels.length - 1]?.id };
}

/**
 * The messages of the rows with a problem, in row order: a region of `verdict` other than 0,
 * candidates above the valid votes, valid + null above the registered electors.
 */
function rowProblems(
	t: SheetTable,
	verdict: Uint8Array,
	file: string,
	levelOf: Map<string, string | undefined>,
	finestLevel: string | undefined,
	errors: DataError[]
) {
	const nc = t.candidates.length;
	const ids = t.regionIds;
	const at = (i: number) => `row ${i + 1} (sheet ${JSON.stringify(t.sheetOf(i))})`;
	for (let i = 0; i < t.length; i++) {
		const ri = t.region[i]!;
		const v = verdict[ri]!;
		if (v === 1)
			errors.push({
				file,
				path: `${at(i)}.region`,
				expected: 'the id of a region in election.json or regions/*.json',
				found: `unknown region id ${JSON.stringify(ids[ri])}`
			});
		else if (v === 2)
			errors.push({
				file,
				path: `${at(i)}.region`,
				expected: `a region of the finest level (${JSON.stringify(finestLevel)})`,
				found: `${JSON.stringify(ids[ri])} of level ${JSON.stringify(levelOf.get(ids[ri]!))}`
			});
		const valid = t.valid[i]!;
		const nul = t.nul[i]!;
		let cand = 0;
		for (let k = 0, b = i * nc; k < nc; k++) cand += t.votes[b + k]!;
		if (cand > valid)
			errors.push({
				file,
				path: `${at(i)}.valid`,
				expected: `valid votes ≥ the sum of the candidates (${cand})`,
				found: String(valid)
			});
		const reg = t.registered[i]!;
		if (reg >= 0 && valid + nul > reg)
			errors.push({
				file,
				path: `${at(i)}.registered`,
				expected: `registered electors ≥ valid + null (${valid + nul})`,
				found: String(reg)
			});
	}
}

/**
 * Sheet files against their snapshots: every snapshot with `sheets` has its file and every file its
 * snapshot; the header lists the election's candidates in order; each row names a known region of
 * the finest level and is consistent (candidates ≤ valid, valid + null ≤ registered); the row count
 * and the sums (nationally and in every region the snapshot reports, groups as the sum of their
 * members) equal the snapshot's figures.
 */
function checkSheets(
	election: Election,
	tabulations: Located<Tabulation>[],
	sheetFiles: RawSheetFile[],
	folder: string,
	levelOf: Map<string, string | undefined>,
	finestLevel: string | undefined,
	refSource: (ids: string[], file: string, path: string) => void,
	errors: DataError[]
) {
	const bySnapshot = new Map(sheetFiles.map((f) => [f.snapshotId, f]));
	const declared = new Set<string>();
	const parentOf = new Map(election.regions.map((r) => [r.id, r.parent]));
	const members = new Map(election.groups.map((g) => [g.id, g.members]));
	const candidateIds = election.candidates.map((c) => c.id);
	// (The path of a figure is made only when it differs: a release has thousands of figures.)
	const compare = (
		file: string,
		path: () => string,
		what: string,
		published: number | undefined,
		sum: number,
		sheetFile: string
	) => {
		if (published !== undefined && published !== sum)
			errors.push({
				file,
				path: path(),
				expected: `${what} equal to the sum of the rows of ${sheetFile} (${sum})`,
				found: String(published)
			});
	};
	for (const { item: tab, file, path } of tabulations) {
		tab.snapshots.forEach((s, si) => {
			if (!s.sheets) return;
			const sp = `${path}.snapshots[${si}]`;
			declared.add(s.id);
			refSource(s.sheets.sourceIds, file, `${sp}.sheets`);
			const sf = bySnapshot.get(s.id);
			if (!sf) {
				errors.push({
					file,
					path: `${sp}.sheets`,
					expected: `a sheet file ${folder}/sheets/${s.id}.csv`,
					found: 'no such file'
				});
				return;
			}
			if (sf.candidates.join(',') !== candidateIds.join(','))
				errors.push({
					file: sf.file,
					path: 'line 1',
					expected: `the election's candidate ids in order (${candidateIds.join(',')})`,
					found: JSON.stringify(sf.candidates.join(','))
				});
			const t = sf.table ?? SheetTable.fromRows(sf.rows ?? [], sf.candidates);
			if (t.length !== s.sheets.rows)
				errors.push({
					file,
					path: `${sp}.sheets.rows`,
					expected: `the number of rows in ${sf.file} (${t.length})`,
					found: String(s.sheets.rows)
				});
			// The sums of every area (area-sums.ts): rows, valid, null, registered, then the votes of
			// each column of the table (`stride` slots).
			const { stride, used, consistent, national, byArea } = sumAreas(t, parentOf);
			// Per region of the table: 0 known and of the finest level, 1 unknown, 2 another level.
			const verdict = Uint8Array.from(t.regionIds, (id) =>
				!levelOf.has(id) ? 1 : finestLevel !== undefined && levelOf.get(id) !== finestLevel ? 2 : 0
			);
			// The messages are made only for a table with a problem (one pass more, on the error path).
			if (!consistent || verdict.some((v, ri) => v !== 0 && used[ri] === 1))
				rowProblems(t, verdict, sf.file, levelOf, finestLevel, errors);
			// A vote column's id is looked up by `colOf` (the last column of an id, as a map of id to
			// votes filled column by column would keep it).
			const colOf = new Map(t.candidates.map((id, k) => [id, k]));
			const votesOf = (sums: Float64Array, contestant: string) =>
				(members.get(contestant) ?? [contestant]).reduce((a, m) => {
					const k = colOf.get(m);
					return a + (k === undefined ? 0 : sums[VOTES + k]!);
				}, 0);
			/** The figures of the release (`ri` undefined) or of its `ri`th region against `sums`. */
			const checkArea = (
				results: { contestant: string; votes: number }[],
				totals: { valid?: number; null?: number },
				units: number | undefined,
				sums: Float64Array,
				ri: number | undefined
			) => {
				const at = () => (ri === undefined ? sp : `${sp}.regions[${ri}]`);
				const covered = new Set<string>();
				results.forEach((r, i) => {
					for (const m of members.get(r.contestant) ?? [r.contestant]) covered.add(m);
					const votes = () => `${at()}.results[${i}].votes`;
					compare(file, votes, 'votes', r.votes, votesOf(sums, r.contestant), sf.file);
				});
				for (const [id, k] of colOf) {
					const v = sums[VOTES + k]!;
					if (v > 0 && !covered.has(id))
						errors.push({
							file,
							path: `${at()}.results`,
							expected: `a result for ${JSON.stringify(id)} (the rows of ${sf.file} give it ${v} votes)`,
							found: 'none'
						});
				}
				const valid = () => `${at()}.totals.valid`;
				const nul = () => `${at()}.totals.null`;
				const counted = () => `${at()}.${ri === undefined ? 'coverage.' : ''}unitsCounted`;
				compare(file, valid, 'valid votes', totals.valid, sums[VALID]!, sf.file);
				compare(file, nul, 'null votes', totals.null, sums[NULL]!, sf.file);
				compare(file, counted, 'units counted', units, sums[ROWS]!, sf.file);
			};
			checkArea(s.results, s.totals, s.coverage.unitsCounted, national, undefined);
			s.regions.forEach((rr, ri) =>
				checkArea(
					rr.results,
					rr.totals,
					rr.unitsCounted,
					byArea.get(rr.region) ?? new Float64Array(stride),
					ri
				)
			);
		});
	}
	for (const sf of sheetFiles)
		if (!declared.has(sf.snapshotId))
			errors.push({
				file: sf.file,
				path: '',
				expected: `a snapshot ${JSON.stringify(sf.snapshotId)} with a "sheets" field`,
				found: 'a sheet file no snapshot declares'
			});
}
