import { expect, test } from '@playwright/test';

// Figures computed by the claims engine from the data (fact sheet §1b, §2, §3); Spanish puts a
// no-break space before "%".
const nb = (s: string) => s.replace(/ %/g, '\u00a0%');
const cases = [
	{
		lang: 'es',
		heading: 'Lo que se dijo y lo que se publicó',
		impossible: 'Aritméticamente imposible',
		consistent: 'Coherente',
		contradicted: 'Contradicha',
		notEstablished: 'No establecida por los números de Boletín 1 del CNE (80 %)',
		byCne: 'Contradicha por Boletín 1 del CNE (80 %)',
		notVerifiable: 'No verificable',
		needed: nb('64,0 %'),
		neededMinors: nb('61,7 %'),
		needed67: nb('alrededor del 158,2 %'),
		bothFalse: 'no pueden ser ciertas a la vez',
		shares: ['51,1999971 %', '44,1999989 %', '4,6000039 %'].map(nb),
		prob: '≈ 1 entre 101.000.000 (p ≈ 9,88 × 10⁻⁹)',
		model: 'independiente y uniforme',
		vsCne: 'Frente a: Boletines del CNE',
		vsOpp: 'Frente a: Actas recopiladas por la oposición'
	},
	{
		lang: 'en',
		heading: 'What was claimed and what was reported',
		impossible: 'Arithmetically impossible',
		consistent: 'Consistent',
		contradicted: 'Contradicted',
		notEstablished: 'Not established by the numbers of CNE bulletin 1 (80 %)',
		byCne: 'Contradicted by CNE bulletin 1 (80 %)',
		notVerifiable: 'Not verifiable',
		needed: '64.0%',
		neededMinors: '61.7%',
		needed67: 'about 158.2%',
		bothFalse: 'cannot both be true',
		shares: ['51.1999971%', '44.1999989%', '4.6000039%'],
		prob: '≈ 1 in 101,000,000 (p ≈ 9.88 × 10⁻⁹)',
		model: 'independent and uniform',
		vsCne: 'Against: CNE bulletins',
		vsOpp: 'Against: Tally sheets collected by the opposition'
	}
] as const;

