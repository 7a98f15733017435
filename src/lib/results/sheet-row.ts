/**
 * One tally sheet as the sheet-level checks read it: the `SheetRow` of the sheet data contract
 * (`src/lib/schemas/sheet.ts`), re-exported so the checks import it from one place.
 */
export type { SheetRow } from '../schemas/sheet';
