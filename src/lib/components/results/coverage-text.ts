import { t, type Locale } from '../../i18n';
import {
	formatAnnouncedPercent,
	formatInteger,
	formatPercent,
	formatPoints
} from '../../i18n/format';
import type { Coverage } from '../../schemas/tabulation';

/**
 * Coverage as the reader reads it: units counted of the total (with the computed %), and the
 * percentage as announced.
 * @example coverageText({ unitsCounted: 25073, unitsTotal: 30026, announcedPercent: 83.5 }, 'es')
 * // '25.073 de 30.026 actas (83,50 %) · 83,5 % anunciado'
 */
export function coverageText(c: Coverage, lang: Locale): string {
	const parts: string[] = [];
	if (c.unitsCounted !== undefined && c.unitsTotal !== undefined && c.unitsTotal > 0)
		parts.push(
			`${t(lang, 'election.coverageUnits', {
				counted: formatInteger(c.unitsCounted, lang),
				total: formatInteger(c.unitsTotal, lang)
			})} (${formatPercent((c.unitsCounted / c.unitsTotal) * 100, lang, 2)})`
		);
	if (c.announcedPercent !== undefined)
		parts.push(
			t(lang, 'election.coverageAnnounced', {
				percent: formatAnnouncedPercent(c.announcedPercent, lang)
			})
		);
	return parts.join(' · ');
}

/**
 * A lead in points, without the sign `formatPoints` puts on differences.
 * @example pointsText(6.9999982, 'es') // '7,0 pp'
 */
export function pointsText(points: number, lang: Locale): string {
	return formatPoints(Math.abs(points), lang).replace(/^\+/, '');
}
