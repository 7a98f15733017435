import { describe, expect, it } from 'vitest';
import { Cite } from '@citation-js/core';
import '@citation-js/plugin-csl';
import { parse as parseBibtex } from '@retorquere/bibtex-parser';
import type { Locale } from '$lib/i18n';
import type { Citation } from '$lib/cite/types';
import { loadDataset } from './load-dataset';
import { chartCitations, citeChart, SHEET_CHECKS, sheetCheckCitations } from './cite';
import {
	claimChartCites,
	resultsChartCites,
	snapshotChartCites,
	statementsChartCites,
	statesChartCites,
	type ChartCiteSpec
} from '$lib/views/chart-cite';
import { buildResultsSection } from '$lib/views/results-section';
import { buildSnapshotPage } from '$lib/views/snapshot-page';
import { buildStatesPage } from '$lib/views/states-page';
import { buildStatementsPage } from '$lib/views/statements-page';
import { buildClaimCard } from '$lib/views/claims-page';
import { releaseInfo } from '$lib/views/snapshot-table';
import { sourcesFor } from '$lib/views/lookup';

const bundle = loadDataset().elections.find((e) => e.election.id === 'venezuela-2024')!;
const opts = { buildDate: '2024-08-07', origin: 'https://example.org' };
const E = '/venezuela-2024';

/** Every chart of every full page of one language, as the page loads describe them. */
function allCharts(lang: Locale): ChartCiteSpec[] {
	const snapshot = buildSnapshotPage(bundle, 'cne-bulletin-1', lang)!;
	const claim = bundle.claims.find((c) => buildClaimCard(bundle, c, lang).chart)!;
	return [
		...resultsChartCites(buildResultsSection(bundle, lang), lang, bundle.election.id),
		...snapshotChartCites(snapshot, lang),
		...statesChartCites(buildStatesPage(bundle, lang), lang),
		...claimChartCites(buildClaimCard(bundle, claim, lang), lang, bundle.election.id),
		...statementsChartCites(buildStatementsPage(bundle, lang), lang)
	];
}

/** What every format of a citation must carry: its absolute URL and the figures' as-of time. */
function expectComplete(c: Citation, url: string, asOf: string) {
	expect(c.url).toBe(url);
	expect(c.formats.map((f) => f.format)).toEqual(['text', 'apa', 'chicago', 'bibtex', 'csl']);
	for (const f of c.formats) {
		expect(f.text, f.format).toContain(url);
		expect(f.text, f.format).toContain(asOf);
	}
	const bib = parseBibtex(c.formats.find((f) => f.format === 'bibtex')!.text);
	expect(bib.errors).toEqual([]);
	expect(bib.entries[0]!.fields.url).toBe(url);
	const csl = new Cite(JSON.parse(c.formats.find((f) => f.format === 'csl')!.text));
	expect(csl.data[0]!.URL).toBe(url);
	expect(csl.data[0]!.publisher).toBe('Escrutinio');
	expect(csl.data[0]!.accessed?.['date-parts']).toEqual([[2024, 8, 7]]);
}

