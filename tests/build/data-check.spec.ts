import { test, expect } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- edits reach into raw JSON
type Json = any;

// The build refuses bad data: `npm run build` starts with this check, so bad data never reaches
// build/. Each case corrupts one field of a copy of the real Venezuela data.
const cases = [
	{
		name: 'negative votes',
		file: 'tabulations/cne.json',
		edit: (d: Json) => (d[0].snapshots[0].results[0].votes = -5150092),
		message: 'tabulations/cne.json › [0].snapshots[0].results[0].votes: expected a count ≥ 0, got -5150092'
	},
	{
		name: 'coverage of 140 %',
		file: 'tabulations/opposition.json',
		edit: (d: Json) => (d[0].snapshots[1].coverage.announcedPercent = 140),
		message:
			'tabulations/opposition.json › [0].snapshots[1].coverage.announcedPercent: expected a percentage ≤ 100, got 140'
	},
	{
		name: 'an unknown candidate id',
		file: 'tabulations/cne.json',
		edit: (d: Json) => (d[0].snapshots[1].results[2].contestant = 'martines'),
		message:
			'tabulations/cne.json › [0].snapshots[1].results[2].contestant: expected the id of a candidate or group in election.json, got unknown candidate id "martines"'
	},
	{
		name: 'a response dated before its claim',
		file: 'claims/hacking.json',
		edit: (d: Json) => (d[0].responses[0].date = '2024-07-28'),
		message:
			'claims/hacking.json › [0].responses[0].date: expected a date on or after the claim\'s (2024-07-29T00:06:00-04:00), got "2024-07-28"'
	},
	{
		name: 'a remark by an unknown actor',
		file: 'remarks/coverage.json',
		edit: (d: Json) => (d[0].actor = 'ghost'),
		message:
			'remarks/coverage.json › [0].actor: expected the id of an actor in actors.json, got unknown actor id "ghost"'
	},
	{
		name: 'a wrong type',
		file: 'election.json',
		edit: (d: Json) => (d.date = 20240728),
		message: 'election.json › date: expected a text, got 20240728'
	}
];

for (const c of cases) {
	test(`data:check fails on ${c.name}, naming the file and the field`, () => {
		const root = mkdtempSync(join(tmpdir(), 'escrutinio-bad-'));
		cpSync('src/data/elections', root, { recursive: true });
		const f = join(root, 'venezuela-2024', c.file);
		const data = JSON.parse(readFileSync(f, 'utf8'));
		c.edit(data);
		writeFileSync(f, JSON.stringify(data, null, '\t'));
		const r = spawnSync('node', ['scripts/check-data.js', root], { encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toContain(c.message);
		expect(r.stderr).not.toMatch(/^\s+at /m); // a message, not a stack trace
	});
}

test('npm run build fails on bad data and writes nothing', () => {
	const root = mkdtempSync(join(tmpdir(), 'escrutinio-bad-'));
	cpSync('src/data/elections', root, { recursive: true });
	const f = join(root, 'venezuela-2024', 'sources', 'results.json');
	const data = JSON.parse(readFileSync(f, 'utf8'));
	data[0].url = 'javascript:alert(1)';
	writeFileSync(f, JSON.stringify(data));
	const out = join(root, 'out');
	const r = spawnSync('npm', ['run', 'build'], {
		encoding: 'utf8',
		env: { ...process.env, ESCRUTINIO_DATA_DIR: root, BUILD_DIR: out }
	});
	expect(r.status).not.toBe(0);
	expect(r.stderr).toContain(
		'venezuela-2024/sources/results.json › [0].url: expected an http(s) URL, got "javascript:alert(1)"'
	);
	expect(existsSync(out)).toBe(false);
});
