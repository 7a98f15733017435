import { describe, expect, it } from 'vitest';
import {
	filterQuery,
	isEmptyFilter,
	matchesRemarkFilter,
	matchesStatementFilter,
	parseStatementFilter,
	type Filterable
} from './statements-filter';

const peru: Filterable = {
	stance: 'rejects',
	actorIds: ['pe'],
	kinds: ['government'],
	regions: ['latin-america-caribbean']
};
const joint: Filterable = {
	stance: 'asks-verification',
	actorIds: ['it', 'fr', 'es'],
	kinds: ['government'],
	regions: ['europe']
};

describe('parseStatementFilter', () => {
	it('reads known values and ignores the rest', () => {
		const q = new URLSearchParams('stance=recognises&kind=government&region=mars&actor=ghost');
		expect(parseStatementFilter(q, new Set(['pe']))).toEqual({
			stance: 'recognises',
			kind: 'government'
		});
		expect(parseStatementFilter(new URLSearchParams('actor=pe'), new Set(['pe']))).toEqual({
			actor: 'pe'
		});
	});
	it('is empty for an empty query', () =>
		expect(isEmptyFilter(parseStatementFilter(new URLSearchParams(''), new Set()))).toBe(true));
});

describe('matchesStatementFilter', () => {
	it.each([
		[{}, peru, true],
		[{ stance: 'rejects' as const }, peru, true],
		[{ stance: 'recognises' as const }, peru, false],
		[{ region: 'europe' as const }, peru, false],
		[{ region: 'europe' as const }, joint, true],
		[{ actor: 'fr' }, joint, true],
		[{ actor: 'pe' }, joint, false],
		[{ kind: 'individual' as const }, joint, false],
		[{ stance: 'asks-verification' as const, region: 'europe' as const }, joint, true]
	])('%j on a statement → %s', (f, s, expected) => {
		expect(matchesStatementFilter(s, f)).toBe(expected);
	});
});

describe('filterQuery', () => {
	it('round-trips through parseStatementFilter', () => {
		const f = { region: 'europe' as const, stance: 'rejects' as const, actor: 'es' };
		const q = filterQuery(f);
		expect(q).toBe('?stance=rejects&region=europe&actor=es');
		expect(parseStatementFilter(new URLSearchParams(q), new Set(['es']))).toEqual(f);
	});
	it('is empty for no filter', () => expect(filterQuery({})).toBe(''));
});

describe('matchesRemarkFilter (fact sheet §6: remarks have no stance)', () => {
	const musk = { actorIds: ['elon-musk'], kinds: ['individual' as const], regions: [] };
	it.each([
		[{}, true],
		[{ kind: 'individual' as const }, true],
		[{ kind: 'government' as const }, false],
		[{ actor: 'elon-musk' }, true],
		[{ actor: 'pe' }, false],
		[{ region: 'europe' as const }, false],
		// Any stance filter hides every remark: a remark never has a stance.
		[{ stance: 'other' as const }, false],
		[{ stance: 'other' as const, kind: 'individual' as const }, false]
	])('%j → %s', (f, shown) => expect(matchesRemarkFilter(musk, f)).toBe(shown));
	it('the individuals filter is a plain query string, like the others', () => {
		expect(filterQuery({ kind: 'individual' })).toBe('?kind=individual');
		expect(
			parseStatementFilter(new URLSearchParams('kind=individual'), new Set(['elon-musk']))
		).toEqual({ kind: 'individual' });
	});
});
