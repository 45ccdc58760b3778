import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { ALL_ROLES, IsoDate, type MethodContract } from './common';
import { CashRoundingRule } from '../settings/payments';
import { PrintOutcome } from './printing';

export const QrisMerchantView = z.strictObject({
  name: z.string(),
  city: z.string(),
  mcc: z.string(),
  nmid: z.string().nullable(),
  networks: z.array(z.string()),
});

export const PaymentSettingsView = z.strictObject({
  /** The rounding in force today, and a change planned for a later day (if any). */
  cashRounding: CashRoundingRule,
  nextCashRounding: z.strictObject({ rule: CashRoundingRule, validFrom: z.string() }).nullable(),
  /** The stored static QRIS and what it says; null when none was entered. */
  qris: z.strictObject({ payload: z.string(), merchant: QrisMerchantView }).nullable(),
});
export type PaymentSettingsView = z.infer<typeof PaymentSettingsView>;

export const paymentsApi = {
  'payments.settings': {
    input: z.object({}),
    output: PaymentSettingsView,
    roles: MANAGER_ROLES,
    summary: "The cash rounding (pembulatan) in force and planned, and the outlet's static QRIS with its merchant name, city and NMID.",
  },
  'payments.saveRounding': {
    input: z.object({ rule: CashRoundingRule, validFrom: IsoDate.optional() }),
    output: PaymentSettingsView,
    roles: MANAGER_ROLES,
    summary: 'Set the cash rounding from a date (default today); audited with the old and new rule.',
  },
  'payments.saveQris': {
    input: z.object({ payload: z.string().max(512) }),
    output: PaymentSettingsView,
    roles: MANAGER_ROLES,
    summary: 'Store the static QRIS after checking it (EMVCo TLV, tags 00/01/26–51/52/53/58/59/60, CRC of tag 63); an empty payload removes it. Audited.',
  },
  'payments.printQris': {
    input: z.object({ amount: z.number().int().positive().max(1e13) }),
    output: PrintOutcome,
    roles: ALL_ROLES,
    summary: 'Print the dynamic QRIS of an amount for the buyer to scan (not a struk; no drawer kick).',
  },
  'payments.qrisCheck': {
    input: z.object({ payload: z.string().max(512) }),
    output: QrisMerchantView,
    roles: ALL_ROLES,
    summary: 'Check a QRIS payload without storing it: the merchant it names, or the error naming the wrong tag.',
  },
} satisfies Record<string, MethodContract>;
