import { readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { expect, test, type Frame, type Page } from '@playwright/test';
import type { ElectionBundle } from '../../src/lib/data/bundle';
import { buildLiveFile } from '../../src/lib/live/build-live-file';
import { withTestRelease } from '../../src/lib/live/test-release';

// The chart embeds (coverage timeline, states map, statements map, claim card; live and pinned)
// as a newsroom uses them: inside iframes on an article page of ANOTHER origin (a server of the
// test's own on a port the system picks; Chromium's local-network checks forbid a made-up public
// host, or a page a route fulfils, framing 127.0.0.1), sandboxed like WordPress does
// (`allow-scripts` only: an opaque origin), on a static host that sends no CORS headers.
//
// The host page sizes each iframe with ONE of the three height protocols (pym.js, Datawrapper,
// AMP), so every protocol has to work on its own for its iframes to grow to their content.

type Embed = { id: string; path: string; fmt: 'pym' | 'dw' | 'amp'; chart: boolean; kind: RegExp };
const E = 'venezuela-2024';
const LIVE = /En vivo:.*sigue la última publicación/;
const PINNED = /Fijo:.*no cambia nunca/;
const EMBEDS: Embed[] = [
	{ id: 'cov', path: `es/${E}/coverage/`, fmt: 'pym', chart: true, kind: LIVE },
	{
		id: 'cov-b1',
		path: `es/${E}/snapshots/cne-bulletin-1/coverage/`,
		fmt: 'dw',
		chart: true,
		kind: PINNED
	},
	{ id: 'states', path: `es/${E}/states/`, fmt: 'amp', chart: false, kind: LIVE },
	{
		id: 'states-817',
		path: `es/${E}/snapshots/opposition-81-7/states/`,
		fmt: 'pym',
		chart: false,
		kind: PINNED
	},
	{ id: 'stm', path: `es/${E}/statements/`, fmt: 'dw', chart: true, kind: LIVE },
	{
		id: 'stm-b2',
		path: `es/${E}/snapshots/cne-bulletin-2/statements/`,
		fmt: 'amp',
		chart: true,
		kind: PINNED
	},
	{ id: 'claim', path: `es/${E}/claims/machado-night-70-30/`, fmt: 'pym', chart: true, kind: LIVE },
	{
		id: 'claim-b2',
		path: `es/${E}/snapshots/cne-bulletin-2/claims/machado-night-70-30/`,
		fmt: 'dw',
		chart: true,
		kind: PINNED
	},
	// English smoke test.
	{
		id: 'en-cov',
		path: `en/${E}/coverage/`,
		fmt: 'amp',
		chart: true,
		kind: /Live:.*follows the latest release/
	}
];

/** The host page: iframes of `embeds`, each resized by the one protocol its `data-fmt` names. */
async function hostPage(page: Page, baseURL: string, embeds: Embed[], sandbox: boolean) {
	const frames = embeds
		.map(
			(e) =>
				`<iframe data-id="${e.id}" data-fmt="${e.fmt}" title="${e.id}" src="${baseURL}embed/${e.path}?childId=${e.id}" style="border:0;width:600px;height:150px;display:block" ${sandbox ? 'sandbox="allow-scripts"' : ''}></iframe>`
		)
		.join('\n');
	const body = `<!doctype html><html lang="en"><head><title>Article</title></head><body style="margin:0">
<script>
window.sized = {};
addEventListener('message', (e) => {
	const d = e.data;
	let id, h, fmt;
	if (typeof d === 'string') {
		const p = d.split('xPYMx');
		if (p[0] === 'pym' && p[2] === 'height') [id, h, fmt] = [p[1], Number(p[3]), 'pym'];
	} else if (d && d['datawrapper-height']) {
		for (const k of Object.keys(d['datawrapper-height'])) [id, h, fmt] = [k, d['datawrapper-height'][k], 'dw'];
	} else if (d && d.sentinel === 'amp' && d.type === 'embed-size') {
		// AMP names no id: the sender is the frame.
		const f = [...document.querySelectorAll('iframe')].find((f) => f.contentWindow === e.source);
		[id, h, fmt] = [f && f.dataset.id, d.height, 'amp'];
	}
	const f = id && document.querySelector('iframe[data-id="' + id + '"]');
	if (f && f.dataset.fmt === fmt) { f.style.height = h + 'px'; window.sized[id] = (window.sized[id] || 0) + 1; }
});
</script>
${frames}</body></html>`;
	server = createServer((_req, res) => {
		res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
		res.end(body);
	});
	await new Promise<void>((done) => server!.listen(0, '127.0.0.1', done));
	const { port } = server.address() as AddressInfo;
	await page.goto(`http://127.0.0.1:${port}/newsroom/article.html`);
}

let server: Server | undefined;
test.afterEach(async () => {
	await new Promise((done) => (server ? server.close(done) : done(undefined)));
	server = undefined;
});

function frameOf(page: Page, id: string): Frame {
	const f = page.frames().find((x) => new URL(x.url()).searchParams.get('childId') === id);
	if (!f) throw new Error(`no frame ${id}`);
	return f;
}

/** Non-blank pixels of the first canvas in the frame (0 when there is none or nothing drawn). */
const inked = (f: Frame) =>
	f.evaluate(() => {
		const c = document.querySelector('canvas');
		if (!c || c.width === 0 || c.height === 0) return 0;
		const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
		let n = 0;
		for (let i = 3; i < d.length; i += 4) if (d[i]! > 0) n++;
		return n;
	});

test('every chart embed, sandboxed (allow-scripts only) on another origin without CORS headers: no console error, charts drawn, the frame grown to its content by pym.js, Datawrapper or AMP alone', async ({
	page,
	baseURL
}) => {
	test.slow();
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
	await page.setViewportSize({ width: 800, height: 900 });
	await hostPage(page, baseURL!, EMBEDS, true);
	for (const e of EMBEDS) {
		await expect.poll(() => page.frames().length).toBeGreaterThan(EMBEDS.indexOf(e));
		const f = frameOf(page, e.id);
		await f.waitForLoadState('load');
		const root = f.locator('[data-embed-root]');
		await expect(root.locator('[data-embed-kind]'), e.id).toHaveText(e.kind);
		// Source and as-of time of what it shows; a way out to the full page.
		await expect(root.getByTestId('source-line').first()).toContainText(/datos al|data as of/);
		await expect(root.locator('.full a')).toHaveAttribute('target', '_blank');
		// Every chart has its text description and its table in the HTML.
		expect(await root.locator('table').count(), e.id).toBeGreaterThan(0);
		if (e.chart) {
			// The chart's script loads when the chart nears the viewport: bring it there (the claim
			// embed's chart ends its card, screens down the frame).
			await page
				.locator(`iframe[data-id="${e.id}"]`)
				.evaluate((el) => el.scrollIntoView({ block: 'start' }));
			await f.locator('figure.chart').first().scrollIntoViewIfNeeded();
			await expect.poll(() => inked(f), `${e.id}: canvas drawn`).toBeGreaterThan(500);
		}
		// The iframe is exactly as tall as the embed's content, sized by its one protocol.
		const content = () => root.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		const frameHeight = () =>
			page.locator(`iframe[data-id="${e.id}"]`).evaluate((el) => el.getBoundingClientRect().height);
		await expect.poll(async () => (await frameHeight()) - (await content()), e.id).toBe(0);
		expect(await frameHeight(), e.id).toBeGreaterThan(300);
	}
	// Sandboxed without same-origin, the live embeds cannot read data/ on a host without CORS
	// headers: they say so instead of failing.
	for (const id of ['cov', 'states', 'stm', 'claim'])
		await expect(frameOf(page, id).locator('[data-embed-live]')).toContainText(
			'No se actualiza aquí'
		);
	await expect(frameOf(page, 'en-cov').locator('[data-embed-live]')).toContainText(
		'Not updating here'
	);
	const sized = await page.evaluate(() => (window as unknown as { sized: object }).sized);
	expect(Object.keys(sized).sort()).toEqual(EMBEDS.map((e) => e.id).sort());
	expect(errors).toEqual([]);
});

// Figures: CNE bulletin 1 (fact sheet §1b, 80 % announced) is the release of the pinned coverage
// embed; the test release is the real data plus one newer release, written with the build's code.
test('a newer release: the live embed follows it, the pinned embed keeps its release', async ({
	page,
	baseURL
}) => {
	const built = JSON.parse(readFileSync('build/data/venezuela-2024/live.json', 'utf8')) as {
		builtAt: string;
	};
	const bundle = JSON.parse(
		readFileSync('build/data/venezuela-2024.json', 'utf8')
	) as ElectionBundle;
	const newer = buildLiveFile(
		withTestRelease(bundle, 1000),
		new Date(Date.parse(built.builtAt) + 3600_000).toISOString()
	);
	const asked: string[] = [];
	await page.context().route('**/data/venezuela-2024/live.json', (route) => {
		asked.push(route.request().frame().url());
		return route.fulfill({ contentType: 'application/json', body: JSON.stringify(newer) });
	});
	const errors: string[] = [];
	page.on('pageerror', (e) => errors.push(e.message));
	await hostPage(
		page,
		baseURL!,
		[EMBEDS[0]!, EMBEDS[1]!], // live and pinned coverage, not sandboxed: both could fetch
		false
	);
	// The live embed sees the newer build and reloads to it; here the host still serves the same
	// page, so after one reload it says the new figures are not on the server yet.
	await expect.poll(() => frameOf(page, 'cov').url()).toContain(`v=${newer.version}`);
	await expect(frameOf(page, 'cov').locator('[data-embed-live]')).toContainText(
		'aún no están en el servidor'
	);
	// The pinned one never asked, and still shows CNE bulletin 1 and only it.
	const pinned = frameOf(page, 'cov-b1');
	expect(pinned.url()).not.toContain('v=');
	expect(asked.filter((u) => u.includes('cov-b1'))).toEqual([]);
	await expect(pinned.locator('[data-embed-kind]')).toContainText('Boletín 1 del CNE');
	await expect(pinned.getByTestId('source-line')).toHaveCount(1);
	expect(errors).toEqual([]);
});
