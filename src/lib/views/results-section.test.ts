import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import { buildResultsSection } from './results-section';
import { buildOutstanding } from './snapshot-outstanding';
import type { ElectionBundle } from '../data/bundle';

const bundle = getElection('venezuela-2024') as ElectionBundle;
/** Intl separates number and % with a no-break space in Spanish; compare as plain spaces. */
const plain = (s: string) => s.replace(/\u00a0/g, ' ');

describe('buildResultsSection (Venezuela 2024)', () => {
	const es = buildResultsSection(bundle, 'es');
	const en = buildResultsSection(bundle, 'en');

	it('puts the official tabulation first, with its latest release', () => {
		expect(es.tabulations.map((x) => x.id)).toEqual(['cne', 'opposition-tally-sheets']);
		expect(es.tabulations[0]!.latest.snapshotId).toBe('cne-bulletin-2');
		expect(es.tabulations[1]!.latest.snapshotId).toBe('opposition-83-5');
		expect(es.tabulations[0]!.snapshots.map((s) => s.id)).toEqual([
			'cne-bulletin-1',
			'cne-bulletin-2'
		]);
	});

	it('writes the CNE bulletin 1 verdict from the numbers, in both locales', () => {
		const b1 = es.outstanding.find((o) => o.snapshotId === 'cne-bulletin-1')!;
		expect(plain(b1.sentence)).toBe(
			'Con el 80 % anunciado, González necesitaba el 64,0 % de los votos restantes (61,7 % si los demás candidatos mantienen su 4,6 %): el resultado no era matemáticamente irreversible.'
		);
		expect(b1.verdict).toBe('not-decided');
		const b1en = en.outstanding.find((o) => o.snapshotId === 'cne-bulletin-1')!;
		expect(b1en.sentence).toBe(
			'With 80% announced, González needed 64.0% of the remaining vote (61.7% if the other candidates kept their 4.6%): the result was not mathematically irreversible.'
		);
		// The alternative estimate from registered electors × announced turnout (fact sheet §1a, §1c).
		expect(b1.estimates.map((e) => e.method)).toEqual(['unit-average', 'registered-turnout']);
		expect(b1.estimates[1]!.outstanding).toBeCloseTo(21321805 * 0.2 * 0.59, 3);
	});

	it('lists every release below 100 %, and says when only two candidates were published', () => {
		expect(es.outstanding.map((o) => o.snapshotId)).toEqual([
			'cne-bulletin-1',
			'cne-bulletin-2',
			'opposition-73-2',
			'opposition-81-21',
			'opposition-81-7',
			'opposition-83-5'
		]);
		const o73 = en.outstanding.find((o) => o.snapshotId === 'opposition-73-2')!;
		expect(o73.partial).toBe(true);
		expect(o73.sentence).toContain('Only the votes of González and Maduro were published');
		expect(o73.verdict).toBe('decided');
		const b2 = en.outstanding.find((o) => o.snapshotId === 'cne-bulletin-2')!;
		expect(b2.verdict).toBe('decided');
		expect(b2.sentence).toMatch(
			/^With 96\.87% announced, González needed 1\d\d\.\d% of the remaining vote/
		);
	});

	it('flags announced shares only where they differ at their precision', () => {
		const b2 = es.tabulations[0]!.latest;
		expect(b2.rows.every((r) => !r.announcedDiffers)).toBe(true);
		const bundleTables = buildResultsSection(bundle, 'en').timeline;
		expect(bundleTables.lines).toHaveLength(4);
	});

	it('pairs the latest releases, combining the 8 listed minor candidates into the group', () => {
		const c = en.compare!['cne']!;
		expect(en.compare!['opposition-tally-sheets']!.series[0]!.id).toBe('opposition-83-5');
		expect(c.categories.map((x) => x.id)).toEqual(['maduro', 'gonzalez', 'others']);
		const others = c.series[0]!.values[2]!;
		expect(others.votes).toBe(152360 + 116421 + 92903 + 84231 + 64452 + 40902 + 29611 + 20056);
		expect(others.announced).toBeUndefined();
		expect(c.series[1]!.values[2]!.votes).toBe(267640);
		expect(c.notes.join(' ')).toContain('combined by Escrutinio from the 8 counts');
	});

	it('timeline: each tabulation × leading candidate, with coverage from units when published', () => {
		const tl = es.timeline;
		const cneMaduro = tl.lines.find((l) => l.official && l.candidate === 'Maduro')!;
		expect(cneMaduro.points.map((p) => p.coverage)).toEqual([80, 96.87]);
		const oppGonzalez = tl.lines.find((l) => !l.official && l.candidate === 'González')!;
		expect(oppGonzalez.points[0]!.coverage).toBeCloseTo(73.2, 10);
		expect(oppGonzalez.points[3]!.coverage).toBeCloseTo((25073 / 30026) * 100, 10);
		expect(oppGonzalez.points[0]!.partial).toBe(true);
		// Range starts at midnight, Caracas time, of 29 July 2024 (UTC−4).
		expect(tl.range[0]).toBe(Date.UTC(2024, 6, 29, 4));
	});
});

describe('buildOutstanding edge cases', () => {
	const cne = bundle.tabulations.find((x) => x.id === 'cne')!;
	const base = cne.snapshots[0]!;
	it('100 % coverage: nothing outstanding, decided', () => {
		const m = buildOutstanding(
			bundle,
			cne,
			{ ...base, coverage: { unitsCounted: 10, unitsTotal: 10 } },
			'en'
		);
		expect(m.verdict).toBe('decided');
		expect(m.sentence).toContain('no votes were left to count');
	});
	it('0 % coverage: cannot be computed, said in words', () => {
		const m = buildOutstanding(
			bundle,
			cne,
			{ ...base, coverage: { unitsCounted: 0, unitsTotal: 10 } },
			'es'
		);
		expect(m.verdict).toBe('cannot-compute');
		expect(m.sentence).toBe('No se puede calcular: no había votos contados.');
	});
	it('a tie is not decided', () => {
		const m = buildOutstanding(
			bundle,
			cne,
			{
				...base,
				results: [
					{ contestant: 'maduro', votes: 100 },
					{ contestant: 'gonzalez', votes: 100 },
					{ contestant: 'others', votes: 10 }
				]
			},
			'en'
		);
		expect(m.verdict).toBe('not-decided');
		expect(m.sentence).toContain('were tied');
	});
});
