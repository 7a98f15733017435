import { z } from 'zod';
import { CountryCodeSchema, IdSchema, LocalizedTextSchema } from './common';

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

export const REGIONS = [
	'latin-america-caribbean',
	'north-america',
	'europe',
	'asia-pacific',
	'middle-east-north-africa',
	'sub-saharan-africa',
	'global'
] as const;

/** Someone who claims or states something: a government, an organisation, a person. */
export const ActorSchema = z.strictObject({
	id: IdSchema,
	name: LocalizedTextSchema,
	kind: z.enum(ACTOR_KINDS),
	/** ISO 3166-1 alpha-2, for governments and bodies of one country. Individuals are never mapped. */
	country: CountryCodeSchema.optional(),
	region: z.enum(REGIONS).optional()
});
export type Actor = z.infer<typeof ActorSchema>;
export type ActorKind = (typeof ACTOR_KINDS)[number];
