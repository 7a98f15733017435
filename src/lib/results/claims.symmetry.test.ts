/**
 * One rule for both sides (issue 15): a verdict depends on the numbers and the stated tolerance
 * only. In generated elections, swapping the roles of the two tabulations (which one is official,
 * who publishes it), of the claimants, of what each claim is "about", and of the two leading
 * candidates must give the mirrored verdicts exactly.
 */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { compareClaim } from './claims';
import type { Assertion, Claim } from '../schemas/claim';
import type { ShareBase, Snapshot, Tabulation } from '../schemas/tabulation';
import type { ReleaseContext } from './release';

const CTX: ReleaseContext = { candidates: ['a', 'b', 'c'], groups: [] };
const TZ = 'America/Caracas';
const swapId = (id: string) => (id === 'a' ? 'b' : id === 'b' ? 'a' : id);

const snapshotArb = (tab: string, i: number) =>
	fc
		.record({
			a: fc.integer({ min: 0, max: 3_000_000 }),
			b: fc.integer({ min: 0, max: 3_000_000 }),
			c: fc.option(fc.integer({ min: 0, max: 300_000 }), { nil: undefined }),
			nullVotes: fc.option(fc.integer({ min: 0, max: 200_000 }), { nil: undefined }),
			coverage: fc.integer({ min: 1, max: 100 }),
			hour: fc.integer({ min: 0, max: 23 }),
			day: fc.integer({ min: 29, max: 31 }),
			dateOnly: fc.boolean(),
			base: fc.constantFrom<ShareBase | undefined>(undefined, 'listed', 'voters', 'valid')
		})
		.map((r): Snapshot => {
			const results = [
				{ contestant: 'a', votes: r.a },
				{ contestant: 'b', votes: r.b },
				...(r.c === undefined ? [] : [{ contestant: 'c', votes: r.c }])
			];
			const listed = results.reduce((x, y) => x + y.votes, 0);
			const totals =
				r.nullVotes === undefined
					? {}
					: r.c === undefined
						? { voters: listed + r.nullVotes }
						: { valid: listed, null: r.nullVotes, voters: listed + r.nullVotes };
			// Only a base the release can give (validation refuses the others).
			const base =
				r.base === 'voters' && totals.voters === undefined
					? undefined
					: r.base === 'valid' && r.c === undefined
						? undefined
						: r.base;
			const date = `2024-07-${r.day}`;
			return {
				id: `${tab}-${i}`,
				label: { es: `${tab} ${i}`, en: `${tab} ${i}` },
				asOf: r.dateOnly ? date : `${date}T${String(r.hour).padStart(2, '0')}:00:00-04:00`,
				coverage: { announcedPercent: r.coverage },
				results,
				totals,
				...(base ? { shareBase: base } : {}),
				regions: [],
				sourceIds: ['s']
			};
		});

const tabulationArb = (id: string, official: boolean, publisher: string) =>
	fc
		.array(fc.constant(0), { minLength: 1, maxLength: 3 })
		.chain((xs) => fc.tuple(...xs.map((_, i) => snapshotArb(id, i))))
		.map((snapshots): Tabulation => ({
			id,
			name: { es: id, en: id },
			kind: official ? 'official-bulletins' : 'collected-tally-sheets',
			official,
			publisher,
			snapshots
		}));

const contestantArb = fc.constantFrom('a', 'b');
const assertionArb: fc.Arbitrary<Assertion> = fc.oneof(
	contestantArb.map((c): Assertion => ({ kind: 'winner', contestant: c })),
	contestantArb.map((c): Assertion => ({ kind: 'majority', contestant: c })),
	contestantArb.map((c): Assertion => ({ kind: 'quality', word: 'irreversible', contestant: c })),
	fc.integer({ min: 1, max: 100 }).map((p): Assertion => ({ kind: 'coverage', percent: p })),
	fc
		.record({
			pa: fc.integer({ min: 0, max: 100 }),
			pb: fc.integer({ min: 0, max: 100 }),
			base: fc.constantFrom<ShareBase>('valid', 'voters', 'listed')
		})
		.map(({ pa, pb, base }): Assertion => ({
			kind: 'shares',
			shares: [
				{ contestant: 'a', percent: pa },
				{ contestant: 'b', percent: pb }
			],
			base
		}))
);

