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
		expect(ids[0]).toBe('cne-bulletin-1-irreversible');
		expect(ids[1]).toBe('machado-night-70-30');
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
});
