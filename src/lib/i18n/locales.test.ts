import { expect, it } from 'vitest';
import { LOCALES } from './locales';
import { LOCALES as SCHEMA_LOCALES } from '../schemas/common';

it('the zod-free locale list is the one the schemas validate against', () => {
	expect(LOCALES).toEqual(SCHEMA_LOCALES);
});
