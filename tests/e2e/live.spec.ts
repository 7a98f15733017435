import { existsSync, readFileSync } from 'node:fs';
import { expect, test, type BrowserContext, type Page, type Route } from '@playwright/test';

// Live updates against a test server whose answers the test controls (Playwright routes in front
// of the static build). The e2e build polls every second (LIVE_POLL_SECONDS=1) and calls its
// figures stale after 15 s (LIVE_STALE_SECONDS=15); a fake clock runs the polls, one at a time.
//
// The newer release is made as a newsroom makes one on the night: `npm run build:next`
// (scripts/build-next-release.js) adds "Test bulletin 3" with the data CLI to a copy of the data
// (CNE bulletin 2, fact sheet §1c, Maduro 6,408,844, plus 1,000 votes, citing a source that says
// it is a test), then rebuilds with the e2e build's settings. Its live.json and results.json,
// byte for byte, are the newer files the routes serve. It must be built after build/ (its
// `builtAt` is later, as a real rebuild's is): `npm run test:e2e` builds both in that order.
//
// One newer version is enough. The faults that need "a newer live.json" use it too: truncated, or
// buried under 70 kB of spaces, it is refused before its version counts; "results missing" is
// that newer live.json served before its results.json is uploaded (the upload order the runbook
// forbids), checked while the page still shows the first build.
//
// The election page is rendered without SvelteKit's client: on a newer live file its poller
// (embed/js/live.js) fetches the page itself again and swaps its results in. The routes serve the
// fixture build's prerendered election page to that fetch once `pageUploaded`, else the first
// build's page (an upload not finished yet: the page must keep its figures, say so, and retry).
const NEXT_BUILD = '.svelte-kit/fixture-builds/next-release';
const NEXT_DIR = `${NEXT_BUILD}/data/venezuela-2024`;
const next = (name: string) =>
	existsSync(`${NEXT_DIR}/${name}`) ? readFileSync(`${NEXT_DIR}/${name}`, 'utf8') : '';
const BUILT = readFileSync('build/data/venezuela-2024/live.json', 'utf8');
const LIVE1 = next('live.json');
const RESULTS1 = next('results.json');
const PAGE = 'es/venezuela-2024/index.html';
const PAGE0 = readFileSync(`build/${PAGE}`, 'utf8');
const PAGE1 = existsSync(`${NEXT_BUILD}/${PAGE}`)
	? readFileSync(`${NEXT_BUILD}/${PAGE}`, 'utf8')
	: '';
const EMBED = 'embed/es/venezuela-2024/index.html';
const EMBED0 = readFileSync(`build/${EMBED}`, 'utf8');
const EMBED1 = existsSync(`${NEXT_BUILD}/${EMBED}`)
	? readFileSync(`${NEXT_BUILD}/${EMBED}`, 'utf8')
	: '';
const BUILT_FIGURE = '6.408.844';
const NEW_FIGURE = '6.409.844';
const broken = LIVE1 && JSON.stringify({ ...JSON.parse(LIVE1), tabulations: [] });

type Answer =
	| { body: string; status?: number; headers?: Record<string, string> }
	| 'abort'
	| { status: number };
const FAULTS: Record<string, { answer: Answer; says: RegExp }> = {
	network: { answer: 'abort', says: /el servidor no respondió/ },
	'404': { answer: { status: 404 }, says: /código HTTP 404/ },
	'500': { answer: { status: 500 }, says: /código HTTP 500/ },
	truncated: { answer: { body: LIVE1.slice(0, 700) }, says: /no es JSON válido/ },
	'not JSON': { answer: { body: '<html>oops' }, says: /no es JSON válido/ },
	'breaks the contract': { answer: { body: broken }, says: /no cumplen el formato: live\.json › / },
	older: { answer: { body: BUILT }, says: /versión anterior/ },
	'over the limit': { answer: { body: ' '.repeat(70_000) + LIVE1 }, says: /límite de 64 kB/ }
};

