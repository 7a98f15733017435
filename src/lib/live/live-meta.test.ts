import { describe, expect, it } from 'vitest';
import { getElection } from '../server/load-dataset';
import { buildLiveFile } from './build-live-file';
import { describeUpdate, formatClock, listKeys, releaseKeys } from './live-meta';
import { withTestRelease } from './test-release';

const bundle = getElection('venezuela-2024')!;
const built = buildLiveFile(bundle, '2026-11-30T18:00:00.000Z');
const prev = { latest: releaseKeys(built), lists: listKeys(built) };
const at = Date.parse('2026-12-01T05:12:00Z'); // 01:12 in Caracas

describe('formatClock', () => {
	it('shows the time in the election time zone, with the zone', () => {
		expect(formatClock(at, 'es', 'America/Caracas')).toBe('01:12 GMT-4');
		expect(formatClock(at, 'en', 'America/Caracas')).toBe('01:12 GMT-4');
	});
});

describe('describeUpdate', () => {
	const time = formatClock(at, 'en', 'America/Caracas');

	it('announces the release that changed with its coverage as announced', () => {
		const next = buildLiveFile(withTestRelease(bundle), '2026-11-30T19:00:00.000Z');
		expect(describeUpdate(prev, next, 'en', time)).toBe(
			'Updated 01:12 GMT-4: Test bulletin 3, 96.87% counted.'
		);
		expect(describeUpdate(prev, next, 'es', '01:12 GMT-4')).toBe(
			'Actualizado 01:12 GMT-4: Boletín de prueba 3, 96,87\u00a0% escrutado.'
		);
	});

	it('a corrected figure in the same release is announced too', () => {
		const b = structuredClone(bundle);
		b.tabulations.find((t) => t.official)!.snapshots.at(-1)!.results[0]!.votes -= 1;
		const next = buildLiveFile(b, '2026-11-30T19:00:00.000Z');
		expect(describeUpdate(prev, next, 'en', time)).toMatch(/^Updated 01:12 GMT-4: CNE bulletin 2/);
	});

	it('without a new release: the newest claim or statement when that list changed', () => {
		const b = structuredClone(bundle);
		b.statements = b.statements.filter((s) => s.id !== built.statements[0]!.id);
		const before = buildLiveFile(b, '2026-11-30T17:00:00.000Z');
		const p = { latest: releaseKeys(before), lists: listKeys(before) };
		expect(describeUpdate(p, built, 'en', time)).toBe(
			`Updated 01:12 GMT-4: new statement: “${built.statements[0]!.line.en}”`
		);
	});

	it('nothing a reader would see: nothing to announce', () => {
		expect(describeUpdate(prev, built, 'en', time)).toBeUndefined();
	});
});
