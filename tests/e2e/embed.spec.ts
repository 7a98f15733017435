import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { expect, test, type Page } from '@playwright/test';

// The embed as a newsroom uses it: inside an iframe on an article page (served by the test itself;
// Chromium's local-network checks forbid a made-up public host framing 127.0.0.1), and sandboxed
// the way WordPress does it (`allow-scripts` without same-origin: an opaque origin, no cookies, no
// storage, no CORS-less module loading).

type Msg = string | Record<string, unknown>;

async function hostPage(page: Page, src: string, sandbox: boolean, width = 600): Promise<void> {
	const host = `${new URL(src).origin}/newsroom/article.html`;
	await page.route(host, (route) =>
		route.fulfill({
			contentType: 'text/html',
			body: `<!doctype html><html><head><title>Article</title></head><body style="margin:0">
<script>window.msgs = []; addEventListener('message', (e) => window.msgs.push(e.data));</script>
<iframe id="f" src="${src}" title="Results" style="border:0;width:${width}px;height:200px"
${sandbox ? 'sandbox="allow-scripts allow-popups"' : ''}></iframe></body></html>`
		})
	);
	await page.goto(host);
}

const messages = (page: Page) => page.evaluate(() => (window as unknown as { msgs: Msg[] }).msgs);

function heights(msgs: Msg[], id: string) {
	const pym = msgs
		.filter((m): m is string => typeof m === 'string')
		.map((m) => new RegExp(`^pymxPYMx${id}xPYMxheightxPYMx(\\d+)$`).exec(m)?.[1])
		.filter(Boolean)
		.map(Number);
	const dw = msgs
		.map(
			(m) => (m as { 'datawrapper-height'?: Record<string, number> })['datawrapper-height']?.[id]
		)
		.filter((h): h is number => typeof h === 'number');
	const amp = msgs
		.filter(
			(m) =>
				typeof m === 'object' &&
				(m as { sentinel?: string }).sentinel === 'amp' &&
				(m as { type?: string }).type === 'embed-size'
		)
		.map((m) => (m as { height: number }).height);
	return { pym, dw, amp };
}

for (const sandbox of [false, true])
	test(`the embed reports its height in the pym.js, Datawrapper and AMP formats (${sandbox ? 'sandboxed like WordPress' : 'plain iframe'})`, async ({
		page,
		baseURL
	}) => {
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		await hostPage(
			page,
			`${baseURL}embed/es/venezuela-2024/?initialWidth=600&childId=results-es`,
			sandbox
		);
		const frame = page.frameLocator('#f');
		await expect(frame.locator('tr[data-contestant="maduro"]').first()).toContainText('6.408.844');
		await expect
			.poll(async () => heights(await messages(page), 'results-es').amp.length)
			.toBeGreaterThan(0);
		// The height is the content's: the host sets it and the frame shows everything.
		const content = () =>
			frame
				.locator('[data-embed-root]')
				.evaluate((el) => Math.ceil(el.getBoundingClientRect().height));
		await expect
			.poll(async () => heights(await messages(page), 'results-es').pym.at(-1))
			.toBe(await content());
		const h = heights(await messages(page), 'results-es');
		const last = h.pym.at(-1)!;
		expect(last).toBeGreaterThan(600);
		expect(h.dw.at(-1)).toBe(last);
		expect(h.amp.at(-1)).toBe(last);

		// Narrower column → the tables wrap → a new, larger height is posted (ResizeObserver).
		await page.evaluate(
			() => ((document.getElementById('f') as HTMLIFrameElement).style.width = '360px')
		);
		await expect
			.poll(async () => heights(await messages(page), 'results-es').pym.at(-1))
			.toBeGreaterThan(last);
		// The share menus are native disclosures run by classic scripts, which an opaque-origin
		// frame runs too: they open and offer their copy buttons, with no console error.
		const menu = frame.locator('details[data-chart-actions]').first();
		await menu.locator(':scope > summary').click();
		await expect(menu.getByRole('button', { name: 'Copiar enlace' })).toBeVisible();
		// The live status: checking in a plain frame; in a sandboxed one on a host without CORS
		// headers for data/ (this build does not say it has them), it says it is not updating.
		await expect(frame.getByTestId('live-status')).toContainText(
			sandbox ? /No se actualiza aquí/ : /busca datos nuevos|Sin cambios al comprobar/
		);
		expect(errors).toEqual([]);
	});

test('a pym.js parent asking for the width gets a height back', async ({ page, baseURL }) => {
	await hostPage(
		page,
		`${baseURL}embed/en/venezuela-2024/snapshots/cne-bulletin-1/?childId=b1`,
		false
	);
	await expect.poll(async () => heights(await messages(page), 'b1').pym.length).toBeGreaterThan(0);
	const before = heights(await messages(page), 'b1').pym.length;
	await page.evaluate(() =>
		(document.getElementById('f') as HTMLIFrameElement).contentWindow!.postMessage(
			'pymxPYMxb1xPYMxwidthxPYMx600',
			'*'
		)
	);
	await expect
		.poll(async () => heights(await messages(page), 'b1').pym.length)
		.toBeGreaterThan(before);
});

test('without childId, the embed reports under its own path', async ({ page, baseURL }) => {
	await hostPage(page, `${baseURL}embed/es/venezuela-2024/`, false);
	await expect
		.poll(
			async () => heights(await messages(page), '/escrutinio/embed/es/venezuela-2024/').dw.length
		)
		.toBeGreaterThan(0);
});

