import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { buildFindings } from './claims-page';
import {
	findingSnapshotIds,
	releaseFindings,
	releaseFindingsCount,
	withDerived
} from './release-findings';

const { bundle, errors } = validateElectionFiles(
	readElectionFolder(resolve('src/data/elections/venezuela-2024'), 'venezuela-2024', [])
);

describe('releaseFindings', () => {
	it('puts every finding of the claims page on exactly one release page', () => {
		expect(errors).toEqual([]);
		const all = withDerived(buildFindings(bundle!, 'en')).map((f) => f.id);
		const pages = findingSnapshotIds(bundle!).flatMap((id) =>
			withDerived(releaseFindings(bundle!, id, 'en')).map((f) => f.id)
		);
		expect(pages.sort()).toEqual([...all].sort());
		expect(new Set(pages).size).toBe(pages.length);
	});

	it('files a comparison of two releases under the later one, derived findings under their parent', () => {
		const b2 = releaseFindings(bundle!, 'cne-bulletin-2', 'en').map((f) => f.id);
		expect(b2).toContain('monotonic:cne-bulletin-1:cne-bulletin-2');
		expect(b2).toContain('increments:cne-bulletin-1:cne-bulletin-2');
		const b1 = releaseFindings(bundle!, 'cne-bulletin-1', 'en');
		expect(b1.map((f) => f.id)).not.toContain('monotonic:cne-bulletin-1:cne-bulletin-2');
		const round = b1.find((f) => f.id === 'round-percentages:cne-bulletin-1:0.1')!;
		expect(round.derived.map((f) => f.id)).toEqual(['round-percentages:cne-bulletin-1:0.01']);
		expect(b1.map((f) => f.id)).not.toContain('round-percentages:cne-bulletin-1:0.01');
	});

	it('counts problems and passed checks, derived findings included', () => {
		const b1 = withDerived(releaseFindings(bundle!, 'cne-bulletin-1', 'en'));
		const passed = b1.filter((f) => f.passed).length;
		expect(releaseFindingsCount(releaseFindings(bundle!, 'cne-bulletin-1', 'en'))).toEqual({
			problems: b1.length - passed,
			passed
		});
		// Both round-percentage findings of bulletin 1 (0.1 % and 0.01 % steps) are problems.
		expect(b1.length - passed).toBeGreaterThanOrEqual(2);
		expect(releaseFindingsCount([])).toBeUndefined();
	});
});
