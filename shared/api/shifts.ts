import { z } from 'zod';
import { APPROVER_ROLES } from '../roles';
import { ALL_ROLES, IsoDate, Pin, Rupiah, type MethodContract } from './common';
import { Amount, Count, PayMethod } from './values';
import { ZAnchor } from '../journal/zAnchor';

export const Terminal = z.string().trim().min(1).max(32).default('POS-1');

/** Counted cash at close: how many of each note/coin, e.g. {"100000": 3, "500": 4}. */
export const Denominations = z.record(z.string().regex(/^\d{1,7}$/, 'rupiah note/coin'), z.number().int().min(0).max(100_000));

export type PaymentMethod = z.infer<typeof PayMethod>;
export const ByMethod = z.strictObject({ cash: Amount, qris: Amount, transfer: Amount });
export type ByMethod = z.infer<typeof ByMethod>;

export const ShiftInfo = z.strictObject({
  shiftId: z.string(),
  terminal: z.string(),
  userId: z.string(),
  username: z.string(),
  openedAt: z.string(),
  openingFloat: Amount,
  closedAt: z.string().nullable(),
  closedBy: z.string().nullable(),
});
export type ShiftInfo = z.infer<typeof ShiftInfo>;

export const ZCashierLine = z.strictObject({
  userId: z.string(),
  username: z.string(),
  displayName: z.string(),
  salesCount: Count,
  salesTotal: Amount,
  voidsCount: Count,
  voidsTotal: Amount,
  returnsCount: Count,
  refundsTotal: Amount,
});
export type ZCashierLine = z.infer<typeof ZCashierLine>;

const UserBrief = z.strictObject({ userId: z.string(), username: z.string(), displayName: z.string() });

/** Pembulatan in a shift, signed (negative: rounded down for buyers). net = sales − voids − returns. */
export const ZRounding = z.strictObject({ sales: Amount, voids: Amount, returns: Amount, net: Amount });
export type ZRounding = z.infer<typeof ZRounding>;
/** LPG 3 kg at this shift's counter, in tabung: sold (net of voids and returns), empties taken in,
 * and lines still to record in Pertamina's MAP (pending) or refused there (rejected). */
export const ZLpg = z.strictObject({ tabungSold: Count, emptiesIn: Count, mapPending: Count, mapRejected: Count });
export type ZLpg = z.infer<typeof ZLpg>;

/**
 * The Z report of one shift as plain data; the receipt/printing code lays it out.
 * Sales are those rung up in the shift (including ones later voided: see `voids`); voids and
 * returns are those done in the shift, whose money left this shift's drawer.
 */
export const ZReport = z.strictObject({
  shiftId: z.string(),
  outletCode: z.string(),
  outletName: z.string(),
  terminal: z.string(),
  /** Business date the shift was opened on (outlet time zone). */
  businessDate: z.string(),
  openedAt: z.string(),
  openedBy: UserBrief,
  closedAt: z.string().nullable(),
  closedBy: UserBrief.nullable(),
  openingFloat: Amount,
  sales: z.strictObject({
    count: Count,
    /** Sum of sale totals, voided ones included. */
    total: Amount,
    /** What customers paid, per method, net of change (cash = cash tendered − change). */
    byMethod: ByMethod,
    firstReceiptNo: z.string().nullable(),
    lastReceiptNo: z.string().nullable(),
  }),
  voids: z.strictObject({ count: Count, total: Amount, byMethod: ByMethod, receiptNos: z.array(z.string()) }),
  /** total: the goods taken back; byMethod: the money refunded (goods + rounding). */
  returns: z.strictObject({ count: Count, total: Amount, byMethod: ByMethod }),
  /** sales.total − voids.total − returns.total (goods, before rounding) */
  netSales: Amount,
  /** netSales + rounding.net = what the shift kept, summed over the methods. */
  rounding: ZRounding,
  cash: z.strictObject({
    openingFloat: Amount,
    cashTendered: Amount,
    changeGiven: Amount,
    /** Cash paid back for voids and returns done in this shift. */
    cashRefunds: Amount,
    /** openingFloat + cashTendered − changeGiven − cashRefunds + bukuKas.masuk − bukuKas.keluar */
    expected: Amount,
    /** null while the shift is open. */
    counted: Amount.nullable(),
    difference: Amount.nullable(),
    denominations: z.record(z.string(), z.number().int()).nullable(),
  }),
  perCashier: z.array(ZCashierLine),
  /** Buku kas through this shift's drawer (kas masuk / kas keluar with their category). */
  bukuKas: z.strictObject({
    masuk: Amount,
    keluar: Amount,
    entries: z.array(z.strictObject({ entryNo: z.string(), direction: z.enum(['in', 'out']), accountName: z.string(), amount: Amount, note: z.string() })),
  }),
  /** The journal head and the day's receipt count when the report was made (kept on paper). */
  anchor: ZAnchor,
  lpg: ZLpg,
});
export type ZReport = z.infer<typeof ZReport>;

/** A manajer lets a shift close over sales the pusat has not acknowledged, saying why. */
export const UnsentOverride = z.object({ username: z.string().min(1).max(64), pin: Pin, reason: z.string().trim().min(5).max(300) });

export const ShiftCloseResult = z.strictObject({
  shiftId: z.string(),
  closedAt: z.string(),
  expectedCash: Amount,
  countedCash: Amount,
  /** counted − expected: negative means cash is missing. */
  difference: Amount,
  report: ZReport,
});
export type ShiftCloseResult = z.infer<typeof ShiftCloseResult>;

export const shiftsApi = {
  'shifts.open': {
    input: z.object({ openingFloat: Rupiah, terminal: Terminal }),
    output: ShiftInfo,
    roles: ALL_ROLES,
    summary: 'Open a shift on a terminal with an opening cash float (one open shift per terminal).',
  },
  'shifts.current': {
    input: z.object({ terminal: Terminal }),
    output: ShiftInfo.nullable(),
    roles: ALL_ROLES,
    summary: 'The open shift on a terminal, or null.',
  },
  'shifts.close': {
    input: z.object({
      shiftId: z.string().min(1).max(64),
      denominations: Denominations,
      note: z.string().trim().max(500).optional(),
      unsentOverride: UnsentOverride.optional(),
    }),
    output: ShiftCloseResult,
    roles: ALL_ROLES,
    summary:
      'Close a shift with the cash counted by denomination; returns expected vs counted and the Z report. A kasir closes only their own shift. While the outlet is enrolled and sales of the shift are not acknowledged by the pusat: SHIFT_SALES_UNSENT, unless unsentOverride {username, pin, reason} of a manajer/admin (audited).',
  },
  'shifts.zReport': {
    input: z.object({ shiftId: z.string().min(1).max(64) }),
    output: ZReport,
    roles: ALL_ROLES,
    summary: 'The Z report figures of a shift (live while open): sales by payment method, voids, returns, expected and counted cash, per cashier.',
  },
  'shifts.openTerminals': {
    input: z.object({}),
    output: z.array(z.string()),
    roles: ALL_ROLES,
    summary: 'The terminals that still have a shift open (the desktop updater installs only when there is none).',
  },
  'shifts.list': {
    input: z.object({ from: IsoDate, to: IsoDate }),
    output: z.array(ShiftInfo),
    roles: APPROVER_ROLES,
    summary: 'Shifts opened between two business dates (inclusive), newest first.',
  },
} satisfies Record<string, MethodContract>;
