/**
 * Colour maths for the tile map: a tile is the leader's colour, stronger as the margin grows, and
 * its label is black or white, whichever contrasts more (always ≥ 4.5:1, WCAG AA for text).
 * Light and dark fills are computed apart because a weak tint mixes with a different background.
 */

/** Page backgrounds the tints mix with (src/app.css `--bg`, light and dark). */
export const PAGE_BG = { light: '#ffffff', dark: '#121417' } as const;

/**
 * Margin bands in percentage points, narrowest first. `max` is exclusive; the last band is open.
 * `strength` is how much of the candidate colour a tile of that band carries.
 */
export const MARGIN_BANDS = [
	{ min: 0, max: 5, strength: 0.3 },
	{ min: 5, max: 15, strength: 0.5 },
	{ min: 15, max: 30, strength: 0.75 },
	{ min: 30, max: Number.POSITIVE_INFINITY, strength: 1 }
] as const;

/**
 * The band index of a margin (0 = closest).
 * @example marginBand(2.41) // 0
 * @example marginBand(40.28) // 3
 */
export function marginBand(points: number): number {
	const i = MARGIN_BANDS.findIndex((b) => points < b.max);
	return i === -1 ? MARGIN_BANDS.length - 1 : i;
}

function channels(hex: string): [number, number, number] {
	const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
	if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
	return [parseInt(m[1]!, 16), parseInt(m[2]!, 16), parseInt(m[3]!, 16)];
}

const hex2 = (n: number) =>
	Math.round(Math.min(255, Math.max(0, n)))
		.toString(16)
		.padStart(2, '0');

/**
 * `amount` of colour `fg` over background `bg` (0 = all background, 1 = all colour).
 * @example mixColors('#ffffff', '#000000', 0.5) // '#808080'
 */
export function mixColors(bg: string, fg: string, amount: number): string {
	const a = channels(bg);
	const b = channels(fg);
	return '#' + a.map((c, i) => hex2(c + (b[i]! - c) * amount)).join('');
}

/**
 * WCAG 2 relative luminance of a colour.
 * @example relativeLuminance('#ffffff') // 1
 */
export function relativeLuminance(hex: string): number {
	const [r, g, b] = channels(hex).map((c) => {
		const s = c / 255;
		return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
	}) as [number, number, number];
	return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/**
 * WCAG 2 contrast ratio of two colours (1 to 21).
 * @example contrastRatio('#000000', '#ffffff') // 21
 */
export function contrastRatio(a: string, b: string): number {
	const [hi, lo] = [relativeLuminance(a), relativeLuminance(b)].sort((x, y) => y - x) as [
		number,
		number
	];
	return (hi + 0.05) / (lo + 0.05);
}

/**
 * Black or white, whichever reads better on `fill`. One of the two always reaches at least 4.58:1.
 * @example inkFor('#0072B2') // '#ffffff'
 * @example inkFor('#D55E00') // '#000000'
 */
export function inkFor(fill: string): '#000000' | '#ffffff' {
	return contrastRatio(fill, '#000000') >= contrastRatio(fill, '#ffffff') ? '#000000' : '#ffffff';
}

export interface TilePaint {
	fill: { light: string; dark: string };
	ink: { light: string; dark: string };
}

/**
 * Fill and label colours of a tile led by a candidate of `color` with a margin in `band`.
 * @example paintTile('#0072B2', 3).fill.light // '#0072b2'
 */
export function paintTile(color: string, band: number): TilePaint {
	const strength = MARGIN_BANDS[band]?.strength ?? 1;
	const light = mixColors(PAGE_BG.light, color, strength);
	const dark = mixColors(PAGE_BG.dark, color, strength);
	return { fill: { light, dark }, ink: { light: inkFor(light), dark: inkFor(dark) } };
}
