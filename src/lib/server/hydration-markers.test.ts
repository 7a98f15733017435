import { describe, expect, it } from 'vitest';
import { render } from 'svelte/server';
import { dropHydrationMarkers } from './hydration-markers';
import SourceList from '$lib/components/SourceList.svelte';
import type { Source } from '$lib/schemas/source';

describe('dropHydrationMarkers', () => {
	it('removes every block and text marker, and nothing else', () => {
		const html =
			'<ul><!--[--><li>a<!----> b</li><!--[0--><span>x</span><!--]--><!--[-1--><!--]--><!--[!-->y<!--]--><!--]--></ul>' +
			'<!-- a comment of the page --><p>&lt;!--[--&gt; as text</p>';
		expect(dropHydrationMarkers(html)).toBe(
			'<ul><li>a b</li><span>x</span>y</ul><!-- a comment of the page --><p>&lt;!--[--&gt; as text</p>'
		);
	});

	it('leaves a page that SvelteKit hydrates as it is', () => {
		const html = '<div><!--[--><p>x</p><!--]--></div><script>__sveltekit_abc = {};</script>';
		expect(dropHydrationMarkers(html)).toBe(html);
	});

	it('keeps what a real component renders, text and elements alike', () => {
		const sources: Source[] = [
			{
				id: 'a',
				publisher: 'Agencia <A>',
				url: 'https://example.org/a',
				lang: 'es',
				published: '2024-07-29'
			},
			{ id: 'b', publisher: 'B', url: 'https://example.org/b', lang: 'en' }
		];
		const { body } = render(SourceList, { props: { sources, lang: 'es' } });
		expect(body).toMatch(/<!--\[/);
		const dropped = dropHydrationMarkers(body);
		expect(dropped).not.toMatch(/<!--/);
		const text = (h: string) => h.replace(/<[^>]*>/g, '');
		expect(text(dropped)).toBe(text(body.replace(/<!--[^]*?-->/g, '')));
		expect(dropped).toContain('Agencia &lt;A>');
	});
});
