import { describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { electionEntries, electionItemEntries, electionParams } from './election-route';
import { getElections } from './load-dataset';

// The built-in data (src/data/elections): Venezuela 2024, with 11 claims.
describe('election routes', () => {
	it('list every election in both locales', () => {
		expect(electionEntries()).toEqual([
			{ lang: 'es', election: 'venezuela-2024' },
			{ lang: 'en', election: 'venezuela-2024' }
		]);
		expect(electionEntries(() => false)).toEqual([]);
	});

	it('list every item of every election in both locales', () => {
		const claims = getElections()[0]!.claims.map((c) => c.id);
		const entries = electionItemEntries('claim', (b) => b.claims.map((c) => c.id));
		expect(entries).toHaveLength(2 * claims.length);
		expect(entries[0]).toEqual({ lang: 'es', election: 'venezuela-2024', claim: claims[0] });
		expect(entries.at(-1)).toEqual({
			lang: 'en',
			election: 'venezuela-2024',
			claim: claims.at(-1)
		});
	});

	it('resolve the locale and the election, and answer 404 for an unknown election', () => {
		const { lang, bundle } = electionParams({ lang: 'en', election: 'venezuela-2024' });
		expect(lang).toBe('en');
		expect(bundle.election.id).toBe('venezuela-2024');
		let thrown: unknown;
		try {
			electionParams({ lang: 'es', election: 'atlantis-2099' });
		} catch (e) {
			thrown = e;
		}
		expect(isHttpError(thrown, 404)).toBe(true);
	});
});