describe('chart citations', () => {
	it('cites every chart of the full pages once, with the link of its menu and its as-of time', async () => {
		for (const lang of ['es', 'en'] as const) {
			const charts = allCharts(lang);
			const keys = charts.map((c) => c.key);
			expect(new Set(keys).size).toBe(keys.length);
			expect(new Set(charts.map((c) => c.id)).size).toBe(charts.length);
			const cites = await chartCitations(bundle, charts, lang, opts);
			for (const chart of charts) {
				const c = cites[chart.key]!;
				expect(c.id).toBe(`chart-${chart.id}`);
				expect(c.title).toContain(bundle.election.name[lang]);
				expect(c.title).toContain(chart.title);
				if (chart.release) expect(c.title).toContain(chart.release);
				expect(c.url).toMatch(new RegExp(`^https://example\\.org/${lang}${E}/`));
				expect(c.url.endsWith(`#${chart.anchor}`)).toBe(true);
				expectComplete(c, c.url, chart.asOf);
			}
		}
	}, 60_000);

	it('keeps the view’s state in the URL: the count shown first and the paired bars', async () => {
		const cites = await chartCitations(bundle, allCharts('en'), 'en', opts);
		const compare = Object.entries(cites).find(([k]) => k.startsWith('compare/cne@'))![1];
		expect(compare.url).toBe(`https://example.org/en${E}/?count=cne&compare=1#share-compare-title`);
		// Both counts' releases are named, and the latest as-of time of the two is the one cited.
		expect(compare.title).toMatch(/Both counts, side by side/);
		expect(compare.title).toContain('CNE');
		const share = cites['share/cne-bulletin-1']!;
		expect(share.url).toBe(
			`https://example.org/en${E}/snapshots/cne-bulletin-1/#share-cne-bulletin-1-title`
		);
		// CNE bulletin 1: 29 July 2024, 00:06 (fact sheet §2).
		expectComplete(share, share.url, '2024-07-29T00:06:00-04:00');
		expect(share.title).toMatch(
			new RegExp(`^${bundle.election.name.en}: chart “Share of the vote: CNE bulletin 1\\b.*”$`)
		);
	});

	it('gives the release where the chart title does not name it', async () => {
		const c = await citeChart(
			bundle,
			{
				key: 'x',
				id: 'x',
				title: 'A chart',
				release: 'CNE bulletin 1',
				path: `/es${E}/`,
				anchor: 'x-title',
				asOf: '2024-07-29T00:06:00-04:00',
				sources: [
					{ publisher: 'CNE', url: 'https://www.cne.gob.ve/' },
					{ publisher: 'CNE', url: 'https://www.cne.gob.ve/' }
				]
			},
			'es',
			opts
		);
		expect(c.title).toBe(`${bundle.election.name.es}: gráfico «A chart», CNE bulletin 1`);
		// Sources once each.
		const csl = JSON.parse(c.formats.find((f) => f.format === 'csl')!.text);
		expect(csl[0].note.match(/cne\.gob\.ve/g)).toHaveLength(1);
	});
});

describe('tally-sheet check citations', () => {
	const tab = bundle.tabulations.find((t) => t.snapshots.some((s) => s.sheets))!;
	const snap = tab.snapshots.find((s) => s.sheets)!;
	for (const lang of ['es', 'en'] as const) {
		it(`cites each of the six sections of the checks page (${lang})`, async () => {
			const release = releaseInfo(bundle, tab, snap, lang);
			const page = {
				release,
				fileSources: sourcesFor(bundle, snap.sheets!.sourceIds),
				regionLevelName: bundle.election.regionLevels?.[0]?.name[lang]
			};
			const cites = await sheetCheckCitations(bundle, page, lang, opts);
			expect(Object.keys(cites)).toEqual([...SHEET_CHECKS]);
			for (const check of SHEET_CHECKS) {
				const c = cites[check];
				const url = `https://example.org/${lang}${E}/snapshots/${snap.id}/sheet-checks/#${check}-heading`;
				expectComplete(c, url, release.asOf);
				expect(c.id).toBe(`sheets-${check}-${snap.id}`);
				expect(c.title).toContain(release.label);
				expect(c.title).toContain(bundle.election.name[lang]);
				// The section's heading without its number.
				expect(c.title).not.toMatch(/«\d\.|“\d\./);
				const note = JSON.parse(c.formats.find((f) => f.format === 'csl')!.text)[0].note;
				for (const s of page.fileSources) expect(note).toContain(s.url);
			}
			expect(cites.consistency.title).toMatch(
				lang === 'es' ? /«¿Cuadra cada acta\?»/ : /“Does each sheet add up\?”/
			);
		});
	}
});
