import { expect, test } from '@playwright/test';
import { existsSync, readFileSync, readdirSync } from 'node:fs';

// The downloads a journalist takes away: static files in build/ (built by `npm run build:e2e`).
const read = (p: string) => readFileSync(`build/${p}`, 'utf8');

test('build/data/<election>.json is the whole election bundle, pretty-printed', () => {
	const text = read('data/venezuela-2024.json');
	expect(text.startsWith('{\n  "election": {\n    "id": "venezuela-2024"')).toBe(true);
	expect(text.endsWith('}\n')).toBe(true);
	const bundle = JSON.parse(text);
	for (const key of [
		'election',
		'tabulations',
		'sources',
		'actors',
		'claims',
		'statements',
		'revisions'
	])
		expect(bundle).toHaveProperty(key);
	expect(bundle.election.regions).toHaveLength(24);
	const snap = bundle.tabulations
		.flatMap((t: { snapshots: unknown[] }) => t.snapshots)
		.find((s: { id: string }) => s.id === 'opposition-83-5');
	const zulia = snap.regions.find((r: { region: string }) => r.region === 'zulia');
	expect(zulia.results).toEqual([
		{ contestant: 'gonzalez', votes: 766915 },
		{ contestant: 'maduro', votes: 321797 },
		{ contestant: 'others', votes: 16446 }
	]);
});

test('build/data/<election>/<snapshot>.csv exists for every release, tidy and safe', () => {
	const bundle = JSON.parse(read('data/venezuela-2024.json'));
	const ids: string[] = bundle.tabulations.flatMap((t: { snapshots: { id: string }[] }) =>
		t.snapshots.map((s) => s.id)
	);
	// Files only: a release with sheets also has a folder of per-state files (sheets-downloads.spec).
	expect(
		readdirSync('build/data/venezuela-2024')
			.filter((f) => f.endsWith('.csv'))
			.sort()
	).toEqual(ids.map((id) => `${id}.csv`).sort());
	for (const id of ids) {
		const csv = read(`data/venezuela-2024/${id}.csv`);
		const lines = csv.split('\r\n');
		expect(lines[0]).toBe(
			'election,tabulation,snapshot,as_of,level,region_code,region_name,contestant,contestant_name,is_group,votes,computed_share,announced_share,units_counted,units_total,valid_votes,null_votes,sources'
		);
		expect(lines.at(-1)).toBe('');
		for (const line of lines.slice(1, -1)) expect(line).toMatch(/^venezuela-2024,[a-z0-9-]+,/);
	}
	// CNE bulletin 1 (fact sheet §1b): counts, shares from counts to 7 d.p., announced kept apart.
	const b1 = read('data/venezuela-2024/cne-bulletin-1.csv');
	expect(b1).toContain(',national,,,maduro,Nicolás Maduro,false,5150092,51.1999971,51.2,');
	// The 83.5 % release by state (§5): 3 national rows and 3 rows per state.
	const o = read('data/venezuela-2024/opposition-83-5.csv').split('\r\n').slice(1, -1);
	expect(o).toHaveLength(3 + 24 * 3);
	expect(o.find((l) => l.includes(',region,17,Sucre,maduro,'))).toContain(
		',209600,47.6142879,,1042,,440204,33,'
	);
	expect(existsSync('build/data/venezuela-2024/opposition-83-5.csv')).toBe(true);
});
