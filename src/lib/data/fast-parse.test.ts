import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { RegionResultSchema, TabulationSchema } from '../schemas';
import { validateElectionFiles, type RawElectionFiles } from './bundle';
import { fastRegionResults, fastTabulation } from './fast-parse';

const RegionResults = z.array(RegionResultSchema);
const opposition = JSON.parse(
	readFileSync('src/data/elections/venezuela-2024/tabulations/opposition.json', 'utf8')
) as unknown[];

/** A small deterministic generator (the same cases on every run). */
function rng(seed: number) {
	let s = seed >>> 0;
	return () => {
		s = (s * 1664525 + 1013904223) >>> 0;
		return s / 2 ** 32;
	};
}

/** Values a field may wrongly hold, and some odd right ones. */
const ODD: unknown[] = [
	undefined,
	null,
	-1,
	-0,
	0,
	1.5,
	100,
	100.5,
	2 ** 53,
	Number.NaN,
	Infinity,
	'',
	'x',
	'Bad Id',
	'a--b',
	'ok-id',
	'tab\there',
	'ctl\u0001',
	true,
	[],
	{},
	[1],
	{ a: 1 }
];

/** Copy `v` and change one thing deep inside it (a value, a missing or an extra key). */
function mutate(v: unknown, rand: () => number): unknown {
	const pick = <T>(xs: T[]) => xs[Math.floor(rand() * xs.length)]!;
	if (v === null || typeof v !== 'object' || rand() < 0.15) return pick(ODD);
	const copy: Record<string, unknown> | unknown[] = Array.isArray(v) ? [...v] : { ...v };
	const keys = Object.keys(copy);
	const r = rand();
	if (r < 0.1 && !Array.isArray(copy)) copy[pick(['extra', 'regions', 'votes', '__proto__x'])] = 1;
	else if (r < 0.2 && keys.length > 0) {
		if (Array.isArray(copy)) copy.length = Math.floor(rand() * copy.length);
		else delete copy[pick(keys)];
	} else if (keys.length > 0) {
		const k = pick(keys);
		(copy as Record<string, unknown>)[k] = mutate((copy as Record<string, unknown>)[k], rand);
	}
	return copy;
}

/** The fast path may only say "valid" where zod does, and then give exactly zod's output. */
function agrees<T>(
	fast: (v: unknown) => T | undefined,
	schema: z.ZodType<T>,
	v: unknown
): 'fast' | 'zod' {
	const quick = fast(v);
	const r = schema.safeParse(v);
	if (quick === undefined) return 'zod';
	expect(r.success, JSON.stringify(v)?.slice(0, 300)).toBe(true);
	// Same values and the same key order (the CLI writes objects made from this output).
	expect(JSON.stringify(quick)).toBe(JSON.stringify(r.data));
	expect(quick).toEqual(r.data);
	return 'fast';
}

describe('fastRegionResults', { timeout: 60_000 }, () => {
	const regions = (opposition as { snapshots: { regions?: unknown }[] }[]).flatMap((t) =>
		t.snapshots.map((s) => s.regions).filter((r) => r !== undefined)
	);

	it('takes the real results per region, as zod gives them', () => {
		expect(regions.length).toBeGreaterThan(0);
		for (const r of regions) expect(agrees(fastRegionResults, RegionResults, r)).toBe('fast');
	});

	it('gives totals {} where they are missing, and keeps the schema’s key order', () => {
		const v = [
			{ totals: { null: 1, valid: 2 }, results: [{ votes: 3, contestant: 'a' }], region: 'r' }
		];
		expect(agrees(fastRegionResults, RegionResults, v)).toBe('fast');
		const w = [
			{
				region: 'r',
				results: [{ contestant: 'a', votes: 3, announcedText: '3 %', announcedPercent: 3 }]
			}
		];
		expect(agrees(fastRegionResults, RegionResults, w)).toBe('fast');
		expect(fastRegionResults(w)![0]!.totals).toEqual({});
	});

	it('never accepts what zod refuses (2,000 generated bad or odd lists), and zod words them', () => {
		const rand = rng(9);
		const small = regions.map((r) => (r as unknown[]).slice(0, 12));
		let refused = 0;
		for (let i = 0; i < 2000; i++) {
			const v = mutate(small[i % small.length], rand);
			if (!RegionResults.safeParse(v).success) {
				refused++;
				expect(fastRegionResults(v)).toBeUndefined();
			} else agrees(fastRegionResults, RegionResults, v);
		}
		expect(refused).toBeGreaterThan(1000);
	});
});

describe('fastTabulation', { timeout: 60_000 }, () => {
	it('takes the real tabulations, as zod gives them', () => {
		for (const t of opposition) expect(agrees(fastTabulation, TabulationSchema, t)).toBe('fast');
	});

	it('never accepts what zod refuses (1,000 generated changes anywhere in a tabulation)', () => {
		const rand = rng(17);
		const small = (opposition as { snapshots: { regions?: unknown[] }[] }[]).map((t) => ({
			...t,
			snapshots: t.snapshots.map((s) => (s.regions ? { ...s, regions: s.regions.slice(0, 6) } : s))
		}));
		let refused = 0;
		for (let i = 0; i < 1000; i++) {
			const v = mutate(small[i % small.length], rand);
			if (!TabulationSchema.safeParse(v).success) {
				refused++;
				expect(fastTabulation(v)).toBeUndefined();
			} else agrees(fastTabulation, TabulationSchema, v);
		}
		expect(refused).toBeGreaterThan(300);
	});

	it('leaves the messages to zod: a bad count deep in a region reads as before', () => {
		const t = structuredClone(opposition[0]) as {
			snapshots: { regions?: { results: { votes: unknown }[] }[] }[];
		};
		const s = t.snapshots.findIndex((x) => x.regions && x.regions.length > 100);
		t.snapshots[s]!.regions![100]!.results[1]!.votes = -4;
		const files = {
			folder: 'x/venezuela-2024',
			election: undefined,
			regions: [],
			tabulations: [{ file: 'x/venezuela-2024/tabulations/opposition.json', data: [t] }],
			sources: [],
			actors: [],
			claims: [],
			statements: [],
			events: [],
			revisions: [],
			remarks: []
		} satisfies RawElectionFiles;
		const { errors } = validateElectionFiles(files);
		expect(errors).toContainEqual({
			file: 'x/venezuela-2024/tabulations/opposition.json',
			path: `[0].snapshots[${s}].regions[100].results[1].votes`,
			expected: 'a count ≥ 0',
			found: '-4'
		});
	});
});
