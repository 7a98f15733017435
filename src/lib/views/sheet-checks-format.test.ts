import { describe, expect, it } from 'vitest';
import { formatPValue, formatStat, pAsPercent, pReading } from './sheet-checks-format';

const sp = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

describe('formatPValue', () => {
	it.each([
		[0.513458432063981, 'es', '0,51'],
		[0.513458432063981, 'en', '0.51'],
		[0.0023456, 'en', '0.0023'],
		[1, 'en', '1'],
		[0.0000012, 'en', '0.0000012'],
		[8.347972504404054e-21, 'es', 'menos de 0,000001'],
		[0, 'en', 'less than 0.000001']
	] as const)('%f in %s is %s', (p, lang, s) => expect(formatPValue(p, lang)).toBe(s));
});

describe('pAsPercent', () => {
	it('gives two significant digits', () => {
		expect(sp(pAsPercent(0.513458, 'es'))).toBe('51 %');
		expect(pAsPercent(0.0028102, 'en')).toBe('0.28%');
	});
});

describe('pReading', () => {
	it.each([
		[0.9, 'none'],
		[0.05, 'none'],
		[0.0499, 'some'],
		[0.001, 'some'],
		[0.000999, 'strong'],
		[0, 'strong']
	] as const)('p = %f reads %s', (p, r) => expect(pReading(p)).toBe(r));
});

describe('formatStat', () => {
	it('keeps two decimals', () => {
		expect(formatStat(116.10882872287306, 'es')).toBe('116,11');
		expect(formatStat(8.2, 'en')).toBe('8.20');
	});
});