const claimArb = fc
	.record({
		actor: fc.constantFrom('p1', 'p2'),
		about: fc.constantFrom<string | undefined>('t1', 't2', undefined),
		day: fc.integer({ min: 29, max: 31 }),
		hour: fc.integer({ min: 0, max: 23 }),
		dateOnly: fc.boolean(),
		assertions: fc.array(assertionArb, { minLength: 1, maxLength: 4 })
	})
	.map((r): Claim => ({
		id: 'c',
		actor: r.actor,
		madeAt: r.dateOnly
			? `2024-07-${r.day}`
			: `2024-07-${r.day}T${String(r.hour).padStart(2, '0')}:30:00-04:00`,
		quote: { text: 'x', lang: 'es', kind: 'paraphrase', translations: {} },
		assertions: r.assertions,
		...(r.about ? { about: r.about } : {}),
		secondHand: false,
		sourceIds: ['s']
	}));

/** The mirror image: roles of tabulations, claimants, "about" and the two candidates exchanged. */
function mirrorTabulation(t: Tabulation, other: Tabulation): Tabulation {
	return {
		...t,
		official: other.official,
		publisher: other.publisher,
		kind: other.kind,
		snapshots: t.snapshots.map((s) => ({
			...s,
			results: s.results.map((r) => ({ ...r, contestant: swapId(r.contestant) }))
		}))
	};
}

function mirrorClaim(c: Claim): Claim {
	const assertions = c.assertions.map((a): Assertion => {
		switch (a.kind) {
			case 'winner':
			case 'majority':
			case 'quality':
				return { ...a, contestant: swapId(a.contestant) };
			case 'shares':
				return {
					...a,
					shares: a.shares.map((s) => ({ ...s, contestant: swapId(s.contestant) }))
				};
			default:
				return a;
		}
	});
	return {
		...c,
		actor: c.actor === 'p1' ? 'p2' : 'p1',
		...(c.about ? { about: c.about === 't1' ? 't2' : 't1' } : {}),
		assertions
	};
}

/** Verdicts by tabulation id: the overall one and one per release row. */
const verdicts = (claim: Claim, tabs: Tabulation[]) =>
	Object.fromEntries(
		compareClaim(claim, tabs, TZ, CTX).tabulations.map((t) => [
			t.tabulation,
			{ verdict: t.verdict, rows: t.rows.map((r) => [r.snapshot, r.timing, r.verdict]) }
		])
	);

describe('one rule for both sides', () => {
	it('mirrored elections and claims get mirrored verdicts', () => {
		fc.assert(
			fc.property(
				tabulationArb('t1', true, 'p1'),
				tabulationArb('t2', false, 'p2'),
				claimArb,
				(t1, t2, claim) => {
					const original = verdicts(claim, [t1, t2]);
					const mirrored = verdicts(mirrorClaim(claim), [
						mirrorTabulation(t1, t2),
						mirrorTabulation(t2, t1)
					]);
					expect(mirrored).toEqual(original);
				}
			),
			{ numRuns: 100 }
		);
	}, 60_000);

	it('a claim is held to the same tolerance against its own count as against the other one', () => {
		// The same numbers published by either side, and a claim about either: the same verdict.
		fc.assert(
			fc.property(tabulationArb('t1', true, 'p1'), claimArb, (t1, claim) => {
				const t2: Tabulation = {
					...t1,
					id: 't2',
					official: false,
					publisher: 'p2',
					snapshots: t1.snapshots.map((s) => ({ ...s, id: `t2-${s.id}` }))
				};
				const out = compareClaim(claim, [t1, t2], TZ, CTX).tabulations;
				const v1 = out.find((t) => t.tabulation === 't1');
				const v2 = out.find((t) => t.tabulation === 't2');
				expect(v2?.verdict).toBe(v1?.verdict);
				expect(v2?.rows.map((r) => r.verdict)).toEqual(v1?.rows.map((r) => r.verdict));
			}),
			{ numRuns: 100 }
		);
	}, 60_000);
});
