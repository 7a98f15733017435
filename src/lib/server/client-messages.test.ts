import { describe, expect, it } from 'vitest';
import { keyTokens } from '../../../scripts/lib/client-messages-plugin.js';
import { allMessages } from '$lib/i18n';
import { pickMessages, routeFiles } from './client-messages';

describe('keyTokens', () => {
	it('finds literal keys and the prefixes of keys completed at run time', () => {
		const code =
			"t(l, 'share.copied'); t(l, `statements.stance.${s}`); t(l, \"site.name\"); x = 'results.verdict.' + v";
		expect(keyTokens(code).sort()).toEqual([
			'results.verdict.*',
			'share.copied',
			'site.name',
			'statements.stance.*'
		]);
	});
	it('ignores strings that are not dotted names', () => {
		expect(keyTokens("a('hello'); b(`x ${y}`); c('a b.c')")).toEqual([]);
	});
});

describe('routeFiles', () => {
	it('lists the root layout, every layout on the way and the page', () => {
		expect(routeFiles('/[lang]/[election]/statements')).toEqual([
			'src/routes/+layout.svelte',
			'src/routes/[lang]/+layout.svelte',
			'src/routes/[lang]/[election]/+layout.svelte',
			'src/routes/[lang]/[election]/statements/+layout.svelte',
			'src/routes/[lang]/[election]/statements/+page.svelte'
		]);
		expect(routeFiles('/')).toEqual(['src/routes/+layout.svelte', 'src/routes/+page.svelte']);
	});
});

describe('pickMessages', () => {
	it('keeps the keys named and the families of a prefix, in one language, and nothing else', () => {
		const es = allMessages('es');
		const picked = pickMessages(es, ['share.copied', 'statements.stance.*', 'chart.js']);
		expect(picked['share.copied']).toBe(es['share.copied']);
		const stances = Object.keys(es).filter((k) => k.startsWith('statements.stance.'));
		expect(stances.length).toBeGreaterThanOrEqual(4);
		expect(Object.keys(picked).sort()).toEqual(['share.copied', ...stances].sort());
	});
});
