import { readFileSync } from 'node:fs';
import { createCanvas, loadImage } from '@napi-rs/canvas';
import { describe, expect, it } from 'vitest';
import { FAVICON_SIZE, renderFavicon } from '../../scripts/lib/favicon.js';

/** The RGBA pixels of a PNG or SVG drawn at the icon's size. */
async function pixels(image: Buffer): Promise<Uint8ClampedArray> {
	const canvas = createCanvas(FAVICON_SIZE, FAVICON_SIZE);
	canvas.getContext('2d').drawImage(await loadImage(image), 0, 0, FAVICON_SIZE, FAVICON_SIZE);
	return canvas.getContext('2d').getImageData(0, 0, FAVICON_SIZE, FAVICON_SIZE).data;
}

describe('favicon', () => {
	it('the PNG the pages link is the SVG drawn at 32 px (rerun scripts/favicon.js after editing it)', async () => {
		const png = readFileSync('static/favicon.png');
		expect(png.subarray(1, 4).toString()).toBe('PNG');
		const committed = await pixels(png);
		const fromSvg = await pixels(await renderFavicon(readFileSync('static/favicon.svg')));
		expect(Buffer.from(committed).equals(Buffer.from(fromSvg))).toBe(true);
		// Not blank: the blue tile and the white bars are both there.
		const colours = new Set<string>();
		for (let i = 0; i < committed.length; i += 4) colours.add(committed.slice(i, i + 3).join(','));
		expect(colours.has('0,114,178')).toBe(true);
		expect(colours.has('255,255,255')).toBe(true);
	});

	it('every page links the PNG icon, not the SVG (app.html)', () => {
		const html = readFileSync('src/app.html', 'utf8');
		expect(html).toMatch(
			/<link rel="icon" href="%sveltekit\.assets%\/favicon\.png" type="image\/png"/
		);
		expect(html).not.toContain('favicon.svg');
	});
});
