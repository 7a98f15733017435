import { describe, expect, it } from 'vitest';
import { wrapAxisLabel } from './axis-label';

describe('wrapAxisLabel', () => {
	it('keeps a short name on one line', () => {
		expect(wrapAxisLabel('González')).toBe('González');
		expect(wrapAxisLabel('Maduro')).toBe('Maduro');
	});
	it('splits a long name at the space nearest its middle, losing no word', () => {
		for (const name of ['Otros 8 candidatos (combinados)', 'Other 8 candidates (combined)']) {
			const lines = wrapAxisLabel(name);
			expect(Array.isArray(lines)).toBe(true);
			expect((lines as string[]).join(' ')).toBe(name);
			expect(Math.max(...(lines as string[]).map((l) => l.length))).toBeLessThan(name.length);
		}
		expect(wrapAxisLabel('Otros 8 candidatos (combinados)')).toEqual([
			'Otros 8 candidatos',
			'(combinados)'
		]);
	});
	it('leaves a long name without spaces whole', () => {
		expect(wrapAxisLabel('Supercalifragilisticexpialidocious')).toBe(
			'Supercalifragilisticexpialidocious'
		);
	});
});
