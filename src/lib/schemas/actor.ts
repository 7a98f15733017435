import { z } from 'zod';
import { CountryCodeSchema, IdSchema, LocalizedTextSchema } from './common';

import { ACTOR_KINDS, REGIONS } from './enums';

export { ACTOR_KINDS, REGIONS, type ActorKind } from './enums';

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