/**
 * Route live.json and results.json of every page of the context to what the state says now:
 * `live` answers live.json; results.json is the rebuilt one once `resultsUploaded`, else a 404
 * (the live embed loads it). The election page's own fetch of itself gets the rebuilt page once
 * `pageUploaded`, else the first build's; opening the page is not routed.
 */
async function control(context: BrowserContext) {
	const state: {
		live: Answer;
		resultsUploaded: boolean;
		pageUploaded: boolean;
		requests: { url: string; headers: Record<string, string> }[];
		pageFetches: number;
		embedFetches: number;
	} = {
		live: { body: BUILT },
		resultsUploaded: true,
		pageUploaded: true,
		requests: [],
		pageFetches: 0,
		embedFetches: 0
	};
	const answer = (route: Route, a: Answer) =>
		a === 'abort'
			? route.abort('failed')
			: route.fulfill({
					status: a.status ?? 200,
					contentType: 'application/json',
					body: 'body' in a ? a.body : 'error',
					headers: 'headers' in a ? a.headers : undefined
				});
	await context.route('**/data/venezuela-2024/live.json', (route) => {
		state.requests.push({ url: route.request().url(), headers: route.request().headers() });
		return answer(route, state.live);
	});
	await context.route('**/data/venezuela-2024/results.json*', (route) =>
		state.resultsUploaded && route.request().url().includes(JSON.parse(LIVE1).results.version)
			? answer(route, { body: RESULTS1 })
			: answer(route, { status: 404 })
	);
	await context.route('**/es/venezuela-2024/', (route) => {
		if (route.request().isNavigationRequest()) return route.fallback();
		state.pageFetches++;
		return route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: state.pageUploaded ? PAGE1 : PAGE0
		});
	});
	// The headline embed's own fetch of itself, the same way (registered last: it wins).
	await context.route('**/embed/es/venezuela-2024/', (route) => {
		if (route.request().isNavigationRequest()) return route.fallback();
		state.embedFetches++;
		return route.fulfill({
			status: 200,
			contentType: 'text/html',
			body: state.pageUploaded ? EMBED1 : EMBED0
		});
	});
	return state;
}

const status = (page: Page) => page.getByTestId('live-status');
const maduro = (page: Page) =>
	page
		.locator('section.snapshot', { hasText: /CNE/ })
		.first()
		.locator('tr[data-contestant="maduro"] td')
		.first();

// Paused: no timer fires unless the test runs the clock (05:12 UTC is 01:12 in Caracas).
const START = Date.parse('2026-12-01T05:11:50Z');
async function pauseClock(page: Page) {
	await page.clock.install({ time: START });
	await page.clock.pauseAt(START + 10_000);
}

async function open(page: Page, path: string) {
	await pauseClock(page);
	await page.goto(path);
	// The page loads its poller half an interval (1 s in the e2e build) after it starts.
	await expect(status(page)).not.toHaveAttribute('data-checks', /./);
	await page.clock.runFor(500);
	await expect(status(page)).toHaveAttribute('data-checks', '0');
}

/** Run the fake clock to the next check and wait until it has ended. */
async function nextCheck(page: Page) {
	const s = status(page);
	await expect(s).toHaveAttribute('data-next', /\d/);
	const { n, wait } = await page.evaluate(() => {
		const d = document.querySelector<HTMLElement>('[data-testid="live-status"]')!.dataset;
		return { n: Number(d.checks), wait: Number(d.next) - Date.now() };
	});
	await page.clock.runFor(Math.max(1, wait));
	await expect(s).toHaveAttribute('data-checks', String(n + 1));
}

