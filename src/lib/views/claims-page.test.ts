import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import { buildClaimsPage, formatProbability } from './claims-page';
import { buildClaimsSummary } from './claims-summary';

const bundle = getElection('venezuela-2024')!;
// Intl puts a no-break space before % in Spanish.
const nb = (s: string) => s.replace(/ /g, '\u00a0');

describe('claims page model', () => {
	it('puts the cards in time order, undated analyses last', () => {
		const ids = buildClaimsPage(bundle, 'en').cards.map((c) => c.id);
		// Both CNE claims were made at 00:06 while reading bulletin 1: data order decides.
		expect(ids.slice(0, 3)).toEqual([
			'cne-bulletin-1-irreversible',
			'cne-transmission-attack',
			'machado-night-70-30'
		]);
		expect(ids.slice(-2)).toEqual(['round-percentages-mowszet', 'round-percentages-tao']);
	});

	it('says how much of the outstanding vote González needed against the "irreversible" claim', () => {
		for (const [lang, needed, minors] of [
			['en', '64.0%', '61.7%'],
			['es', '64,0 %', '61,7 %']
		] as const) {
			const card = buildClaimsPage(bundle, lang).cards.find(
				(c) => c.id === 'cne-bulletin-1-irreversible'
			)!;
			const cne = card.tabulations.find((x) => x.tabulation === 'cne')!;
			const text = cne.rows.find((r) => r.decides)!.sentences.join(' ');
			expect(text).toContain(lang === 'es' ? nb(needed) : needed);
			expect(text).toContain(lang === 'es' ? nb(minors) : minors);
			// The lead was within reach: the numbers neither prove nor refute "irreversible".
			expect(cne.verdict.verdict).toBe('not-established');
			expect(cne.phrase).toBe(
				lang === 'es'
					? 'no establecida por los números de Boletín 1 del CNE (80 %)'
					: 'not established by the numbers of CNE bulletin 1 (80 %)'
			);
		}
	});

	it('explains why the 67 % claim and CNE bulletin 1 cannot both be true', () => {
		const card = buildClaimsPage(bundle, 'en').cards.find((c) => c.id === 'opposition-67-percent')!;
		const cne = card.tabulations.find((x) => x.tabulation === 'cne')!;
		const text = cne.rows.find((r) => r.decides)!.sentences.join(' ');
		expect(text).toContain(
			'For González to finish with 67% of the vote, they would need about 158.2%'
		);
		expect(text).toContain('cannot both be true');
		// 67 % is of voters; bulletin 1 gives no voters, so its share of valid votes is only a bound.
		expect(text).toContain('upper bound');
		// The chart pairs the claim only with a release that gives its base (voters): 81.21 %.
		expect(card.chart?.series.map((s) => s.kind)).toEqual(['claimed', 'reported']);
		expect(card.chart?.table.rows[0]!.cells[1]).toBe('67.08%');
	});

	it('shows the round-percentage finding with the exact shares and the probability', () => {
		const f = buildClaimsPage(bundle, 'en').findings[0]!;
		expect(f.severity).toBe('serious');
		expect(f.roundTable!.rows.map((r) => r.exact)).toEqual([
			'51.1999971%',
			'44.1999989%',
			'4.6000039%'
		]);
		expect(f.text.join(' ')).toContain('1 in 101,000,000');
		const es = buildClaimsPage(bundle, 'es').findings[0]!;
		expect(es.roundTable!.rows.map((r) => r.exact)).toEqual(
			['51,1999971 %', '44,1999989 %', '4,6000039 %'].map(nb)
		);
	});

	it('formats small probabilities with three significant figures', () => {
		expect(formatProbability(9.88e-9, 'en')).toBe('≈ 1 in 101,000,000 (p ≈ 9.88 × 10⁻⁹)');
		expect(formatProbability(9.88e-9, 'es')).toBe('≈ 1 entre 101.000.000 (p ≈ 9,88 × 10⁻⁹)');
	});

	it('summarises every claim with a verdict per tabulation and the serious findings', () => {
		const s = buildClaimsSummary(bundle, 'en')!;
		expect(s.columns.map((c) => c.tabulation)).toEqual(['cne', 'opposition-tally-sheets']);
		expect(s.rows).toHaveLength(bundle.claims.length);
		expect(s.keyFindings.every((f) => f.severity === 'serious')).toBe(true);
	});

	it('shows the 0.01 % finding under the 0.1 % one it follows from, never beside it', () => {
		const findings = buildClaimsPage(bundle, 'en').findings;
		const ids = findings.map((f) => f.id);
		expect(ids).toContain('round-percentages:cne-bulletin-1:0.1');
		expect(ids).not.toContain('round-percentages:cne-bulletin-1:0.01');
		const parent = findings.find((f) => f.id === 'round-percentages:cne-bulletin-1:0.1')!;
		expect(parent.derived.map((d) => d.id)).toEqual(['round-percentages:cne-bulletin-1:0.01']);
		expect(parent.derived[0]!.text[0]).toContain('Follows from the finding above');
		const summary = buildClaimsSummary(bundle, 'en')!;
		expect(summary.keyFindings.map((f) => f.id)).toEqual(['round-percentages:cne-bulletin-1:0.1']);
	});

	it('shows the published counter-view of the round-percentage finding with its source (fact sheet §3)', () => {
		for (const lang of ['es', 'en'] as const) {
			const f = buildClaimsPage(bundle, lang).findings.find(
				(x) => x.id === 'round-percentages:cne-bulletin-1:0.1'
			)!;
			expect(f.counterViews).toHaveLength(1);
			expect(f.counterViews[0]!.text).toContain('Hacker News');
			expect(f.counterViews[0]!.sources.map((x) => x.url)).toEqual([
				'https://news.barelyhuman.xyz/item/41124885?rootId=41123155'
			]);
		}
	});

	it('says what was claimed and against which count, and opens each claim with a conclusion', () => {
		const s = buildClaimsSummary(bundle, 'en')!;
		const us = s.rows.find((r) => r.id === 'us-gonzalez-won-majority')!;
		expect(us.what.text).toContain('won the majority of votes');
		expect(us.phrases[0]).toMatch(/^Contradicted by CNE bulletin 1/);
		const es = buildClaimsSummary(bundle, 'es')!.rows.find(
			(r) => r.id === 'cne-bulletin-1-irreversible'
		)!;
		// The Spanish page shows the original Spanish words, marked with their language.
		expect(es.what).toEqual({ text: 'tendencia irreversible', lang: 'es' });
		for (const card of buildClaimsPage(bundle, 'en').cards) {
			expect(card.conclusion.length).toBeGreaterThan(20);
			expect(card.conclusion.endsWith('.')).toBe(true);
			// One sentence: a single full stop, at the end (labels like "80 %" have none).
			expect(card.conclusion.slice(0, -1)).not.toMatch(/\.\s[A-Z]/);
		}
		const cne = buildClaimsPage(bundle, 'en').cards.find(
			(c) => c.id === 'cne-bulletin-1-irreversible'
		)!;
		expect(cne.conclusion).toBe(
			'Elvis Amoroso, July 29, 2024, 12:06 AM (Venezuela Time, GMT-4), claimed “irreversible trend”: not established by the numbers of CNE bulletin 1 (80 %).'
		);
	});
});
