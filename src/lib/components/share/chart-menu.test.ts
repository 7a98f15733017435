import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { chartLink } from '$lib/views/chart-share';

/** The chart-menu helpers of /cite.js (src/lib/cite/enhance.js), run without a DOM. */
function helpers() {
	const src = readFileSync(new URL('../../cite/enhance.js', import.meta.url), 'utf8');
	const win: Record<string, unknown> = {};
	const doc = { readyState: 'loading', addEventListener: () => {} };
	new Function('window', 'document', src)(win, doc);
	return win.EscrutinioCite as {
		shareLink(rel: string, keep: boolean, origin: string, search: string): string;
		embedOnOrigin(code: string, from: string, origin: string): string;
	};
}

describe('chart menu script (/cite.js)', () => {
	const h = helpers();
	const origin = 'http://127.0.0.1:4311';

	it('writes the link on the page origin, as chartLink builds it', () => {
		const rel = chartLink('/escrutinio/es/v/', { count: 'cne', compare: '1' }, 'a-title');
		expect(h.shareLink(rel, false, origin, '?stance=x')).toBe(`${origin}${rel}`);
	});

	it('keeps the page query under the view state when asked, as chartLink merges them', () => {
		const rel = chartLink('/escrutinio/es/v/statements/', { count: 'cne' }, 'map-title');
		const search = '?stance=asks-verification&count=other';
		expect(h.shareLink(rel, true, origin, search)).toBe(
			origin + chartLink('/escrutinio/es/v/statements/', { count: 'cne' }, 'map-title', search)
		);
	});

	it('moves the embed code from the build origin (or none) to the page origin', () => {
		const code = '<iframe src="/escrutinio/embed/es/v/" title="x"></iframe>\n<script>…</script>';
		expect(h.embedOnOrigin(code, '', origin)).toBe(code.replace('src="/', `src="${origin}/`));
		const built = code.replace('src="/', 'src="https://example.org/');
		expect(h.embedOnOrigin(built, 'https://example.org', origin)).toBe(
			code.replace('src="/', `src="${origin}/`)
		);
		// Already on this origin (a hydrated page): unchanged.
		const here = code.replace('src="/', `src="${origin}/`);
		expect(h.embedOnOrigin(here, '', origin)).toBe(here);
	});
});