test.describe('a newer release made with the data CLI and rebuilt (npm run build:next)', () => {
	test.beforeEach(() => {
		// A missing or out-of-date fixture build fails: it is never a reason to skip.
		expect(
			LIVE1 && RESULTS1 && PAGE1,
			`fixture build missing: npm run build:next (${NEXT_DIR})`
		).toBeTruthy();
		const builtAt = (text: string) => Date.parse(JSON.parse(text).builtAt);
		expect(
			builtAt(LIVE1),
			'the fixture build must be newer than build/: npm run build:next after npm run build:e2e'
		).toBeGreaterThan(builtAt(BUILT));
	});

	test('is the CLI-made test bulletin, labelled and sourced as a test, in the fixture build only', () => {
		const cne = (text: string) =>
			(
				JSON.parse(text) as {
					tabulations: {
						id: string;
						latest: {
							id: string;
							results: { contestant: string; votes: number }[];
							sourceIds: string[];
						};
					}[];
				}
			).tabulations.find((t) => t.id === 'cne')!.latest;
		const before = cne(BUILT);
		const after = cne(LIVE1);
		expect(before.id).toBe('cne-bulletin-2');
		expect(after.id).toBe('test-bulletin-3');
		const votes = (l: typeof after) =>
			Object.fromEntries(l.results.map((r) => [r.contestant, r.votes]));
		expect(votes(after)).toEqual({ ...votes(before), maduro: votes(before).maduro! + 1000 });
		expect(after.sourceIds).toEqual(['escrutinio-test-release']);
		const bundle = JSON.parse(readFileSync(`${NEXT_DIR}.json`, 'utf8')) as {
			sources: { id: string; title?: string; url: string }[];
		};
		expect(bundle.sources.find((x) => x.id === 'escrutinio-test-release')).toMatchObject({
			title: expect.stringMatching(/prueba.*no son datos reales/),
			url: expect.stringMatching(/^https:\/\/example\.org\//)
		});
		expect(readFileSync('build/data/venezuela-2024.json', 'utf8')).not.toContain('test-bulletin-3');
	});

	test('a newer valid release appears on the election page and in the live embed without a reload; the pinned embed stays', async ({
		page,
		context
	}) => {
		test.setTimeout(90_000);
		const server = await control(context);
		await open(page, 'es/venezuela-2024/');
		await page.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await nextCheck(page);
		await expect(maduro(page)).toHaveText(BUILT_FIGURE);
		// The reader put the opposition's count first, opened the CNE's full table, and has the
		// switch focused, scrolled down to it: the update keeps all of that.
		const opp = page.getByRole('button', { name: 'Actas recopiladas por la oposición' });
		await opp.click();
		await page.locator('#tab-cne details.full-table > summary').click();
		await opp.focus();
		await page.evaluate(() => scrollTo(0, 900));
		const scrolled = await page.evaluate(() => scrollY);
		server.live = { body: LIVE1 };
		await nextCheck(page);
		await expect(page.getByTestId('live-announce')).toHaveText(
			'Actualizado 01:12 GMT-4: Boletín de prueba 3, 96,87 % escrutado.'
		);
		await expect(maduro(page)).toHaveText(NEW_FIGURE);
		// The first screen's answer is swapped too: the CNE's margin grew by the 1,000 votes.
		await expect(page.getByTestId('answer').locator('[data-tabulation="cne"]')).toContainText(
			'(1.083.740 votos)'
		);
		await expect(page.getByRole('link', { name: /Boletín de prueba 3/ }).first()).toBeVisible();
		expect(await page.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(1);
		expect(server.pageFetches).toBe(1);
		await expect(page.locator('article.tabulation').first()).toHaveAttribute(
			'data-tabulation',
			'opposition-tally-sheets'
		);
		await expect(opp).toHaveAttribute('aria-pressed', 'true');
		await expect(opp).toBeFocused();
		await expect(page.locator('#tab-cne details.full-table')).toHaveAttribute('open', '');
		expect(await page.evaluate(() => scrollY)).toBe(scrolled);
		// The new release's bars are drawn again (by the share script, near the viewport).
		const bars = page.locator('#tab-cne figure.chart canvas');
		await bars.scrollIntoViewIfNeeded();
		await page.clock.runFor(2000);
		await expect
			.poll(() =>
				bars.evaluate((c: HTMLCanvasElement) => {
					const d = c.getContext('2d')!.getImageData(0, 0, c.width, c.height).data;
					let n = 0;
					for (let k = 3; k < d.length; k += 4) if (d[k]! > 0) n++;
					return n;
				})
			)
			.toBeGreaterThan(500);

		const embed = await context.newPage();
		await pauseClock(embed);
		await embed.goto('embed/es/venezuela-2024/?chart=1');
		// The embed starts its poller half an interval after the page, as the election page does;
		// the first check is one interval after.
		await expect(status(embed)).not.toHaveAttribute('data-checks', /./);
		await embed.clock.runFor(500);
		await expect(status(embed)).toHaveAttribute('data-checks', '0');
		await expect(embed.locator('tr[data-contestant="maduro"] td').first()).toHaveText(BUILT_FIGURE);
		await embed.evaluate(() => ((window as unknown as { marker: number }).marker = 1));
		await nextCheck(embed);
		// The newer embed page's tables are swapped in: no reload, and its chart (asked for with
		// ?chart=1) is shown and drawn again.
		await expect(embed.locator('tr[data-contestant="maduro"] td').first()).toHaveText(NEW_FIGURE);
		await expect(embed.getByTestId('live-announce')).toContainText('Boletín de prueba 3');
		expect(server.embedFetches).toBe(1);
		expect(await embed.evaluate(() => (window as unknown as { marker: number }).marker)).toBe(1);
		await expect(embed.locator('[data-chart-optin]').first()).toBeVisible();
		await expect(embed.locator('h3', { hasText: 'Boletín de prueba 3' }).first()).toBeVisible();

		await Promise.all([page.close(), embed.close()]);
		const pinned = await context.newPage();
		await pauseClock(pinned);
		await pinned.goto('embed/es/venezuela-2024/snapshots/cne-bulletin-2/');
		const polls = server.requests.length;
		await pinned.clock.runFor(30_000);
		await expect(pinned.locator('tr[data-contestant="maduro"] td').first()).toHaveText(
			BUILT_FIGURE
		);
		await expect(pinned.getByTestId('live-status')).toHaveCount(0);
		expect(server.requests.length).toBe(polls);
	});

	test('each fault in turn keeps the last good figures and says why; a good file clears it', async ({
		page,
		context
	}) => {
		test.setTimeout(90_000);
		const server = await control(context);
		// The newer live.json is there before the rebuilt page: the page keeps the first build's
		// figures and says the new page is not on the server yet; it tries again (with back-off)
		// and updates once the page is there.
		server.live = { body: LIVE1, headers: { etag: '"v1"' } };
		server.pageUploaded = false;
		await open(page, 'es/venezuela-2024/');
		await nextCheck(page);
		await expect(page.getByTestId('live-failed')).toContainText(
			/No se pudo actualizar \(la página con las cifras nuevas aún no está en el servidor; se volverá a intentar\)\. Siguen las cifras/
		);
		await expect(maduro(page)).toHaveText(BUILT_FIGURE);
		await nextCheck(page);
		await expect(page.getByTestId('live-failed')).toContainText(/aún no está en el servidor/);
		expect(server.pageFetches).toBe(2);
		server.pageUploaded = true;
		await nextCheck(page);
		await expect(maduro(page)).toHaveText(NEW_FIGURE);
		await expect(page.getByTestId('live-failed')).toHaveCount(0);
		// Conditional request: the poller sends the good file's ETag back; a 304 is a good check.
		server.live = { status: 304 };
		await nextCheck(page);
		expect(server.requests.at(-1)!.headers['if-none-match']).toBe('"v1"');
		await expect(status(page)).toHaveAttribute('data-phase', 'unchanged');
		for (const [name, fault] of Object.entries(FAULTS)) {
			server.live = fault.answer;
			await nextCheck(page);
			await expect(page.getByTestId('live-failed'), name).toContainText(fault.says);
			await expect(maduro(page), name).toHaveText(NEW_FIGURE);
			server.live = { body: LIVE1, headers: { etag: '"v1"' } };
			await nextCheck(page);
			await expect(page.getByTestId('live-failed'), name).toHaveCount(0);
		}
	});

	test('200 polls of random faults never show a figure outside a valid release; stale notice, then recovery', async ({
		page,
		context
	}) => {
		test.setTimeout(240_000);
		const server = await control(context);
		await open(page, 'es/venezuela-2024/');
		// A seeded generator: the same sequence on every run.
		let seed = 12;
		const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
		// Each poll: an answer for live.json, and whether the rebuilt page is uploaded (the newer
		// live.json without it is a fault until the page has the newer release, then the same version).
		const choices: { live: Answer; pageUploaded: boolean }[] = [
			...Object.values(FAULTS).map((f) => ({ live: f.answer, pageUploaded: true })),
			{ live: { body: LIVE1 }, pageUploaded: false },
			{ live: { body: BUILT }, pageUploaded: true },
			{ live: { body: LIVE1 }, pageUploaded: true }
		];
		let sawNew = false;
		for (let i = 0; i < 200; i++) {
			Object.assign(server, choices[Math.floor(random() * choices.length)]!);
			await nextCheck(page);
			const shown = await maduro(page).textContent();
			// Only figures of a valid release; and once the newer one is shown, never the older again.
			expect([BUILT_FIGURE, NEW_FIGURE], `poll ${i}`).toContain(shown);
			if (sawNew) expect(shown, `poll ${i}`).toBe(NEW_FIGURE);
			sawNew ||= shown === NEW_FIGURE;
		}
		expect(sawNew).toBe(true);

		Object.assign(server, { live: { status: 500 }, pageUploaded: true });
		const stale = page.getByTestId('live-stale');
		const goodAt = await page.evaluate(() => Date.now());
		await nextCheck(page);
		while ((await page.evaluate(() => Date.now())) - goodAt < 16_000) await nextCheck(page);
		await expect(stale).toContainText(
			/pueden estar desactualizadas: no hay una comprobación correcta desde el \d/
		);
		await expect(maduro(page)).toHaveText(NEW_FIGURE);
		server.live = { body: LIVE1 };
		await nextCheck(page);
		await expect(stale).toHaveCount(0);
		await expect(page.getByTestId('live-failed')).toHaveCount(0);
	});
});

test('validation code is loaded only once the poller has a file to check', async ({ page }) => {
	const scripts: string[] = [];
	page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
	await open(page, 'es/venezuela-2024/');
	const firstLoad = scripts.length;
	const bodies = await Promise.all(scripts.map((u) => page.request.get(u).then((r) => r.text())));
	// zod's error class is in the validation chunk, not in what the page loads first.
	expect(bodies.some((b) => b.includes('ZodError'))).toBe(false);
	await nextCheck(page);
	await expect(status(page)).toHaveAttribute('data-phase', 'unchanged');
	expect(scripts.length).toBeGreaterThan(firstLoad);
});

// A check that finds nothing new changes only the status line's words: on a phone, in either
// language, nothing under it may move (the Spanish "no change" line once took two lines at 360 px
// and pushed the results down 21 px at the first check, a layout shift on every live page).
for (const lang of ['es', 'en'] as const)
	test(`${lang}: at 360 px a check without news moves nothing on the page`, async ({ page }) => {
		await page.setViewportSize({ width: 360, height: 740 });
		await open(page, `${lang}/venezuela-2024/`);
		const meta = page.locator('main p.meta');
		const before = (await meta.boundingBox())!.y;
		await nextCheck(page);
		await expect(status(page)).toHaveAttribute('data-phase', 'unchanged');
		await expect(page.locator('[data-live-line]')).toHaveText(
			lang === 'es' ? /^Sin cambios/ : /^No change/
		);
		expect((await meta.boundingBox())!.y).toBe(before);
	});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });
	test('the election page shows no live status line', async ({ page }) => {
		await page.goto('es/venezuela-2024/');
		await expect(page.getByTestId('live-status')).toHaveText('');
	});
});
