import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateElectionFiles } from '../../data/bundle';
import type { Tabulation } from '../../schemas';
import { validateCurrent } from './common';
import { readText, Workspace } from './workspace';

describe('readText', () => {
	it("gives readFileSync(file, 'utf8')'s text: ASCII, accents, a BOM, bytes that are not UTF-8, nothing", () => {
		const dir = mkdtempSync(join(tmpdir(), 'escrutinio-read-text-'));
		const cases: [string, Uint8Array][] = [
			['ascii', Buffer.from('sheet,region\n1001-1,p-1\n\u007f\u0000,"x"\r\n')],
			['accents', Buffer.from('{"name": "PEÑALVER", "x": "€😀"}\n')],
			['bom', Buffer.from('\ufeff{"a": 1}\n')],
			['latin1-bytes', Uint8Array.from([0x50, 0x45, 0xd1, 0x41, 0x0a, 0xff, 0xc3])],
			['empty', new Uint8Array(0)]
		];
		for (const [name, bytes] of cases) {
			const file = join(dir, name);
			writeFileSync(file, bytes);
			expect(readText(file)).toBe(readFileSync(file, 'utf8'));
		}
	});
});

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

describe('Workspace.memo: results per region of a release the change did not replace', () => {
	const REL = 'tabulations/opposition.json';
	/** The real folder, validated as the CLI does before a change; the largest release's place. */
	const loaded = () => {
		const { ws } = Workspace.load('src/data/elections', 'venezuela-2024');
		const before = validateCurrent(ws!);
		const tabs = ws!.data(REL) as Tabulation[];
		const tab = tabs.find((t) => t.snapshots.some((s) => (s.regions ?? []).length > 100))!;
		const i = tab.snapshots.findIndex((s) => (s.regions ?? []).length > 100);
		return { ws: ws!, before, tabs, tab, i };
	};
	/** A copy that can be changed (the kept lists are frozen). */
	const copy = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

	it('are taken from the first validation, frozen so they cannot change behind it', () => {
		const { ws, before, tabs, tab, i } = loaded();
		const kept = tab.snapshots[i]!.regions;
		expect(Object.isFrozen(kept) && Object.isFrozen(kept[0]!.results[0])).toBe(true);
		expect(() => {
			(kept[0]!.results[0] as { votes: number }).votes = 1;
		}).toThrow(TypeError);
		ws.rewrite(REL, tabs);
		const { bundle } = validateElectionFiles(ws.raw(), ws.memo);
		const id = tab.snapshots[i]!.id;
		const regionsOf = (b: typeof before) =>
			b.tabulations.flatMap((t) => t.snapshots).find((s) => s.id === id)!.regions;
		expect(regionsOf(bundle!)).toBe(regionsOf(before));
	}, 60_000);

	it('give the same problems as a validation without the memo, for changes that break the folder', () => {
		const cases: [string, (c: ReturnType<typeof loaded>) => void][] = [
			[
				'a new release with broken results per region beside the kept one',
				({ ws, tabs, tab, i }) => {
					const s = copy(tab.snapshots[i]!);
					s.id = 'broken-copy';
					delete s.sheets;
					s.regions[0]!.results[0]!.votes = -3;
					s.regions[1]!.region = 'no-such-region';
					s.regions[3] = s.regions[2]!;
					tab.snapshots.push(s);
					ws.rewrite(REL, tabs);
				}
			],
			[
				'the kept release replaced by a copy with a bad count and sums that differ from its sheets',
				({ ws, tabs, tab, i }) => {
					const s = copy(tab.snapshots[i]!);
					s.regions[5]!.results[1]!.votes += 1;
					(s.regions[6]!.totals as Record<string, unknown>).valid = 'many';
					tab.snapshots[i] = s;
					ws.rewrite(REL, tabs);
				}
			],
			[
				'another release changed, the kept one untouched',
				({ ws, tabs, tab, i }) => {
					const j = tab.snapshots.findIndex((s, k) => k !== i);
					const s = copy(tab.snapshots[j]!);
					s.results[0]!.votes = -1;
					tab.snapshots[j] = s;
					ws.rewrite(REL, tabs);
				}
			],
			[
				'the regions the kept release names removed from regions/parish.json',
				({ ws }) => {
					const parishes = ws.data('regions/parish.json') as { id: string }[];
					ws.rewrite('regions/parish.json', parishes.slice(0, parishes.length - 40));
				}
			]
		];
		for (const [what, change] of cases) {
			const c = loaded();
			change(c);
			const withMemo = validateElectionFiles(c.ws.raw(), c.ws.memo).errors;
			expect(withMemo.length, what).toBeGreaterThan(0);
			expect(withMemo, what).toEqual(validateElectionFiles(c.ws.raw()).errors);
		}
	}, 120_000);
});
