import type { ElectionBundle } from '../data/bundle';
import type { Locale } from '../schemas/common';
import { t } from '../i18n';
import {
	buildClaimCard,
	buildFindings,
	claimsInTimeOrder,
	type FindingModel,
	type VerdictModel
} from './claims-page';

export interface ClaimsSummaryRow {
	id: string;
	who: string;
	/** What was claimed, in the page's language when a translation exists. */
	what: { text: string; lang: string };
	when: string;
	whenIso: string | undefined;
	/** One verdict per column (tabulation), or undefined when the claim is not tested against it. */
	verdicts: (VerdictModel | undefined)[];
	/** The verdict with the count it comes from ("Contradicted by CNE bulletin 1"), per column. */
	phrases: (string | undefined)[];
	/** Verdict of checks that need no figures (validates, process), when the claim has any. */
	claimLevel: VerdictModel | undefined;
}

/**
 * The claims section of the election page, kept light (no chart): a table of claims in time order
 * with the verdict against each tabulation, and the serious integrity findings.
 */
export interface ClaimsSummaryModel {
	caption: string;
	columns: { tabulation: string; name: string }[];
	rows: ClaimsSummaryRow[];
	keyFindings: FindingModel[];
}

/**
 * The claims section of the election page, or undefined when the election has no claims.
 * @example buildClaimsSummary(bundle, 'en')?.rows[0].who // 'Elvis Amoroso'
 */
export function buildClaimsSummary(
	bundle: ElectionBundle,
	locale: Locale
): ClaimsSummaryModel | undefined {
	if (bundle.claims.length === 0) return undefined;
	const official = bundle.tabulations.filter((x) => x.official);
	const others = bundle.tabulations.filter((x) => !x.official);
	const columns = [...official, ...others].map((x) => ({ tabulation: x.id, name: x.name[locale] }));
	const rows = claimsInTimeOrder(bundle).map((claim) => {
		const card = buildClaimCard(bundle, claim, locale);
		return {
			id: card.id,
			// An individual's actor name already holds the person ("Matías Mowszet (Corta)").
			who:
				card.person && !card.actor.startsWith(card.person)
					? `${card.person} (${card.actor})`
					: card.actor,
			what: card.what,
			when: card.when,
			whenIso: card.whenIso,
			verdicts: columns.map(
				(c) => card.tabulations.find((x) => x.tabulation === c.tabulation)?.verdict
			),
			phrases: columns.map(
				(c) => card.tabulations.find((x) => x.tabulation === c.tabulation)?.phraseCap
			),
			claimLevel: card.claimChecks[0]?.verdict
		};
	});
	return {
		caption: t(locale, 'claims.summaryCaption'),
		columns,
		rows,
		keyFindings: buildFindings(bundle, locale).filter((f) => f.severity === 'serious')
	};
}
