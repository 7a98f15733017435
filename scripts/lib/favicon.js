import { createCanvas, loadImage } from '@napi-rs/canvas';

/** The icon's size in pixels: what browser tabs ask for (16 and 32 px at 1× and 2×). */
export const FAVICON_SIZE = 32;

/**
 * The favicon's SVG drawn as a PNG of FAVICON_SIZE × FAVICON_SIZE.
 * @param {Buffer} svg
 * @returns {Promise<Buffer>}
 */
export async function renderFavicon(svg) {
	const image = await loadImage(svg);
	const canvas = createCanvas(FAVICON_SIZE, FAVICON_SIZE);
	canvas.getContext('2d').drawImage(image, 0, 0, FAVICON_SIZE, FAVICON_SIZE);
	return canvas.toBuffer('image/png');
}
