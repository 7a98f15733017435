import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
	collectIds,
	groupPages,
	heaviest,
	listPages,
	pageLocale,
	pageType,
	pageUrl,
	representatives
} from '../../scripts/lib/site-pages.js';

const bundle = {
	election: {
		id: 'venezuela-2024',
		candidates: [{ id: 'maduro' }, { id: 'cne' }],
		groups: [{ id: 'others' }],
		regions: [{ id: 'zulia' }, { id: 'lara' }],
		regionLevels: [{ id: 'state' }, { id: 'parish' }]
	},
	tabulations: [{ id: 'cne', snapshots: [{ id: 'cne-bulletin-1' }, { id: 'cne-bulletin-2' }] }],
	claims: [{ id: 'irreversible' }],
	statements: [{ id: 'us-1' }],
	actors: [{ id: 'cne' }, { id: 'us' }],
	sources: [{ id: 'src-1' }]
};
const ids = collectIds([bundle]);

describe('collectIds', () => {
	it('maps every id to its kind, the earlier kind winning a tie', () => {
		expect(ids.get('venezuela-2024')).toBe('election');
		expect(ids.get('cne-bulletin-2')).toBe('snapshot');
		expect(ids.get('zulia')).toBe('region');
		expect(ids.get('cne')).toBe('tabulation'); // also an actor and a candidate here
		expect(ids.get('us')).toBe('actor');
		expect(ids.get('parish')).toBe('level');
		expect(ids.get('snapshots')).toBeUndefined();
	});
});

describe('pageType', () => {
	it.each([
		['index.html', '/'],
		['es/index.html', '/[lang]/'],
		['en/venezuela-2024/index.html', '/[lang]/[election]/'],
		['es/venezuela-2024/revisions/index.html', '/[lang]/[election]/revisions/'],
		[
			'es/venezuela-2024/snapshots/cne-bulletin-1/index.html',
			'/[lang]/[election]/snapshots/[snapshot]/'
		],
		['en/venezuela-2024/states/zulia/', '/[lang]/[election]/states/[region]/'],
		[
			'es/venezuela-2024/states/levels/cne-bulletin-1/parish/index.html',
			'/[lang]/[election]/states/levels/[snapshot]/[level]/'
		],
		['embed/es/venezuela-2024/results/index.html', '/embed/[lang]/[election]/results/'],
		[
			'es/venezuela-2024/cne/cne-bulletin-2/index.html',
			'/[lang]/[election]/[tabulation]/[snapshot]/'
		]
	])('%s → %s', (path, type) => expect(pageType(path, ids)).toBe(type));

	it('gives two pages of the same route the same type and different routes different types', () => {
		expect(pageType('es/venezuela-2024/states/zulia/index.html', ids)).toBe(
			pageType('en/venezuela-2024/states/lara/index.html', ids)
		);
		expect(pageType('es/venezuela-2024/claims/index.html', ids)).not.toBe(
			pageType('es/venezuela-2024/statements/index.html', ids)
		);
	});
});

describe('pageLocale and pageUrl', () => {
	it('finds the locale anywhere in the path and keeps the trailing slash', () => {
		expect(pageLocale('embed/en/x/index.html')).toBe('en');
		expect(pageLocale('index.html')).toBeUndefined();
		expect(pageUrl('es/venezuela-2024/index.html')).toBe('es/venezuela-2024/');
		expect(pageUrl('index.html')).toBe('');
	});
});

describe('groupPages and representatives', () => {
	it('groups by type and locale, sorted, and picks first and last', () => {
		const pages = [
			'es/venezuela-2024/states/zulia/index.html',
			'es/venezuela-2024/states/lara/index.html',
			'en/venezuela-2024/states/zulia/index.html',
			'es/index.html'
		];
		const groups = groupPages(pages, ids);
		expect(groups.map((g) => [g.type, g.locale, g.pages.length])).toEqual([
			['/[lang]/', 'es', 1],
			['/[lang]/[election]/states/[region]/', 'en', 1],
			['/[lang]/[election]/states/[region]/', 'es', 2]
		]);
		expect(representatives(['a', 'b', 'c', 'd'])).toEqual(['a', 'd']);
		expect(representatives(['a', 'b', 'c', 'd', 'e'], 3)).toEqual(['a', 'c', 'e']);
		expect(representatives(['a'])).toEqual(['a']);
		expect(representatives(['a', 'b', 'c'], 1)).toEqual(['a']);
	});
	it('does not mutate its input', () => {
		const pages = ['b/index.html', 'a/index.html'];
		groupPages(pages, ids);
		representatives(pages, 1);
		expect(pages).toEqual(['b/index.html', 'a/index.html']);
	});
});

describe('listPages', () => {
	it('lists every index.html except under _app, with / separators', () => {
		const dir = mkdtempSync(join(tmpdir(), 'site-pages-'));
		for (const d of ['es/x', 'en', '_app/immutable']) mkdirSync(join(dir, d), { recursive: true });
		for (const f of [
			'index.html',
			'es/x/index.html',
			'en/index.html',
			'_app/immutable/index.html',
			'es/x/data.json'
		])
			writeFileSync(join(dir, f), '');
		expect(listPages(dir)).toEqual(['en/index.html', 'es/x/index.html', 'index.html']);
	});
});

describe('heaviest', () => {
	it('lists the pages with the most bytes first, ties in the given order, without mutating', () => {
		const dir = mkdtempSync(join(tmpdir(), 'site-pages-'));
		const pages = ['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html'];
		const sizes = [10, 30, 20, 30];
		pages.forEach((p, i) => {
			mkdirSync(join(dir, p, '..'), { recursive: true });
			writeFileSync(join(dir, p), 'x'.repeat(sizes[i]!));
		});
		expect(heaviest(dir, pages)).toEqual(['b/index.html']);
		expect(heaviest(dir, pages, 3)).toEqual(['b/index.html', 'd/index.html', 'c/index.html']);
		expect(pages).toEqual(['a/index.html', 'b/index.html', 'c/index.html', 'd/index.html']);
	});
});
