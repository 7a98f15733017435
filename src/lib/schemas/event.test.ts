import { describe, expect, it } from 'vitest';
import { EventSchema } from './event';
import { validateElectionFiles } from '../data/bundle';
import { readElectionFolder } from '../server/load-dataset';
import { resolve } from 'node:path';

const ruling = {
	id: 'tsj-ruling',
	date: '2024-08-22',
	kind: 'ruling',
	actor: 'authority',
	title: { es: 'Fallo', en: 'Ruling' },
	sourceIds: ['fixture-source']
};

describe('EventSchema', () => {
	it('accepts a dated ruling with sources', () =>
		expect(EventSchema.parse(ruling).id).toBe('tsj-ruling'));
	it.each([
		['a date without a year', { ...ruling, date: '08-22' }],
		['a time without an offset', { ...ruling, date: '2024-08-22T10:00:00' }],
		['an unknown kind', { ...ruling, kind: 'speech' }],
		['no sources', { ...ruling, sourceIds: [] }]
	])('rejects %s', (_, value) => expect(EventSchema.safeParse(value).success).toBe(false));
});

describe('events in an election folder', () => {
	function withEvents(data: unknown) {
		const files = readElectionFolder(
			resolve('tests/fixtures/elections/valid-minimal/fixture-2030'),
			'fixture-2030',
			[]
		);
		files.events = [{ file: 'fixture-2030/events.json', data }];
		return validateElectionFiles(files);
	}
	it('are optional and cross-checked: unknown actor and source ids are errors', () => {
		expect(withEvents([ruling]).errors).toEqual([]);
		const { errors } = withEvents([{ ...ruling, actor: 'ghost', sourceIds: ['nowhere'] }]);
		expect(errors.map((e) => `${e.path}: ${e.found}`)).toEqual([
			'[0].actor: unknown actor id "ghost"',
			'[0].sourceIds[0]: unknown source id "nowhere"'
		]);
	});
});