test('the starting height of the embed code is close to the real height at 600 px', async ({
	page,
	baseURL
}) => {
	for (const path of ['venezuela-2024', 'venezuela-2024/snapshots/cne-bulletin-1']) {
		const oembed = JSON.parse(readFileSync(`build/oembed/es/${path}.json`, 'utf8')) as {
			height: number;
		};
		await page.setViewportSize({ width: 600, height: 800 });
		await page.goto(`${baseURL}embed/es/${path}/`);
		const real = await page.locator('.embed').evaluate((el) => el.getBoundingClientRect().height);
		expect(Math.abs(oembed.height - real)).toBeLessThan(120);
	}
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	for (const c of [
		{ lang: 'es', votes: '6.408.844', source: 'Fuente', full: 'Ver todo en Escrutinio' },
		{ lang: 'en', votes: '6,408,844', source: 'Source', full: 'See it all on Escrutinio' }
	])
		test(`${c.lang}: the embed is complete HTML with a description, canonical, sources and a way out`, async ({
			page
		}) => {
			await page.goto(`embed/${c.lang}/venezuela-2024/`);
			await expect(page.locator('header.site, footer.site')).toHaveCount(0);
			await expect(page.locator('meta[name="robots"]')).toHaveCount(0);
			// For search results: each table's leader and runner-up with their computed shares
			// (CNE bulletin 2: Maduro 51.95 %, to the announced precision; opposition 83.5 %: González 67.08 %).
			await expect(page.locator('meta[name="description"]')).toHaveAttribute(
				'content',
				/Maduro [^.]*51[,.]95\s?%.*González [^.]*43[,.]18\s?%.*González [^.]*67[,.]08\s?%/
			);
			await expect(page.locator('link[rel="canonical"]')).toHaveAttribute(
				'href',
				`/escrutinio/${c.lang}/venezuela-2024/`
			);
			await expect(page.locator('tr[data-contestant="maduro"]').first()).toContainText(c.votes);
			const sourceLines = page.getByTestId('source-line');
			await expect(sourceLines).toHaveCount(2);
			for (const line of await sourceLines.all()) {
				await expect(line).toContainText(c.source);
				await expect(line).toContainText(c.lang === 'es' ? 'datos al' : 'data as of');
				for (const href of await line
					.locator('a')
					.evaluateAll((as) => as.map((a) => a.getAttribute('href'))))
					expect(href).toMatch(/^https?:\/\//);
			}
			const out = page.getByRole('link', { name: c.full });
			await expect(out).toHaveAttribute('href', `/escrutinio/${c.lang}/venezuela-2024/`);
			await expect(out).toHaveAttribute('target', '_blank');
			await expect(out).toHaveAttribute('rel', /noopener/);
			// The share menu is a native disclosure without JavaScript; its links are plain links.
			await page.locator('details[data-chart-actions] > summary').first().click();
			await expect(page.getByRole('link', { name: /CSV/ }).first()).toBeVisible();
		});
});

test('the oEmbed files exist, are oEmbed 1.0 rich, and are announced by the pages', async ({
	page,
	request
}) => {
	for (const lang of ['es', 'en']) {
		const file = `build/oembed/${lang}/venezuela-2024.json`;
		expect(existsSync(file)).toBe(true);
		const o = JSON.parse(readFileSync(file, 'utf8'));
		expect(o).toMatchObject({ type: 'rich', version: '1.0', provider_name: 'Escrutinio' });
		expect(o.html).toContain(`src="/escrutinio/embed/${lang}/venezuela-2024/"`);
		expect(o.width).toBeGreaterThan(0);
		expect(o.height).toBeGreaterThan(0);
		expect(o).not.toHaveProperty('thumbnail_url');
		await page.goto(`${lang}/venezuela-2024/`);
		const link = page.locator('link[rel="alternate"][type="application/json+oembed"]');
		const href = await link.getAttribute('href');
		expect(href).toMatch(new RegExp(`/escrutinio/oembed/${lang}/venezuela-2024\\.json$`));
		const res = await request.get(href!.replace(/^.*\/escrutinio\//, ''));
		expect(res.ok()).toBe(true);
		expect(await res.json()).toEqual(o);
	}
	expect(existsSync('build/oembed/es/venezuela-2024/snapshots/cne-bulletin-1.json')).toBe(true);
	expect(existsSync('build/embed/en/venezuela-2024/snapshots/opposition-83-5/index.html')).toBe(
		true
	);
});

// The budget is 60 kB gzip all-in (issue 13). SvelteKit writes a fresh version stamp into every
// build, which moves the gzip size by a few bytes from one build to the next (a clean clone once
// measured 75,001 bytes against the old 75 kB). The test allows 250 bytes for that, so it fails on a
// real increase, not on the stamp.
const EMBED_BUDGET = 60_000;
const BUILD_STAMP_MARGIN = 250;

test('an embed stays within 60 kB gzip all-in (HTML, JS, CSS); the chart is the opt-in extra', async ({
	page
}) => {
	// A paused clock: the headline embed loads its live poller half a polling interval after the
	// page (1 s in the e2e build, 60 s by default), which is no part of the first load measured here.
	await page.clock.install({ time: Date.parse('2026-12-01T00:00:00Z') });
	await page.clock.pauseAt(Date.parse('2026-12-01T00:00:10Z'));
	for (const path of [
		'embed/es/venezuela-2024/',
		'embed/en/venezuela-2024/snapshots/opposition-83-5/'
	]) {
		const bodies: Promise<Buffer>[] = [];
		page.on('response', (r) => bodies.push(r.body().catch(() => Buffer.alloc(0))));
		await page.goto(path, { waitUntil: 'networkidle' });
		const total = (await Promise.all(bodies)).reduce((n, b) => n + gzipSync(b).length, 0);
		expect(total).toBeLessThanOrEqual(EMBED_BUDGET + BUILD_STAMP_MARGIN);
		page.removeAllListeners('response');
	}
});
