import { describe, expect, it } from 'vitest';
import { validateElectionFiles } from '../../data/bundle';
import type { Tabulation } from '../../schemas';
import { validateCurrent } from './common';
import { Workspace } from './workspace';

describe('Workspace.memo', () => {
	it('parses an unchanged file once, and a rewritten or appended one again', () => {
		const { ws } = Workspace.load('src/data/elections', 'venezuela-2024');
		validateCurrent(ws!);
		expect(validateElectionFiles(ws!.raw(), ws!.memo).errors).toEqual([]);
		// Changed in place (the same list object), then marked: the change is seen.
		const tabs = ws!.data('tabulations/cne.json') as Tabulation[];
		tabs[0]!.snapshots[0]!.results[0]!.votes = -1;
		ws!.rewrite('tabulations/cne.json', tabs);
		const after = validateElectionFiles(ws!.raw(), ws!.memo).errors;
		expect(after).toContainEqual(
			expect.objectContaining({
				file: expect.stringMatching(/tabulations\/cne\.json$/),
				path: '[0].snapshots[0].results[0].votes',
				expected: 'a count ≥ 0'
			})
		);
		expect(after).toEqual(validateElectionFiles(ws!.raw()).errors);
		ws!.append('sources/results.json', [{ id: 'Bad Id' }]);
		const appended = validateElectionFiles(ws!.raw(), ws!.memo).errors;
		expect(appended.length).toBeGreaterThan(after.length);
		expect(appended).toEqual(validateElectionFiles(ws!.raw()).errors);
	}, 60_000);
});
