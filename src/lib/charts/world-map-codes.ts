/**
 * ISO 3166-1 alpha-2 → numeric codes (as strings, zero-padded to three digits), the ids that
 * world-atlas (Natural Earth, `countries-110m.json`) gives its country features. Only the
 * countries the statements can name are listed; a test checks that every government in the data
 * has an entry and that every entry is a feature of the atlas. Extend it when a new government
 * appears in the data.
 */
export const ALPHA2_TO_NUMERIC: Readonly<Record<string, string>> = {
	AR: '032',
	BO: '068',
	BR: '076',
	CA: '124',
	CL: '152',
	CN: '156',
	CO: '170',
	CR: '188',
	CU: '192',
	DE: '276',
	DO: '214',
	EC: '218',
	ES: '724',
	FR: '250',
	GB: '826',
	GT: '320',
	GW: '624',
	HN: '340',
	IR: '364',
	IT: '380',
	MG: '450',
	MK: '807',
	MX: '484',
	NI: '558',
	NL: '528',
	PA: '591',
	PE: '604',
	PL: '616',
	PT: '620',
	PY: '600',
	QA: '634',
	RU: '643',
	US: '840',
	UY: '858',
	VE: '862'
};

/**
 * The world-atlas feature id of a country, or undefined when the table lacks it.
 * @example numericCode('PE') // '604'
 */
export function numericCode(alpha2: string): string | undefined {
	return ALPHA2_TO_NUMERIC[alpha2.toUpperCase()];
}
