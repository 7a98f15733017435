import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { buildSocialCard, describeCard } from './social-card';

function real(): ElectionBundle {
	const { bundle, errors } = validateElectionFiles(
		readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
	);
	expect(errors).toEqual([]);
	return bundle!;
}

describe('buildSocialCard', () => {
	const bundle = real();

	it('shows every tabulation on the election card, each with its release, source and time', () => {
		const card = buildSocialCard(bundle, 'en', ['venezuela-2024'])!;
		expect(card.title).toBe('Venezuelan presidential election 2024');
		const headings = card.blocks.map((b) => (b.kind === 'bars' ? b.heading : ''));
		expect(headings).toHaveLength(bundle.tabulations.length);
		expect(card.footer).toHaveLength(bundle.tabulations.length);
		for (const line of card.footer) expect(line).toMatch(/data as of .+ · Sources: /);
	});

	it("shows a release's computed shares with the announced ones beside them", () => {
		const card = buildSocialCard(bundle, 'es', ['venezuela-2024', 'snapshots', 'cne-bulletin-2'])!;
		const bars = card.blocks[0]!;
		expect(bars.kind).toBe('bars');
		if (bars.kind !== 'bars') return;
		expect(bars.rows[0]).toMatchObject({
			name: 'Maduro',
			share: '51,95\u00a0%',
			detail: '6.408.844 votos · anunciado: 51,95\u00a0%',
			fraction: 1
		});
		expect(describeCard(card)).toContain('datos al 2 de agosto de 2024');
	});

	it("shows a state's own figures and a claim's words with its verdicts", () => {
		const state = buildSocialCard(bundle, 'en', ['venezuela-2024', 'states', 'zulia'])!;
		expect(state.title).toBe('Zulia');
		expect(describeCard(state)).toContain('766,915 votes');
		const claim = buildSocialCard(bundle, 'en', [
			'venezuela-2024',
			'claims',
			bundle.claims[0]!.id
		])!;
		expect(claim.blocks[0]?.kind).toBe('quote');
		expect(claim.blocks.length).toBeGreaterThan(1);
		// Quotation marks of the page's language: “…” in English, «…» in Spanish.
		const quoted = (lang: 'es' | 'en') =>
			(
				buildSocialCard(bundle, lang, ['venezuela-2024', 'claims', bundle.claims[0]!.id])!
					.blocks[0] as { text: string }
			).text;
		expect(quoted('en')).toMatch(/^“.+”$/s);
		expect(quoted('es')).toMatch(/^«.+»$/s);
	});

	it('names the section of other pages, and refuses unknown items', () => {
		expect(buildSocialCard(bundle, 'en', ['venezuela-2024', 'statements'])!.kicker).toBe(
			'Venezuelan presidential election 2024 · International reactions'
		);
		expect(buildSocialCard(bundle, 'en', ['venezuela-2024', 'snapshots', 'nope'])).toBeUndefined();
		// Deeper pages of a section (a level page of the states) show the election's headline.
		const level = ['venezuela-2024', 'states', 'levels', 'opposition-81-7', 'parish'];
		expect(buildSocialCard(bundle, 'en', level)!.kicker).toBe(
			'Venezuelan presidential election 2024 · Results by state'
		);
		expect(buildSocialCard(bundle, 'en', ['venezuela-2024', 'claims', 'nope'])).toBeUndefined();
	});
});
