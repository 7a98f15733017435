import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { liveFileTargets } from '../../src/lib/live/build-live-file';
import { contentHash } from '../../src/lib/live/content-hash';
import { checkLiveFile } from '../../src/lib/live/live-file';
import { checkResultsBody } from '../../src/lib/live/live-load';

// The live files in build/ (built by `npm run build:e2e`): what every open page polls must be
// small, valid by the browser's own schema, and point only at files that are there.
const elections = readdirSync('build/data', { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);

test('every election has a live file, at most 3 kB gzip, valid, pointing only at built files', () => {
	expect(elections).toContain('venezuela-2024');
	for (const election of elections) {
		const text = readFileSync(`build/data/${election}/live.json`, 'utf8');
		expect(gzipSync(text).length, `${election}/live.json gzip bytes`).toBeLessThanOrEqual(3000);
		// Never region or sheet-level data, whatever their size.
		expect(text).not.toContain('"regions"');
		expect(text).not.toContain('sheets/');
		const r = checkLiveFile(JSON.parse(text), election);
		expect(r.ok ? [] : r.errors).toEqual([]);
		if (!r.ok) continue;
		for (const target of liveFileTargets(r.file))
			expect(existsSync(`build/${target}`), `build/${target}`).toBe(true);
		const results = readFileSync(`build/${r.file.results.href}`, 'utf8');
		expect(contentHash(results)).toBe(r.file.results.version);
		expect(checkResultsBody(results, r.file, election).ok).toBe(true);
	}
});

test('the pages that poll were built with the same live version; pinned embeds carry none', () => {
	const { version } = JSON.parse(readFileSync('build/data/venezuela-2024/live.json', 'utf8'));
	for (const page of [
		'es/venezuela-2024/index.html',
		'en/venezuela-2024/index.html',
		'embed/es/venezuela-2024/index.html'
	])
		expect(readFileSync(`build/${page}`, 'utf8'), page).toContain(version);
	const pinned = readFileSync('build/embed/es/venezuela-2024/snapshots/cne-bulletin-2/index.html', 'utf8');
	expect(pinned).not.toContain(version);
	expect(pinned).not.toContain('pollSeconds');
});