for (const c of cases) {
	test(`${c.lang}: the claims page opens with the claims and their verdicts, each linking to its page`, async ({
		page
	}) => {
		await page.goto(`${c.lang}/venezuela-2024/`);
		await page.locator('section.more li[data-section="claims"] a').click();
		await expect(page).toHaveURL(new RegExp(`/escrutinio/${c.lang}/venezuela-2024/claims/$`));
		const panel = page.locator('section.claims-summary');
		await expect(panel.getByRole('heading', { level: 2 })).toHaveText(c.heading);
		const row = (id: string) => panel.locator(`tr[data-claim="${id}"]`);
		await expect(panel.locator('table').first().locator('tbody tr')).toHaveCount(11);
		// Verdict badges carry text and a symbol, not colour alone, and name the count they come from;
		// a row says what was claimed (issue 15, point 10).
		await expect(row('cne-bulletin-1-irreversible')).toContainText(`~ ${c.notEstablished}`);
		await expect(row('us-gonzalez-won-majority').locator('td').nth(2)).toContainText(c.byCne);
		await expect(row('opposition-67-percent').locator('td').first()).toContainText('7');
		await expect(row('opposition-67-percent').locator('td').nth(2)).toContainText(c.impossible);
		await expect(row('opposition-67-percent').locator('td').nth(3)).toContainText(c.consistent);
		await expect(row('carter-center-not-democratic')).toContainText(c.notVerifiable);
		// The key finding: bulletin 1's exact shares and the probability.
		const finding = panel.locator('[data-finding="round-percentages:cne-bulletin-1:0.1"]');
		for (const s of c.shares) await expect(finding).toContainText(s);
		await expect(finding).toContainText(c.prob);
		await row('opposition-67-percent').locator('th a').click();
		await expect(page).toHaveURL(
			new RegExp(`/escrutinio/${c.lang}/venezuela-2024/claims/opposition-67-percent/$`)
		);
	});

	test(`${c.lang}: claims page — irreversible, 67 %, round percentages, sources and as-of everywhere`, async ({
		page
	}) => {
		// It opens the claims page and each claim's own page (eleven loads).
		test.slow();
		const errors: string[] = [];
		page.on('pageerror', (e) => errors.push(e.message));
		page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
		// Each card has its own page; the claims page lists them and holds the findings.
		await page.goto(`${c.lang}/venezuela-2024/claims/`);
		const ids = await page
			.locator('section.claims-summary tr[data-claim]')
			.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-claim') ?? ''));
		expect(ids).toHaveLength(11);

		// The findings are summarised here; each links to its release's page of checks, which
		// holds it in full: the table of exact shares, the model, the citation.
		const round = page
			.locator('section[aria-labelledby="claims-findings"]')
			.locator('[data-finding="round-percentages:cne-bulletin-1:0.1"]');
		await expect(round).toContainText(c.prob);
		await round.locator('.details a').first().click();
		await expect(page).toHaveURL(
			new RegExp(
				`/escrutinio/${c.lang}/venezuela-2024/snapshots/cne-bulletin-1/findings/#finding-round-percentages:cne-bulletin-1:0.1$`
			)
		);
		const full = page.locator('[data-finding="round-percentages:cne-bulletin-1:0.1"]').first();
		for (const s of c.shares) await expect(full.locator('td.exact')).toContainText([s]);
		await expect(full).toContainText(c.prob);
		await expect(full).toContainText(c.model);
		await expect(full.locator('details.cite').first()).toBeAttached();

		await page.goto(`${c.lang}/venezuela-2024/claims/cne-bulletin-1-irreversible/`);
		const cne = page.locator('[data-claim="cne-bulletin-1-irreversible"]');
		await expect(cne.locator('[data-tabulation="cne"] .vs-head')).toContainText(c.vsCne);
		await expect(cne.locator('[data-tabulation="cne"] .vs-head')).toContainText(c.notEstablished);
		const decisive = cne.locator('[data-tabulation="cne"] [data-decides="true"]');
		await expect(decisive).toContainText(c.needed);
		await expect(decisive).toContainText(c.neededMinors);

		await page.goto(`${c.lang}/venezuela-2024/claims/opposition-67-percent/`);
		const opp67 = page.locator('[data-claim="opposition-67-percent"]');
		const vsCne = opp67.locator('[data-tabulation="cne"]');
		await expect(vsCne.locator('.vs-head')).toContainText(c.impossible);
		await expect(vsCne.locator('[data-decides="true"]')).toContainText(c.needed67);
		await expect(vsCne.locator('[data-decides="true"]')).toContainText(c.bothFalse);
		await expect(
			opp67.locator('[data-tabulation="opposition-tally-sheets"] .vs-head')
		).toContainText(c.vsOpp);
		await expect(
			opp67.locator('[data-tabulation="opposition-tally-sheets"] .vs-head')
		).toContainText(c.consistent);

		// The chart draws (JavaScript on) with its description and table beside it.
		const figure = opp67.locator('figure.chart');
		await expect(figure.locator('canvas')).toBeVisible();
		await expect(figure.locator('table tbody tr')).toHaveCount(2);

		// Every card links to its sources; every reported figure carries its release, time and
		// sources (checked in one pass in the page: ten cards hold dozens of releases).
		// Every claim's page links to its sources; every reported figure carries its release, time
		// and sources.
		for (const id of ids) {
			await page.goto(`${c.lang}/venezuela-2024/claims/${id}/`);
			const a = await page.locator(`article.claim-card[data-claim="${id}"]`).evaluate((card) => {
				const http = (scope: Element) =>
					[...scope.querySelectorAll('.sources a')].map((x) => x.getAttribute('href') ?? '');
				const own = card.querySelector('.sources');
				return {
					claimSources: own ? http(own) : [],
					releases: [...card.querySelectorAll('li.release')].map((r) => ({
						head: r.querySelector('.head')?.textContent ?? '',
						sources: http(r)
					}))
				};
			});
			expect(a.claimSources.length, id).toBeGreaterThan(0);
			for (const h of a.claimSources) expect(h).toMatch(/^https?:\/\//);
			for (const r of a.releases) {
				expect(r.head).toMatch(/2024/);
				expect(r.sources.length).toBeGreaterThan(0);
				for (const h of r.sources) expect(h).toMatch(/^https?:\/\//);
			}
		}
		expect(errors).toEqual([]);
	});

	test(`${c.lang}: a claim has its own page, readable without JavaScript`, async ({ browser }) => {
		const context = await browser.newContext({ javaScriptEnabled: false });
		const page = await context.newPage();
		await page.goto(`${c.lang}/venezuela-2024/claims/opposition-67-percent/`);
		await expect(page.getByRole('heading', { level: 1 })).toContainText('PUD');
		await expect(page.locator('[data-tabulation="cne"] [data-decides="true"]')).toContainText(
			c.needed67
		);
		await expect(page.locator('figure.chart table')).toContainText(
			c.lang === 'es' ? '67 %'.replace(' ', '\u00a0') : '67%'
		);
		await page.goto(`${c.lang}/venezuela-2024/claims/`);
		const round = page
			.locator('section[aria-labelledby="claims-findings"]')
			.locator('[data-finding="round-percentages:cne-bulletin-1:0.1"]');
		await expect(round).toContainText(c.prob);
		await page.goto(`${c.lang}/venezuela-2024/snapshots/cne-bulletin-1/findings/`);
		const full = page.locator('[data-finding="round-percentages:cne-bulletin-1:0.1"]');
		for (const s of c.shares) await expect(full).toContainText(s);
		await expect(full).toContainText(c.prob);
		await context.close();
	});
}

test('at 360 px the claims pages and the election page do not scroll sideways', async ({
	browser
}) => {
	const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
	const page = await context.newPage();
	for (const path of [
		'es/venezuela-2024/claims/',
		'en/venezuela-2024/claims/cne-bulletin-1-irreversible/',
		'en/venezuela-2024/'
	]) {
		await page.goto(path);
		const overflow = await page.evaluate(
			() => document.documentElement.scrollWidth - document.documentElement.clientWidth
		);
		expect(overflow, path).toBeLessThanOrEqual(0);
	}
	await context.close();
});

test('the "hacking" claim card: not verifiable from the published data, responses in date order (fact sheet §6.9–6.13)', async ({
	page
}) => {
	await page.goto('en/venezuela-2024/claims/cne-transmission-attack/');
	const card = page.locator('article.claim-card[data-claim="cne-transmission-attack"]');
	await expect(card.locator('.claim-check')).toHaveText(/Not verifiable/);
	await expect(card.locator('.claim-check')).toContainText(
		'not verifiable from the published data'
	);
	await expect(card.locator('[data-tabulation]')).toHaveCount(0);
	const responses = card.getByTestId('claim-responses').locator('li.response');
	await expect(responses).toHaveCount(4);
	expect(
		await responses.locator('time').evaluateAll((ts) => ts.map((t) => t.getAttribute('datetime')))
	).toEqual(['2024-07-29', '2024-07', '2024-08', '2025-05']);
	await expect(responses.nth(0)).toContainText('Tarek William Saab');
	await expect(responses.nth(1)).toContainText('North Macedonia');
	await expect(responses.nth(2)).toContainText('Patricio Ballados');
	await expect(responses.nth(3)).toContainText('Carlos Quintero');
	// Every response names its sources.
	for (const r of await responses.all())
		await expect(r.locator('.sources a').first()).toBeVisible();
});
