import { describe, expect, it } from 'vitest';
import type { CiteWork } from '$lib/cite/work';
import { renderRequest, warmUp } from './cite-worker';

// The citation worker builds citeproc-js's engines with a throw-away citation before the first
// page asks (docs/build-time.md): what it renders afterwards must not depend on that.
describe('citation worker warm-up', () => {
	const opts = { buildDate: '2024-08-07', origin: 'https://example.org' };
	const work = (lang: 'es' | 'en'): CiteWork => ({
		id: 'results',
		lang,
		title: lang === 'es' ? 'Resultados por estado' : 'Results by state',
		path: `/escrutinio/${lang}/venezuela-2024/states/#results`,
		asOf: '2024-07-29T00:10:00-04:00',
		sources: [{ name: 'CNE', url: 'https://www.cne.gob.ve/' }],
		claim: {
			by: 'CNE',
			date: '2024-07-29',
			source: { name: 'CNE', url: 'https://www.cne.gob.ve/' },
			comparedWith: { name: 'Boletín 1', asOf: '2024-07-29T00:10:00-04:00' }
		}
	});

	it('changes no citation rendered after it, in either language', () => {
		for (const lang of ['es', 'en'] as const) {
			const before = renderRequest({ id: 1, work: work(lang), opts });
			warmUp();
			warmUp();
			const after = renderRequest({ id: 1, work: work(lang), opts });
			expect('citation' in before && 'citation' in after).toBe(true);
			if ('citation' in before && 'citation' in after)
				expect(after.citation).toEqual(before.citation);
		}
		// building citeproc-js's engines takes seconds on a loaded machine
	}, 60_000);

	it('leaves nothing of the throw-away work in a later citation', () => {
		warmUp();
		const a = renderRequest({ id: 2, work: work('en'), opts });
		if (!('citation' in a)) throw new Error(a.error);
		for (const f of a.citation.formats) expect(f.text).not.toMatch(/warm-up/i);
	}, 60_000);
});
