import { z } from 'zod';
import { ALL_ROLES, type MethodContract } from './common';

/** What the cashier screen shows before a rule bites, and the outlet it runs in. */
export const CounterInfo = z.strictObject({
  outletCode: z.string().nullable(),
  outletName: z.string().nullable(),
  timeZone: z.string(),
  businessDate: z.string(),
  /** Beras SPHP packs per buyer per transaction in force today; null when no SPHP rule is set. */
  sphpMaxPacks: z.number().int().nullable(),
  /** Cash received above this (whole rupiah, setting pos.tender_max) needs the kasir's confirmation; null: no bound. */
  tenderMax: z.number().int().positive().nullable(),
});
export type CounterInfo = z.infer<typeof CounterInfo>;

export const posApi = {
  'pos.info': {
    input: z.object({}),
    output: CounterInfo,
    roles: ALL_ROLES,
    summary: 'The outlet, its time zone and business date, the SPHP pack limit and the cash tender bound in force today, for the cashier screen.',
  },
} satisfies Record<string, MethodContract>;
