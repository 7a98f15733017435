import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { buildWorldMapConfig, type CountryFeature } from '../charts/world-map.config';
import { LIGHT_THEME } from '../charts/theme';
import { buildStatementsPage, finalCounts } from './statements-page';
import { buildStatementsSummary } from './statements-summary';
import { buildClaimsPage } from './claims-page';
import { buildRemarkViews, formatLooseWhen } from './remarks';

function real(): ElectionBundle {
	const { bundle, errors } = validateElectionFiles(
		readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
	);
	expect(errors).toEqual([]);
	return bundle!;
}

/** The same data without what fact sheet §6 added: remarks, their actors, claim responses. */
function withoutSection6(b: ElectionBundle): ElectionBundle {
	const added = new Set([
		...b.remarks.map((r) => r.actor),
		...b.claims.flatMap((c) => (c.responses ?? []).map((r) => r.actor))
	]);
	const used = new Set([
		...b.statements.flatMap((s) => s.actors),
		...b.claims.map((c) => c.actor),
		...b.tabulations.map((t) => t.publisher)
	]);
	return {
		...b,
		remarks: [],
		actors: b.actors.filter((a) => !added.has(a.id) || used.has(a.id)),
		claims: b.claims.map((c) => ({ ...c, responses: undefined }))
	};
}

const square = (id: string, name: string): CountryFeature => ({
	type: 'Feature',
	id,
	properties: { name },
	geometry: {
		type: 'Polygon',
		coordinates: [
			[
				[0, 0],
				[1, 0],
				[1, 1],
				[0, 0]
			]
		]
	}
});
// Venezuela, Russia, North Macedonia (a government that only answers a claim), the United States.
const FEATURES = [
	square('862', 'Venezuela'),
	square('643', 'Russia'),
	square('807', 'North Macedonia'),
	square('840', 'United States')
];

describe('remarks and responses of fact sheet §6 never touch the stances', () => {
	const bundle = real();
	const before = withoutSection6(bundle);

	it('the data has the new individuals, remarks and responses (so the comparison means something)', () => {
		expect(bundle.remarks.length).toBe(8);
		expect(before.actors.length).toBeLessThan(bundle.actors.length);
		expect(bundle.claims.some((c) => (c.responses ?? []).length > 0)).toBe(true);
	});

	for (const lang of ['es', 'en'] as const) {
		it(`${lang}: the stance counts, the stance series and the map are the same with and without them`, () => {
			const now = buildStatementsPage(bundle, lang);
			const then = buildStatementsPage(before, lang);
			expect(now.series).toEqual(then.series);
			expect(finalCounts(now.series)).toEqual(finalCounts(then.series));
			expect(now.map).toEqual(then.map);
			expect(now.statementCount).toBe(then.statementCount);
			expect(now.actorCount).toBe(then.actorCount);
			expect(buildStatementsSummary(bundle, lang)).toEqual(buildStatementsSummary(before, lang));
			const fills = (b: ElectionBundle) =>
				buildWorldMapConfig(FEATURES, buildStatementsPage(b, lang).map, lang, LIGHT_THEME).data
					.datasets[0]!.backgroundColor;
			expect(fills(bundle)).toEqual(fills(before));
		});
	}

	it('even a remark by a government is neither counted nor mapped', () => {
		const ru = {
			...bundle,
			remarks: [...bundle.remarks, { ...bundle.remarks[0]!, id: 'ru-remark', actor: 'ru' }]
		};
		const mk = buildStatementsPage(ru, 'en');
		expect(mk.series).toEqual(buildStatementsPage(bundle, 'en').series);
		expect(mk.map).toEqual(buildStatementsPage(bundle, 'en').map);
		// North Macedonia answers a claim but has no statement: it is not on the map.
		expect(mk.map.countries.map((c) => c.code)).not.toContain('MK');
		for (const id of ['elon-musk', 'nicolas-maduro', 'maria-corina-machado', 'jose-palmar'])
			expect(mk.map.countries.map((c) => c.actorId)).not.toContain(id);
	});
});

describe('remarks on the timeline', () => {
	const bundle = real();

	it('shows every remark of §6.1–6.8 once, oldest first, each with sources and a translation', () => {
		for (const lang of ['es', 'en'] as const) {
			const page = buildStatementsPage(bundle, lang);
			const remarks = page.entries.flatMap((e) => (e.type === 'remark' ? [e] : []));
			expect(remarks.map((e) => e.remark.id).sort()).toEqual(
				bundle.remarks.map((r) => r.id).sort()
			);
			expect(remarks.map((e) => e.day)).toEqual([...remarks.map((e) => e.day)].sort());
			for (const { remark } of remarks) {
				expect(remark.sources.length).toBeGreaterThan(0);
				// A remark in the other language carries a translation into the page's language.
				if (remark.quote.lang !== lang) expect(remark.quote.translation?.text).toBeTruthy();
			}
			expect(page.remarkCount).toBe(8);
			expect(page.options.kinds).toContain('individual');
		}
	});

	it('gives no time of day where the sources give none', () => {
		for (const r of buildRemarkViews(bundle, 'en')) {
			expect(r.when).toMatch(/^\d{4}-\d{2}-\d{2}$/);
			expect(r.whenText).not.toMatch(/\d:\d\d/);
		}
	});
});

describe('the "hacking" claim card (fact sheet §6.9–6.13)', () => {
	const bundle = real();

	it('is not verifiable from the published data, with the responses in date order', () => {
		const card = buildClaimsPage(bundle, 'en').cards.find(
			(c) => c.id === 'cne-transmission-attack'
		)!;
		expect(card.tabulations).toEqual([]);
		expect(card.claimChecks).toHaveLength(1);
		expect(card.claimChecks[0]!.verdict.verdict).toBe('not-verifiable');
		expect(card.claimChecks[0]!.sentence).toContain('not verifiable from the published data');
		expect(card.responses.map((r) => [r.when, r.who])).toEqual([
			['July 29, 2024', 'Tarek William Saab — Attorney General of Venezuela'],
			['July 2024', 'North Macedonia'],
			['August 2024', 'Patricio Ballados — The Carter Center'],
			['May 2025', 'Carlos Quintero — National Electoral Council (CNE)']
		]);
		expect(card.responses.every((r) => r.sources.length > 0)).toBe(true);
	});

	it('Machado\'s "overwhelming" stands beside her 70 %/30 % claim', () => {
		const card = buildClaimsPage(bundle, 'es').cards.find((c) => c.id === 'machado-night-70-30')!;
		expect(card.remarks.map((r) => r.id)).toEqual(['machado-overwhelming-2024-07-29']);
		expect(card.remarks[0]!.quote.translations[0]!.text).toContain('abrumador');
	});

	it('formats a month-only date without a day', () => {
		expect(formatLooseWhen('2024-07', 'es', 'America/Caracas')).toBe('julio de 2024');
		expect(formatLooseWhen('2025-05', 'en', 'America/Caracas')).toBe('May 2025');
	});
});
