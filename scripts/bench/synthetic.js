#!/usr/bin/env node
// Synthetic election data for build benchmarks: N valid election folders (they pass data:check)
// of realistic size — 2 tabulations × 10 snapshots × 24 regions, 40 statements, 10 claims each.
// The figures are made up by a seeded generator; they are for timing builds, never for display.
//   node scripts/bench/synthetic.js <count> <out-dir>
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';

export const SIZES = { tabulations: 2, snapshots: 10, regions: 24, statements: 40, claims: 10 };

/**
 * Deterministic PRNG (mulberry32), so every run builds the same data.
 * @param {number} seed
 */
function rng(seed) {
	let a = seed >>> 0;
	return () => {
		a = (a + 0x6d2b79f5) >>> 0;
		let t = a;
		t = Math.imul(t ^ (t >>> 15), t | 1);
		t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

const COUNTRIES =
	'AR BO BR CA CL CO CR CU DE DO EC ES FR GB GT HN IT JM MX NI PA PE PT PY SV US UY CN RU IN JP KR ZA NG EG TR IR AU NZ NL'.split(
		' '
	);
const STANCES = ['recognises', 'asks-verification', 'rejects', 'other'];

/** @param {string} es @param {string} en */
const loc = (es, en) => ({ es, en });
/** @param {unknown} v */
const json = (v) => JSON.stringify(v, null, '\t') + '\n';

/**
 * The files of one synthetic election folder, as `{ relative path: JSON value }`.
 * @param {number} n election number (1-based), also the seed
 * @returns {Record<string, unknown>}
 * @example Object.keys(syntheticElection(1)) // ['election.json', 'tabulations/t0.json', …]
 */
export function syntheticElection(n) {
	const r = rng(n);
	const id = `synthetic-${String(n).padStart(3, '0')}`;
	const year = 2000 + (n % 100);
	const date = `${year}-06-${String(1 + (n % 28)).padStart(2, '0')}`;
	const candidates = ['a', 'b', 'c', 'd', 'e'].map((c, i) => ({
		id: `cand-${c}`,
		fullName: `Candidate ${c.toUpperCase()} ${n}`,
		shortName: `Cand. ${c.toUpperCase()}`,
		party: `Party ${c.toUpperCase()}`,
		color: ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00'][i]
	}));
	const regions = Array.from({ length: SIZES.regions }, (_, i) => ({
		id: `region-${i + 1}`,
		code: String(i + 1),
		name: `Region ${i + 1}`,
		tile: { row: Math.floor(i / 6), col: i % 6 }
	}));
	/** @type {Record<string, unknown>} */
	const files = {};
	files['sources.json'] = Array.from({ length: 5 }, (_, i) => ({
		id: `src-${i + 1}`,
		publisher: `Publisher ${i + 1}`,
		title: `Report ${i + 1}`,
		url: `https://example.org/${id}/report-${i + 1}`,
		lang: 'en',
		published: date
	}));
	const actors = [
		{
			id: 'authority',
			name: loc('Autoridad electoral', 'Electoral authority'),
			kind: 'electoral-authority'
		},
		{ id: 'observers', name: loc('Observadores', 'Observers'), kind: 'observer-mission' },
		{ id: 'campaign', name: loc('Campaña', 'Campaign'), kind: 'campaign' },
		...COUNTRIES.map((c) => ({
			id: `gov-${c.toLowerCase()}`,
			name: loc(`Gobierno ${c}`, `Government ${c}`),
			kind: 'government',
			country: c,
			region: 'global'
		}))
	];
	files['actors.json'] = actors;
	const unitsPerRegion = 400;
	const unitsTotal = unitsPerRegion * SIZES.regions;
	const registered = unitsTotal * 500;
	files['election.json'] = {
		id,
		name: loc(`Elección sintética ${n}`, `Synthetic election ${n}`),
		date,
		country: 'XK',
		office: loc('Presidencia', 'Presidency'),
		timeZone: 'America/Caracas',
		registeredVoters: { count: registered, sourceIds: ['src-1'] },
		countingUnit: { kind: 'tally-sheet', total: { count: unitsTotal, sourceIds: ['src-1'] } },
		candidates,
		regions,
		summary: loc('Datos sintéticos para medir la compilación.', 'Synthetic data for build timing.')
	};
	const weights = candidates.map(() => 0.2 + r());
	for (let t = 0; t < SIZES.tabulations; t++) {
		const tid = `tab-${t}`;
		const snapshots = [];
		for (let s = 0; s < SIZES.snapshots; s++) {
			const frac = (s + 1) / SIZES.snapshots;
			const regionResults = regions.map((reg) => {
				const units = Math.round(unitsPerRegion * frac);
				const results = candidates.map((c, i) => ({
					contestant: c.id,
					votes: Math.round(units * 300 * (weights[i] ?? 1) * (0.8 + 0.4 * r()))
				}));
				const valid = results.reduce((a, x) => a + x.votes, 0);
				return {
					region: reg.id,
					unitsCounted: units,
					results,
					totals: { valid, null: Math.round(valid * 0.01) }
				};
			});
			const results = candidates.map((c) => ({
				contestant: c.id,
				votes: regionResults.reduce(
					(a, rr) => a + (rr.results.find((x) => x.contestant === c.id)?.votes ?? 0),
					0
				)
			}));
			const valid = results.reduce((a, x) => a + x.votes, 0);
			const nul = regionResults.reduce((a, rr) => a + (rr.totals.null ?? 0), 0);
			const hour = 18 + Math.floor((s * 10) / 60);
			snapshots.push({
				id: `${tid}-s${s + 1}`,
				label: loc(`Boletín ${s + 1}`, `Bulletin ${s + 1}`),
				asOf: `${date}T${String(Math.min(hour, 23)).padStart(2, '0')}:${String((s * 10) % 60).padStart(2, '0')}:00-04:00`,
				coverage: {
					unitsCounted: Math.round(unitsPerRegion * frac) * SIZES.regions,
					unitsTotal,
					announcedPercent: Math.round(frac * 10000) / 100
				},
				results,
				totals: { valid, null: nul, voters: valid + nul },
				regions: regionResults,
				sourceIds: [`src-${1 + (s % 5)}`]
			});
		}
		files[`tabulations/${tid}.json`] = [
			{
				id: tid,
				name: loc(
					t === 0 ? 'Oficial' : 'Actas recogidas',
					t === 0 ? 'Official' : 'Collected tally sheets'
				),
				kind: t === 0 ? 'official-bulletins' : 'collected-tally-sheets',
				official: t === 0,
				publisher: t === 0 ? 'authority' : 'observers',
				snapshots
			}
		];
	}
	files['claims.json'] = Array.from({ length: SIZES.claims }, (_, i) => ({
		id: `claim-${i + 1}`,
		actor: i % 2 === 0 ? 'authority' : 'campaign',
		madeAt: `${date}T23:${String(i).padStart(2, '0')}:00-04:00`,
		quote: {
			text: `Claim number ${i + 1} about the result.`,
			lang: 'en',
			kind: 'verbatim',
			translations: {
				es: { text: `Afirmación número ${i + 1} sobre el resultado.`, by: 'editorial' }
			}
		},
		assertions: [{ kind: 'winner', contestant: `cand-${i % 2 === 0 ? 'a' : 'b'}` }],
		about: `tab-${i % SIZES.tabulations}`,
		sourceIds: ['src-2']
	}));
	files['statements.json'] = Array.from({ length: SIZES.statements }, (_, i) => ({
		id: `statement-${i + 1}`,
		actors: [`gov-${(COUNTRIES[i % COUNTRIES.length] ?? 'US').toLowerCase()}`],
		date,
		stance: STANCES[i % STANCES.length],
		quote: {
			text: `Statement number ${i + 1}.`,
			lang: 'en',
			kind: 'verbatim',
			translations: { es: { text: `Declaración número ${i + 1}.`, by: 'editorial' } }
		},
		sourceIds: ['src-3']
	}));
	files['revisions.json'] = [{ date, summary: loc('Datos sintéticos.', 'Synthetic data.') }];
	return files;
}

/**
 * Write `count` synthetic election folders to `dir` (emptied first).
 * @param {number} count
 * @param {string} dir
 */
export function writeSynthetic(count, dir) {
	rmSync(dir, { recursive: true, force: true });
	for (let n = 1; n <= count; n++) {
		const files = syntheticElection(n);
		const id = /** @type {{id: string}} */ (files['election.json']).id;
		for (const [rel, value] of Object.entries(files)) {
			const abs = join(dir, id, rel);
			mkdirSync(join(abs, '..'), { recursive: true });
			writeFileSync(abs, json(value));
		}
	}
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
	const [count = '1', dir = 'bench-out/data'] = process.argv.slice(2);
	writeSynthetic(Number(count), dir);
	console.log(`✓ ${count} synthetic election(s) in ${dir}`);
}
