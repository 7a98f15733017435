import { describe, expect, it } from 'vitest';
import { validateElectionFiles } from '../data/bundle';
import { loadDataset } from '../server/load-dataset';
import { bundleToRawFiles, formatBundleError } from './bundle-files';

// The bundle the site publishes: the built-in election, validated exactly as the build does.
const { elections } = loadDataset();
const bundle = elections.find((e) => e.election.id === 'venezuela-2024')!;
const published = () => JSON.parse(JSON.stringify(bundle)) as Record<string, unknown>;

describe('bundleToRawFiles', () => {
	it('round-trips the published bundle through the build validation unchanged', () => {
		const { bundle: again, errors } = validateElectionFiles(
			bundleToRawFiles(published(), 'venezuela-2024')
		);
		expect(errors).toEqual([]);
		expect(again).toEqual(bundle);
	});

	it('reports negative votes with a path into the JSON file', () => {
		const json = published() as {
			tabulations: { snapshots: { results: { votes: number }[] }[] }[];
		};
		json.tabulations[0]!.snapshots[1]!.results[0]!.votes = -5;
		const { bundle: b, errors } = validateElectionFiles(bundleToRawFiles(json, 'venezuela-2024'));
		expect(b).toBeUndefined();
		expect(errors.map(formatBundleError)).toContainEqual(
			expect.stringMatching(
				/^tabulations\[0\]\.snapshots\[1\]\.results\[0\]\.votes: expected .*got -5/
			)
		);
	});

	it('rejects the data of another election', () => {
		const { errors } = validateElectionFiles(bundleToRawFiles(published(), 'chile-2025'));
		expect(errors.map(formatBundleError)).toContainEqual(
			expect.stringMatching(/^election\.id: expected the folder name "chile-2025"/)
		);
	});

	it('rejects something that is not a bundle at all', () => {
		for (const junk of [null, 42, 'x', [], {}]) {
			const { bundle: b, errors } = validateElectionFiles(bundleToRawFiles(junk, 'v'));
			expect(b).toBeUndefined();
			expect(errors.length).toBeGreaterThan(0);
		}
	});

	it('does not mutate its input', () => {
		const json = published();
		const before = JSON.stringify(json);
		validateElectionFiles(bundleToRawFiles(json, 'venezuela-2024'));
		expect(JSON.stringify(json)).toBe(before);
	});
});

describe('formatBundleError', () => {
	it('joins file and path as one JSON path', () => {
		expect(
			formatBundleError({
				file: 'election',
				path: 'candidates[0].color',
				expected: 'a colour',
				found: '"x"'
			})
		).toBe('election.candidates[0].color: expected a colour, got "x"');
		expect(
			formatBundleError({ file: 'sources', path: '', expected: 'a list', found: 'object' })
		).toBe('sources: expected a list, got object');
	});
});
