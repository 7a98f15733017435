import type { ChartTheme } from './theme';
import { STANCE_STYLE, NO_STANCE, stanceColor } from './stance-style';
import { STANCES } from '../schemas/enums';
import type { StanceFills } from './world-map.config';

/**
 * Canvas fill patterns for the map (browser only): each stance's colour with its own stripes, the
 * same patterns as the CSS swatches in the legend, so the map never relies on colour alone.
 */
export function stanceFills(theme: ChartTheme): StanceFills {
	const fills: StanceFills = { none: theme.dark ? NO_STANCE.dark : NO_STANCE.light };
	for (const s of STANCES) {
		const tile = document.createElement('canvas');
		tile.width = tile.height = 8;
		const g = tile.getContext('2d');
		if (!g) continue;
		g.fillStyle = stanceColor(s, theme.dark);
		g.fillRect(0, 0, 8, 8);
		g.strokeStyle = theme.dark ? 'rgba(0,0,0,0.5)' : 'rgba(255,255,255,0.6)';
		g.lineWidth = 2;
		const line = (x1: number, y1: number, x2: number, y2: number) => {
			g.beginPath();
			g.moveTo(x1, y1);
			g.lineTo(x2, y2);
			g.stroke();
		};
		const p = STANCE_STYLE[s].pattern;
		if (p === 'diagonal' || p === 'cross') {
			line(-2, 10, 10, -2);
			line(-2, 2, 2, -2);
			line(6, 10, 10, 6);
		}
		if (p === 'cross') {
			line(-2, -2, 10, 10);
			line(6, -2, 10, 2);
			line(-2, 6, 2, 10);
		}
		if (p === 'horizontal') line(0, 6, 8, 6);
		const pattern = g.createPattern(tile, 'repeat');
		if (pattern) fills[s] = pattern;
	}
	return fills;
}
