import type { Stance } from '../schemas/statement';

/** How a stance is drawn: colour (light and dark page), a fill pattern, a line dash, a point. */
export interface StanceStyle {
	light: string;
	dark: string;
	/** Fill pattern, so the map and legend never rely on colour alone. */
	pattern: 'solid' | 'diagonal' | 'cross' | 'horizontal';
	dash: number[];
	point: 'circle' | 'triangle' | 'rect' | 'rectRot';
}

/**
 * Colours from the Okabe–Ito colour-blind-safe set, darkened for a light page and lightened for
 * a dark one so each keeps ≥ 3:1 against the background; every stance also has its own pattern,
 * line dash and point shape.
 */
export const STANCE_STYLE: Readonly<Record<Stance, StanceStyle>> = {
	recognises: { light: '#c75400', dark: '#ff9a5c', pattern: 'solid', dash: [], point: 'circle' },
	'asks-verification': {
		light: '#8a6d00',
		dark: '#f0c850',
		pattern: 'diagonal',
		dash: [8, 4],
		point: 'triangle'
	},
	rejects: { light: '#0072b2', dark: '#6cc0f0', pattern: 'cross', dash: [2, 3], point: 'rect' },
	other: {
		light: '#9a4b8a',
		dark: '#e0a3d4',
		pattern: 'horizontal',
		dash: [12, 4, 2, 4],
		point: 'rectRot'
	}
};

/** Fill of a country with no statement in the data. */
export const NO_STANCE = { light: '#e3e3e3', dark: '#3a3f47' } as const;

/**
 * The colour of a stance for the page's colour scheme.
 * @example stanceColor('rejects', false) // '#0072b2'
 */
export function stanceColor(stance: Stance, dark: boolean): string {
	const s = STANCE_STYLE[stance];
	return dark ? s.dark : s.light;
}
