import { describe, expect, it } from 'vitest';
import { chartLink, embedCode, fallbackEmbedHeight, RESIZE_SCRIPT } from './chart-share';
import { estimateEmbedHeight } from './embed-urls';

describe('embedCode', () => {
	const code = embedCode('https://x.org/embed/es/v/', 'Resultados "2024"', 640.2);
	it('is the iframe with a fallback height, then the one-line resize listener', () => {
		const [iframe, script, ...rest] = code.split('\n');
		expect(rest).toEqual([]);
		expect(iframe).toBe(
			'<iframe src="https://x.org/embed/es/v/" title="Resultados &quot;2024&quot;" width="100%" height="641" style="border:0;width:100%" loading="lazy"></iframe>'
		);
		expect(script).toBe(RESIZE_SCRIPT);
		expect(script).toMatch(/^<script>.*<\/script>$/);
	});

	it('grows the iframe that sent a Datawrapper height message, and only that one', () => {
		const body = /^<script>(.*)<\/script>$/.exec(RESIZE_SCRIPT)![1]!;
		const listeners: ((e: { data: unknown; source: unknown }) => void)[] = [];
		const mine = { contentWindow: {}, style: { height: '641px' } };
		const other = { contentWindow: {}, style: { height: '300px' } };
		const fakeWindow = {
			addEventListener: (_: string, f: (typeof listeners)[0]) => listeners.push(f)
		};
		const fakeDocument = { getElementsByTagName: () => [other, mine] };
		new Function('window', 'document', body)(fakeWindow, fakeDocument);
		expect(listeners).toHaveLength(1);
		const send = (data: unknown, source: unknown) => listeners[0]!({ data, source });
		send({ 'datawrapper-height': { '/embed/es/v/': 812.4 } }, mine.contentWindow);
		expect(mine.style.height).toBe('813px');
		expect(other.style.height).toBe('300px');
		// Other formats, garbage and messages from elsewhere change nothing.
		send('pymxPYMxidxPYMxheightxPYMx90', mine.contentWindow);
		send({ 'datawrapper-height': { a: 'x' } }, mine.contentWindow);
		send({ 'datawrapper-height': { a: -5 } }, mine.contentWindow);
		send({ 'datawrapper-height': { a: 100 } }, {});
		send(null, mine.contentWindow);
		expect(mine.style.height).toBe('813px');
	});
});

describe('fallbackEmbedHeight', () => {
	it('makes room for every count a results embed shows', () => {
		expect(fallbackEmbedHeight('results', [3, 3])).toBe(
			estimateEmbedHeight([{ rows: 3 }, { rows: 3 }])
		);
		expect(fallbackEmbedHeight('results', [3, 3])).toBeGreaterThan(
			fallbackEmbedHeight('results', [3])
		);
	});
	it('gives every other chart a height', () => {
		for (const c of ['coverage', 'states', 'statements', 'claim'] as const)
			expect(fallbackEmbedHeight(c)).toBeGreaterThanOrEqual(600);
	});
});

describe('chartLink', () => {
	it('carries the state in the query and the chart as anchor', () => {
		expect(chartLink('/es/v/', { count: 'cne', compare: '1' }, 'share-compare-title')).toBe(
			'/es/v/?count=cne&compare=1#share-compare-title'
		);
		expect(chartLink('/es/v/', { count: undefined }, 'x')).toBe('/es/v/#x');
		expect(chartLink('/es/v/', { q: 'a b&c' }, 'x')).toBe('/es/v/?q=a+b%26c#x');
	});
	it("keeps the page's own filters, the given values winning", () => {
		expect(chartLink('/es/v/statements/', {}, 'world-map-title', '?stance=rejects')).toBe(
			'/es/v/statements/?stance=rejects#world-map-title'
		);
		expect(chartLink('/p/', { count: 'b' }, 'x', '?count=a&kind=y')).toBe('/p/?count=b&kind=y#x');
	});
});
