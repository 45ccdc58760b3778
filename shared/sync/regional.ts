// Values the dinas sets for a whole kota and every outlet there pulls (docs/central.md §7): the HET of a
// product (by its GTIN, the one code every gerai shares), a regulated number kept as an outlet
// setting, or the LPG rule profile. Each has the date from which it holds.
import { z } from 'zod';
import { IsoDate, Rupiah } from '../api/common';

/** Outlet settings the pusat may set; anything else stays the manager's own choice. */
export const REGIONAL_SETTING_KEYS = ['lpg3.het_pangkalan', 'lpg3.subpangkalan_markup_max', 'lpg3.monthly_allocation'] as const;

export const RegionalValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('het'), gtin: z.string().regex(/^\d{8,14}$/, 'GTIN'), amount: Rupiah.positive(), validFrom: IsoDate }),
  z.object({ kind: z.literal('setting'), key: z.enum(REGIONAL_SETTING_KEYS), value: z.number().int().min(0).max(1e9), validFrom: IsoDate }),
  z.object({ kind: z.literal('profile'), profile: z.string().regex(/^\d{4}$/), validFrom: IsoDate }),
]);
export type RegionalValue = z.infer<typeof RegionalValue>;

/** The one thing a value is about: two values with the same subject and date replace each other. */
export function regionalSubject(v: RegionalValue): string {
  if (v.kind === 'het') return `het:${v.gtin}`;
  if (v.kind === 'setting') return `setting:${v.key}`;
  return 'profile';
}
