import { describe, expect, it } from 'vitest';
import type { CiteWork } from '$lib/cite/work';
import type { SocialCard } from '$lib/views/social-card';
import { cardKey } from './card-png';
import { citationKey } from './cite';

// What the build cache is keyed on (build-cache.ts): a product made from other inputs must never
// be served, so every input of a social card or a citation is part of its key.
const CODE = 'a'.repeat(64);

describe('social card key', () => {
	const card: SocialCard = {
		kicker: 'Venezuela 2024',
		title: 'Resultados',
		blocks: [{ kind: 'line', text: 'CNE' }],
		footer: ['Fuente: CNE']
	};
	const key = cardKey(card, 'https://example.org/es/', CODE);

	it('changes with the card, the site line and the built code', () => {
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(cardKey(structuredClone(card), 'https://example.org/es/', CODE)).toBe(key);
		expect(cardKey({ ...card, title: 'Resultados.' }, 'https://example.org/es/', CODE)).not.toBe(
			key
		);
		expect(
			cardKey({ ...card, footer: ['Fuente: CNE, 29 de julio'] }, 'https://example.org/es/', CODE)
		).not.toBe(key);
		expect(cardKey(card, 'https://example.org/en/', CODE)).not.toBe(key);
		expect(cardKey(card, 'https://example.org/es/', 'b'.repeat(64))).not.toBe(key);
	});

	it('is null outside a server build (nothing cached in dev or tests)', () => {
		expect(cardKey(card, 'https://example.org/es/')).toBeNull();
		expect(cardKey(card, 'https://example.org/es/', null)).toBeNull();
	});
});

describe('citation key', () => {
	const work: CiteWork = {
		id: 'release-cne-bulletin-1',
		lang: 'es',
		title: 'Resultados',
		path: '/es/venezuela-2024/#snap-cne-bulletin-1',
		asOf: '2024-07-29T00:06:00-04:00',
		sources: [{ name: 'CNE', url: 'https://www.cne.gob.ve/' }]
	};
	const opts = { buildDate: '2026-11-30', origin: '' };
	const key = citationKey(work, opts, CODE);

	it('changes with the work, the access date, the origin and the built code', () => {
		expect(key).toMatch(/^[0-9a-f]{64}$/);
		expect(citationKey(structuredClone(work), { ...opts }, CODE)).toBe(key);
		expect(citationKey({ ...work, lang: 'en' }, opts, CODE)).not.toBe(key);
		expect(citationKey({ ...work, path: `${work.path}x` }, opts, CODE)).not.toBe(key);
		expect(citationKey({ ...work, sources: [] }, opts, CODE)).not.toBe(key);
		expect(citationKey(work, { ...opts, buildDate: '2026-12-01' }, CODE)).not.toBe(key);
		expect(citationKey(work, { ...opts, origin: 'https://example.org' }, CODE)).not.toBe(key);
		expect(citationKey(work, opts, 'b'.repeat(64))).not.toBe(key);
	});

	it('is null outside a server build', () => {
		expect(citationKey(work, opts)).toBeNull();
	});
});
