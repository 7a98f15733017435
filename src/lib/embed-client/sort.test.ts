import { describe, expect, it } from 'vitest';
import { nextSort } from './sort';

describe('nextSort (the states table, as the hydrated table sorted)', () => {
	it('sorts names and codes A→Z first, figures largest first', () => {
		const start = { key: 'code', direction: 'ascending' } as const;
		expect(nextSort(start, 'name', true)).toEqual({ key: 'name', direction: 'ascending' });
		expect(nextSort(start, 'margin-points', false)).toEqual({
			key: 'margin-points',
			direction: 'descending'
		});
	});
	it('reverses on a second click', () => {
		const s = nextSort({ key: 'code', direction: 'ascending' }, 'total', false);
		expect(nextSort(s, 'total', false)).toEqual({ key: 'total', direction: 'ascending' });
		expect(nextSort({ key: 'code', direction: 'ascending' }, 'code', true)).toEqual({
			key: 'code',
			direction: 'descending'
		});
	});
});
