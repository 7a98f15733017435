import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles, type ElectionBundle } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { buildFeedEntries } from './feed';

function real(): ElectionBundle {
	const { bundle, errors } = validateElectionFiles(
		readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
	);
	expect(errors).toEqual([]);
	return bundle!;
}

describe('buildFeedEntries', () => {
	const bundle = real();
	const en = buildFeedEntries(bundle, 'en');
	const es = buildFeedEntries(bundle, 'es');

	it('has one entry per release, dated claim, statement, remark and event, in both languages', () => {
		const releases = bundle.tabulations.flatMap((t) => t.snapshots);
		const dated = bundle.claims.filter((c) => c.madeAt);
		expect(en.length).toBe(
			releases.length +
				dated.length +
				bundle.statements.length +
				bundle.remarks.length +
				bundle.events.length
		);
		expect(es.map((e) => e.key)).toEqual(en.map((e) => e.key));
		for (const s of releases) expect(en.map((e) => e.key)).toContain(`release/${s.id}`);
	});

	it('is newest first and keeps the data order of items on the same instant', () => {
		for (let k = 1; k < en.length; k++) expect(en[k]!.at).toBeLessThanOrEqual(en[k - 1]!.at);
		const sameDay = en.filter((e) => e.kind === 'statement' && e.when === '2024-07-29');
		const inData = bundle.statements.filter((s) => s.date === '2024-07-29').map((s) => s.id);
		expect(sameDay.map((e) => e.key)).toEqual(inData.map((id) => `statement/${id}`));
	});

	it('gives bulletin 1 its time and bulletin 2 only its date (no invented time of day)', () => {
		const b1 = en.find((e) => e.key === 'release/cne-bulletin-1')!;
		const b2 = en.find((e) => e.key === 'release/cne-bulletin-2')!;
		expect(b1.summary).toContain('12:06');
		expect(b1.at).toBe(Date.parse('2024-07-29T00:06:00-04:00'));
		expect(b2.summary).toContain('August 2, 2024');
		expect(b2.summary).not.toMatch(/\d:\d\d/);
		// Ordering only: the start of that civil day in Caracas.
		expect(b2.at).toBe(Date.parse('2024-08-02T00:00:00-04:00'));
	});

	it('links each item to the page that shows it, with a fragment where it has no page', () => {
		const claim = en.find((e) => e.kind === 'claim')!;
		expect(claim.page.slice(0, 3)).toEqual(['en', 'venezuela-2024', 'claims']);
		const st = es.find((e) => e.kind === 'statement')!;
		expect(st.page).toEqual(['es', 'venezuela-2024', 'statements']);
		expect(st.fragment).toBe(st.key.replace('statement/', ''));
		expect(claim.summary).toMatch(/Sources: .+\.$/);
	});
});
