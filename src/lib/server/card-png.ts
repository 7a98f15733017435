import { createCanvas, GlobalFonts, type Canvas, type SKRSContext2D } from '@napi-rs/canvas';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { SocialCard } from '$lib/views/social-card';
import { cacheKey, cacheRead, cacheWrite, packageVersion, serverCodeHash } from './build-cache';
import { recordTiming } from './build-timing';

/** Open Graph's recommended size; X's summary_large_image uses the same 1.91:1 ratio. */
export const CARD_WIDTH = 1200;
export const CARD_HEIGHT = 630;

const FONT = 'Escrutinio Card Sans';
let fontsReady = false;

/**
 * Noto Sans from @fontsource (latin and latin-ext: Spanish, Portuguese, French and the other
 * languages of the data), registered once. The image never depends on fonts installed on the
 * machine that builds it.
 */
function registerFonts(): void {
	if (fontsReady) return;
	const dir = join(
		dirname(createRequire(import.meta.url).resolve('@fontsource/noto-sans/package.json')),
		'files'
	);
	for (const weight of ['400', '700'])
		for (const subset of ['latin', 'latin-ext'])
			GlobalFonts.registerFromPath(join(dir, `noto-sans-${subset}-${weight}-normal.woff2`), FONT);
	fontsReady = true;
}

/** Words of `text` in lines no wider than `width`, at most `max` lines (the last one ends in …). */
function wrap(g: SKRSContext2D, text: string, width: number, max: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const next = line ? `${line} ${word}` : word;
		if (g.measureText(next).width <= width || !line) line = next;
		else {
			lines.push(line);
			line = word;
		}
	}
	if (line) lines.push(line);
	if (lines.length <= max) return lines;
	const kept = lines.slice(0, max);
	let last = kept[max - 1]!;
	while (last && g.measureText(`${last}…`).width > width) last = last.slice(0, -1);
	kept[max - 1] = `${last.trimEnd()}…`;
	return kept;
}

/**
 * The social image of a page: kicker, title, the page's figures as bars (name, share, votes and
 * the announced share), and at the bottom the source and as-of time of every figure and the site's
 * address. Drawn at build time with @napi-rs/canvas (Skia), no browser.
 */
export function drawCard(card: SocialCard, siteLine: string): Canvas {
	registerFonts();
	const canvas = createCanvas(CARD_WIDTH, CARD_HEIGHT);
	const g = canvas.getContext('2d');
	const pad = 56;
	const inner = CARD_WIDTH - 2 * pad;
	g.fillStyle = '#ffffff';
	g.fillRect(0, 0, CARD_WIDTH, CARD_HEIGHT);
	g.fillStyle = '#1d4ed8';
	g.fillRect(0, 0, CARD_WIDTH, 10);

	let y = 62;
	g.fillStyle = '#4b5563';
	g.font = `400 26px "${FONT}"`;
	g.fillText(wrap(g, card.kicker, inner, 1)[0] ?? '', pad, y);
	y += 54;
	g.fillStyle = '#111827';
	g.font = `700 44px "${FONT}"`;
	for (const line of wrap(g, card.title, inner, 2)) {
		g.fillText(line, pad, y);
		y += 52;
	}
	y += 6;

	const footerTop = CARD_HEIGHT - 36 - 30 * (card.footer.length + 1);
	for (const block of card.blocks) {
		if (y > footerTop - 40) break;
		if (block.kind === 'quote') {
			g.fillStyle = '#111827';
			g.font = `400 32px "${FONT}"`;
			for (const line of wrap(g, block.text, inner, 4)) {
				g.fillText(line, pad, y);
				y += 42;
			}
			y += 10;
		} else if (block.kind === 'line') {
			g.fillStyle = '#111827';
			g.font = `700 28px "${FONT}"`;
			g.fillText(wrap(g, block.text, inner, 1)[0] ?? '', pad, y);
			y += 40;
		} else {
			g.fillStyle = '#374151';
			g.font = `700 26px "${FONT}"`;
			g.fillText(wrap(g, block.heading, inner, 1)[0] ?? '', pad, y);
			y += 12;
			for (const row of block.rows) {
				if (y > footerTop - 34) break;
				const barTop = y;
				g.fillStyle = row.color;
				g.fillRect(pad, barTop, Math.max(4, Math.round(360 * row.fraction)), 30);
				g.fillStyle = '#111827';
				g.font = `700 26px "${FONT}"`;
				g.fillText(`${row.name}  ${row.share}`, pad + 380, barTop + 25);
				const left = pad + 380 + g.measureText(`${row.name}  ${row.share}`).width + 18;
				g.fillStyle = '#4b5563';
				g.font = `400 22px "${FONT}"`;
				g.fillText(wrap(g, row.detail, CARD_WIDTH - pad - left, 1)[0] ?? '', left, barTop + 25);
				y += 40;
			}
			y += 34;
		}
	}

	g.fillStyle = '#e5e7eb';
	g.fillRect(pad, footerTop - 8, inner, 2);
	g.fillStyle = '#374151';
	g.font = `400 20px "${FONT}"`;
	let fy = footerTop + 22;
	for (const line of [...card.footer, siteLine]) {
		g.fillText(wrap(g, line, inner, 1)[0] ?? '', pad, fy);
		fy += 30;
	}
	return canvas;
}

/**
 * The social image as PNG bytes. The PNG is encoded off the main thread (`encode`, the same bytes
 * as `toBuffer`), so the prerenderer renders other pages meanwhile.
 */
export function renderCardPng(card: SocialCard, siteLine: string): Promise<Buffer> {
	return drawCard(card, siteLine).encode('png');
}

/**
 * The cache key of a card: the card's content, the site line, the built server code (which holds
 * this drawing code), and the versions of the canvas library and of the font package
 * (build-cache.ts). Null outside a build: nothing is cached.
 */
export function cardKey(
	card: SocialCard,
	siteLine: string,
	code = serverCodeHash(import.meta.url)
): string | null {
	if (!code) return null;
	return cacheKey(
		'og-card',
		JSON.stringify(card),
		siteLine,
		code,
		packageVersion('@napi-rs/canvas'),
		packageVersion('@fontsource/noto-sans'),
		`${CARD_WIDTH}x${CARD_HEIGHT}`
	);
}

/**
 * renderCardPng through the build cache: a card drawn by an earlier build from the same inputs is
 * read back instead of drawn. With ESCRUTINIO_BUILD_TIMING, each card records its drawing time
 * ("og-card draw", main thread) and PNG encoding time ("og-card encode", off the main thread), or
 * "og-card cached" when it was read back; scripts/bench prints them.
 */
export async function cardPng(card: SocialCard, siteLine: string): Promise<Buffer> {
	const key = cardKey(card, siteLine);
	const t0 = performance.now();
	const stored = key ? cacheRead('og-card', key) : undefined;
	if (stored) {
		recordTiming('og-card cached', performance.now() - t0);
		return stored;
	}
	const canvas = drawCard(card, siteLine);
	const t1 = performance.now();
	recordTiming('og-card draw', t1 - t0);
	const png = await canvas.encode('png');
	recordTiming('og-card encode', performance.now() - t1);
	if (key) cacheWrite('og-card', key, png);
	return png;
}
