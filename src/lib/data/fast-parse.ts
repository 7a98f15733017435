import { TabulationSchema, type RegionResult, type Result, type Tabulation } from '../schemas';
import type { ParseMemo } from './bundle';

/**
 * A fast path beside zod for the one large part of an election's JSON: a release's results per
 * region (`snapshots[].regions`, over 14,000 results for one with every parish), parsed in full by
 * every data check and twice by every CLI write. `zod` stays the judge: these functions only say
 * "valid, and here is what zod would give" for plain JSON data they are sure of, and `undefined`
 * for anything else — invalid or merely unusual (an `undefined` value, an object that is not a
 * plain one, a huge integer) — and then the caller runs zod itself, so every message is zod's own.
 * They never accept what zod refuses, and what they give equals zod's output (keys in the schema's
 * order, `totals` defaulting to `{}`): see fast-parse.test.ts, which holds them to that over
 * generated good and bad data.
 */

// The same rules as IdSchema, TextSchema (common.ts).
const ID = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
// eslint-disable-next-line no-control-regex
const TEXT = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]*$/;

const plain = (v: unknown): v is Record<string, unknown> => {
	if (v === null || typeof v !== 'object' || Array.isArray(v)) return false;
	const proto = Object.getPrototypeOf(v);
	return proto === Object.prototype || proto === null;
};
const isId = (v: unknown): v is string => typeof v === 'string' && ID.test(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.length > 0 && TEXT.test(v);
/** CountSchema; integers beyond 2^53 are left to zod. */
const isCount = (v: unknown): v is number =>
	typeof v === 'number' && Number.isSafeInteger(v) && v >= 0;
const isPercent = (v: unknown): v is number => typeof v === 'number' && v >= 0 && v <= 100;

const TOTALS = [
	'valid',
	'null',
	'blank',
	'voters',
	'electorsOnCountedUnits',
	'registered'
] as const;
const TOTALS_SET = new Set<string>(TOTALS);

function totals(v: unknown): RegionResult['totals'] | undefined {
	if (!plain(v)) return undefined;
	for (const k in v) if (!TOTALS_SET.has(k) || !isCount(v[k])) return undefined;
	const out: RegionResult['totals'] = {};
	for (const k of TOTALS) if (k in v) out[k] = v[k] as number;
	return out;
}

function result(v: unknown): Result | undefined {
	if (!plain(v)) return undefined;
	for (const k in v) {
		const x = v[k];
		if (k === 'contestant') {
			if (!isId(x)) return undefined;
		} else if (k === 'votes') {
			if (!isCount(x)) return undefined;
		} else if (k === 'announcedPercent') {
			if (!isPercent(x)) return undefined;
		} else if (k !== 'announcedText' || !isText(x)) return undefined;
	}
	if (!('contestant' in v) || !('votes' in v)) return undefined;
	const out: Result = { contestant: v.contestant as string, votes: v.votes as number };
	if ('announcedPercent' in v) out.announcedPercent = v.announcedPercent as number;
	if ('announcedText' in v) out.announcedText = v.announcedText as string;
	return out;
}

function regionResult(v: unknown): RegionResult | undefined {
	if (!plain(v)) return undefined;
	for (const k in v)
		if (k !== 'region' && k !== 'unitsCounted' && k !== 'results' && k !== 'totals')
			return undefined;
	if (!isId(v.region)) return undefined;
	if ('unitsCounted' in v && !isCount(v.unitsCounted)) return undefined;
	const rs = v.results;
	if (!Array.isArray(rs) || rs.length === 0) return undefined;
	const results: Result[] = new Array(rs.length);
	for (let i = 0; i < rs.length; i++) {
		if (!(i in rs)) return undefined;
		const r = result(rs[i]);
		if (!r) return undefined;
		results[i] = r;
	}
	const t = 'totals' in v ? totals(v.totals) : {};
	if (!t) return undefined;
	const out = { region: v.region } as RegionResult;
	if ('unitsCounted' in v) out.unitsCounted = v.unitsCounted as number;
	out.results = results;
	out.totals = t;
	return out;
}

/**
 * `z.array(RegionResultSchema)` for data that is surely valid: its output, or undefined (then ask
 * zod, valid or not).
 */
export function fastRegionResults(v: unknown): RegionResult[] | undefined {
	if (!Array.isArray(v)) return undefined;
	const out: RegionResult[] = new Array(v.length);
	for (let i = 0; i < v.length; i++) {
		if (!(i in v)) return undefined;
		const r = regionResult(v[i]);
		if (!r) return undefined;
		out[i] = r;
	}
	return out;
}

/** Freeze a list of results per region that `fastRegionResults` took, or its output, all through. */
function freezeRegions(list: unknown[]): void {
	for (const r of list as Record<string, unknown>[]) {
		for (const x of r.results as object[]) Object.freeze(x);
		Object.freeze(r.results);
		if (r.totals) Object.freeze(r.totals);
		Object.freeze(r);
	}
	Object.freeze(list);
}

/**
 * `fastRegionResults`, kept in `memo` (keyed by the list) when given: a second validation of the
 * same list gives the same output at once. Kept lists are frozen, input and output (nothing can
 * change them in place behind the memo: an attempt throws), so the same list is the same data.
 */
function regionResultsOnce(v: unknown, memo: ParseMemo | undefined): RegionResult[] | undefined {
	if (!memo || !Array.isArray(v)) return fastRegionResults(v);
	const kept = memo.get(v);
	if (kept && 'regions' in kept) return kept.regions;
	const out = fastRegionResults(v);
	if (out) {
		freezeRegions(v);
		freezeRegions(out);
		memo.set(v, { regions: out });
	}
	return out;
}

/**
 * `TabulationSchema.safeParse` with the results per region taken by `fastRegionResults`: zod
 * parses the tabulation without them (strict objects check each field on its own, so the whole is
 * valid exactly when both parts are), then they are put back. Undefined when either part is not
 * surely valid: then parse with zod (for its messages). With a `memo` (the data CLI), a release's
 * results per region already taken are not taken again (see `ParseMemo`).
 */
export function fastTabulation(v: unknown, memo?: ParseMemo): Tabulation | undefined {
	if (!plain(v) || !Array.isArray(v.snapshots)) return undefined;
	const snapshots: unknown[] = [];
	const regions: (RegionResult[] | undefined)[] = [];
	for (let i = 0; i < v.snapshots.length; i++) {
		const s: unknown = v.snapshots[i];
		if (!plain(s) || !('regions' in s)) {
			snapshots.push(s);
			regions.push(undefined);
			continue;
		}
		const rr = regionResultsOnce(s.regions, memo);
		if (!rr) return undefined;
		const rest: Record<string, unknown> = {};
		for (const k in s) if (k !== 'regions') rest[k] = s[k];
		snapshots.push(rest);
		regions.push(rr);
	}
	const r = TabulationSchema.safeParse({ ...v, snapshots });
	if (!r.success) return undefined;
	r.data.snapshots.forEach((s, i) => {
		const rr = regions[i];
		if (rr) s.regions = rr;
	});
	return r.data;
}
