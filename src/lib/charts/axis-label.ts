/**
 * Splits a long category label into two lines at the space nearest its middle, so a horizontal
 * bar chart's axis keeps it whole at 360 px instead of cutting it at the canvas's left edge (chart.js
 * gives a vertical axis at most part of the chart's width and draws longer labels past it).
 * @example wrapAxisLabel('Otros 8 candidatos (combinados)') // ['Otros 8 candidatos', '(combinados)']
 */
export function wrapAxisLabel(name: string, max = 16): string | string[] {
	if (name.length <= max) return name;
	const mid = name.length / 2;
	let best = -1;
	for (let i = 0; i < name.length; i++)
		if (name[i] === ' ' && (best < 0 || Math.abs(i - mid) < Math.abs(best - mid))) best = i;
	return best < 0 ? name : [name.slice(0, best), name.slice(best + 1)];
}
