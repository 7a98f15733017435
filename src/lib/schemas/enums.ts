// Code lists shared by the schemas and by browser code (statement filters, map legends). They live
// here, apart from the zod schemas, so importing one from a page does not put zod (about 27 kB gzip)
// into the page's first-load JavaScript: a schema module's `z.…` calls run when it is imported and
// cannot be tree-shaken.

export const ACTOR_KINDS = [
	'government',
	'intergovernmental-organisation',
	'observer-mission',
	'electoral-authority',
	'judiciary',
	'campaign',
	'individual',
	'other'
] as const;
export type ActorKind = (typeof ACTOR_KINDS)[number];

export const REGIONS = [
	'latin-america-caribbean',
	'north-america',
	'europe',
	'asia-pacific',
	'middle-east-north-africa',
	'sub-saharan-africa',
	'global'
] as const;

/**
 * Stance codes of the fact sheet §4: C = recognises or congratulates the announced result;
 * P = asks for publication or verification of the tally sheets; R = rejects the result or
 * recognises the opposition; O = other.
 */
export const STANCES = ['recognises', 'asks-verification', 'rejects', 'other'] as const;
export type Stance = (typeof STANCES)[number];

/**
 * Parts of a statement that the fact sheet marks UNCONFIRMED. An unconfirmed part is never shown
 * as fact: an unconfirmed quote is left out (Qatar, §4 row 36) and the reader is told so.
 */
export const UNCONFIRMABLE_PARTS = ['quote', 'date', 'person'] as const;
