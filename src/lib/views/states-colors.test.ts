import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
	MARGIN_BANDS,
	contrastRatio,
	inkFor,
	marginBand,
	mixColors,
	paintTile,
	relativeLuminance
} from './states-colors';

describe('colour maths', () => {
	it('mixes, measures luminance and contrast as WCAG defines them', () => {
		expect(mixColors('#ffffff', '#000000', 0.5)).toBe('#808080');
		expect(mixColors('#ffffff', '#0072B2', 1)).toBe('#0072b2');
		expect(mixColors('#ffffff', '#0072B2', 0)).toBe('#ffffff');
		expect(relativeLuminance('#ffffff')).toBe(1);
		expect(relativeLuminance('#000000')).toBe(0);
		expect(contrastRatio('#000000', '#ffffff')).toBe(21);
		expect(contrastRatio('#595959', '#ffffff')).toBeGreaterThan(7);
	});

	it('puts the band edges where the legend says (5, 15, 30 points)', () => {
		expect([0, 4.99, 5, 14.99, 15, 29.99, 30, 65.6].map(marginBand)).toEqual([
			0, 0, 1, 1, 2, 2, 3, 3
		]);
		expect(MARGIN_BANDS).toHaveLength(4);
	});

	it('labels every possible tile with ≥ 4.5:1 contrast, light and dark', () => {
		fc.assert(
			fc.property(
				fc.integer({ min: 0, max: 0xffffff }),
				fc.integer({ min: 0, max: MARGIN_BANDS.length - 1 }),
				(n, band) => {
					const color = '#' + n.toString(16).padStart(6, '0');
					const p = paintTile(color, band);
					expect(contrastRatio(p.fill.light, p.ink.light)).toBeGreaterThanOrEqual(4.5);
					expect(contrastRatio(p.fill.dark, p.ink.dark)).toBeGreaterThanOrEqual(4.5);
				}
			)
		);
	});

	it('picks white on the González blue and black on the Maduro vermilion', () => {
		expect(inkFor('#0072B2')).toBe('#ffffff');
		expect(inkFor('#D55E00')).toBe('#000000');
	});

	it('makes wider margins stronger', () => {
		const lum = [0, 1, 2, 3].map((b) => relativeLuminance(paintTile('#0072B2', b).fill.light));
		expect([...lum].sort((a, b) => b - a)).toEqual(lum);
	});
});
