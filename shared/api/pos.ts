import { z } from 'zod';
import { ALL_ROLES, type MethodContract } from './common';
import { CashRoundingRule } from '../settings/payments';

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
  /** Pembulatan of the cash part in force today (setting pos.cash_rounding); unit 0: none. */
  cashRounding: CashRoundingRule,
  /** The outlet's static QRIS (setting qris.merchant_payload), null when none is entered: the QRIS button then says so. */
  qrisPayload: z.string().nullable(),
});
export type CounterInfo = z.infer<typeof CounterInfo>;

export const posApi = {
  'pos.info': {
    input: z.object({}),
    output: CounterInfo,
    roles: ALL_ROLES,
    summary:
      'The outlet, its time zone and business date, the SPHP pack limit, the cash tender bound, the cash rounding and the static QRIS in force today, for the cashier screen.',
  },
} satisfies Record<string, MethodContract>;
