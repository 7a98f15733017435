import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import { validateElectionFiles } from '../data/bundle';
import { buildResultsSection } from '../views/results-section';
import { bundleToRawFiles } from './bundle-files';
import { buildLiveFile, buildResultsJson, liveFileTargets, oneLine } from './build-live-file';
import { checkLiveFile, LiveFileSchema } from './live-file';
import { checkResultsBody } from './live-load';
import { contentHash } from './content-hash';
import { withTestRelease } from './test-release';

const bundle = getElection('venezuela-2024')!;
const AT = '2026-11-30T18:00:00.000Z';

describe('buildLiveFile (built-in data)', () => {
	const file = buildLiveFile(bundle, AT);

	it('passes the schema the browser uses, with a version that matches its content', () => {
		expect(LiveFileSchema.safeParse(file).success).toBe(true);
		expect(checkLiveFile(JSON.parse(JSON.stringify(file)), 'venezuela-2024')).toEqual({
			ok: true,
			file
		});
	});

	it('holds the latest release of each tabulation, official first, with its figures', () => {
		const cne = file.tabulations[0]!;
		expect(cne).toMatchObject({ id: 'cne', official: true, releases: 2 });
		expect(cne.latest.id).toBe('cne-bulletin-2');
		// CNE bulletin 2, fact sheet §1b.
		expect(cne.latest.results.find((r) => r.contestant === 'maduro')?.votes).toBe(6408844);
		expect(cne.latest.coverage.announcedPercent).toBe(96.87);
		expect(file.tabulations.length).toBe(bundle.tabulations.length);
	});

	it('lists at most 5 newest claims and statements, one line of ≤ 120 characters each', () => {
		expect(file.claims.length).toBeGreaterThan(0);
		expect(file.claims.length).toBeLessThanOrEqual(5);
		expect(file.statements.length).toBe(5);
		for (const item of [...file.claims, ...file.statements])
			for (const l of [item.line.es, item.line.en]) expect([...l].length).toBeLessThanOrEqual(120);
		const dates = file.statements.map((s) => s.date!);
		expect([...dates].sort().reverse()).toEqual(dates);
	});

	it('is at most 3 kB gzip', () => {
		expect(gzipSync(JSON.stringify(file)).length).toBeLessThanOrEqual(3000);
	});

	it('the same content built later has the same version; new figures a new version', () => {
		expect(buildLiveFile(bundle, '2027-01-01T00:00:00.000Z').version).toBe(file.version);
		const next = buildLiveFile(withTestRelease(bundle), AT);
		expect(next.version).not.toBe(file.version);
		expect(next.results.version).not.toBe(file.results.version);
		expect(next.tabulations[0]!.latest.id).toBe('test-bulletin-3');
	});

	it('points only at the results file and each latest release CSV', () => {
		expect(liveFileTargets(file)).toEqual([
			'data/venezuela-2024/results.json',
			...file.tabulations.map((t) => `data/venezuela-2024/${t.latest.id}.csv`)
		]);
	});
});

describe('checkLiveFile refuses files that break the contract', () => {
	const file = JSON.parse(JSON.stringify(buildLiveFile(bundle, AT)));
	const cases: [string, (f: typeof file) => void, RegExp][] = [
		['no tabulations', (f) => delete f.tabulations, /live\.json › tabulations: expected/],
		[
			'negative votes',
			(f) => (f.tabulations[0].latest.results[0].votes = -5),
			/votes: expected .*got -5/
		],
		[
			'a link to another host',
			(f) => (f.results.href = 'https://evil.example/x.json'),
			/results\.href/
		],
		[
			'a changed figure under the old version',
			(f) => (f.tabulations[0].latest.results[0].votes += 1),
			/version: expected the content hash/
		],
		['another election', (f) => (f.election = 'chile-2030'), /election: expected "venezuela-2024"/],
		['an unknown field', (f) => (f.extra = 1), /live\.json › \(top\): expected/]
	];
	for (const [name, change, message] of cases)
		it(name, () => {
			const f = structuredClone(file);
			change(f);
			const r = checkLiveFile(f, 'venezuela-2024');
			expect(r.ok).toBe(false);
			if (!r.ok) expect(r.errors.join('\n')).toMatch(message);
		});
});

describe('results.json', () => {
	const text = buildResultsJson(bundle);
	const file = buildLiveFile(bundle, AT);

	it('passes the build rules and draws exactly the results section the page was built with', () => {
		const r = checkResultsBody(text, file, 'venezuela-2024');
		expect(r.ok).toBe(true);
		if (r.ok)
			for (const lang of ['es', 'en'] as const)
				expect(buildResultsSection(r.bundle, lang)).toEqual(buildResultsSection(bundle, lang));
	});

	it('carries no region results and no claims or statements', () => {
		const json = JSON.parse(text);
		expect(json.election.regions).toEqual([]);
		expect(
			json.tabulations.flatMap((t: { snapshots: { regions: unknown[] }[] }) =>
				t.snapshots.flatMap((s) => s.regions)
			)
		).toEqual([]);
		expect(json.claims).toBeUndefined();
		expect(json.statements).toBeUndefined();
		const { bundle: b } = validateElectionFiles(bundleToRawFiles(json, 'venezuela-2024'));
		expect(b?.sources.length).toBeLessThan(bundle.sources.length);
	});

	it('a body that does not match the version the live file announced is refused', () => {
		const older = buildResultsJson(withTestRelease(bundle));
		const r = checkResultsBody(older, file, 'venezuela-2024');
		expect(r).toMatchObject({ ok: false, failure: { reason: 'mismatch' } });
		expect(contentHash(text)).toBe(file.results.version);
	});
});

describe('oneLine', () => {
	it('keeps short text and cuts long text at a word', () => {
		expect(oneLine('  a\n b ')).toBe('a b');
		expect(oneLine('uno dos tres cuatro', 12)).toBe('uno dos…');
		expect([...oneLine('x'.repeat(300))].length).toBe(120);
	});
});
