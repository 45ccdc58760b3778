import { z } from 'zod';
import { APPROVER_ROLES } from '../roles';
import { ALL_ROLES, IsoDate, Rupiah, type MethodContract } from './common';

export const Terminal = z.string().trim().min(1).max(32).default('POS-1');

/** Counted cash at close: how many of each note/coin, e.g. {"100000": 3, "500": 4}. */
export const Denominations = z.record(z.string().regex(/^\d{1,7}$/, 'rupiah note/coin'), z.number().int().min(0).max(100_000));

export type PaymentMethod = 'cash' | 'qris' | 'transfer';
export type ByMethod = Record<PaymentMethod, number>;

export interface ShiftInfo {
  shiftId: string;
  terminal: string;
  userId: string;
  username: string;
  openedAt: string;
  openingFloat: number;
  closedAt: string | null;
  closedBy: string | null;
}

export interface ShiftCloseResult {
  shiftId: string;
  closedAt: string;
  expectedCash: number;
  countedCash: number;
  /** counted − expected: negative means cash is missing. */
  difference: number;
  report: ZReport;
}

export interface ZCashierLine {
  userId: string;
  username: string;
  displayName: string;
  salesCount: number;
  salesTotal: number;
  voidsCount: number;
  voidsTotal: number;
  returnsCount: number;
  refundsTotal: number;
}

/**
 * The Z report of one shift as plain data; the receipt/printing code lays it out.
 * Sales are those rung up in the shift (including ones later voided: see `voids`); voids and
 * returns are those done in the shift, whose money left this shift's drawer.
 */
export interface ZReport {
  shiftId: string;
  outletCode: string;
  outletName: string;
  terminal: string;
  /** Business date the shift was opened on (outlet time zone). */
  businessDate: string;
  openedAt: string;
  openedBy: { userId: string; username: string; displayName: string };
  closedAt: string | null;
  closedBy: { userId: string; username: string; displayName: string } | null;
  openingFloat: number;
  sales: {
    count: number;
    /** Sum of sale totals, voided ones included. */
    total: number;
    /** What customers paid, per method, net of change (cash = cash tendered − change). */
    byMethod: ByMethod;
    firstReceiptNo: string | null;
    lastReceiptNo: string | null;
  };
  voids: { count: number; total: number; byMethod: ByMethod; receiptNos: string[] };
  returns: { count: number; total: number; byMethod: ByMethod };
  /** sales.total − voids.total − returns.total */
  netSales: number;
  cash: {
    openingFloat: number;
    cashTendered: number;
    changeGiven: number;
    /** Cash paid back for voids and returns done in this shift. */
    cashRefunds: number;
    /** openingFloat + cashTendered − changeGiven − cashRefunds */
    expected: number;
    /** null while the shift is open. */
    counted: number | null;
    difference: number | null;
    denominations: Record<string, number> | null;
  };
  perCashier: ZCashierLine[];
}

export const shiftsApi = {
  'shifts.open': {
    input: z.object({ openingFloat: Rupiah, terminal: Terminal }),
    roles: ALL_ROLES,
    summary: 'Open a shift on a terminal with an opening cash float (one open shift per terminal).',
  },
  'shifts.current': {
    input: z.object({ terminal: Terminal }),
    roles: ALL_ROLES,
    summary: 'The open shift on a terminal, or null.',
  },
  'shifts.close': {
    input: z.object({ shiftId: z.string().min(1).max(64), denominations: Denominations, note: z.string().trim().max(500).optional() }),
    roles: ALL_ROLES,
    summary: 'Close a shift with the cash counted by denomination; returns expected vs counted and the Z report. A kasir closes only their own shift.',
  },
  'shifts.zReport': {
    input: z.object({ shiftId: z.string().min(1).max(64) }),
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
    roles: APPROVER_ROLES,
    summary: 'Shifts opened between two business dates (inclusive), newest first.',
  },
} satisfies Record<string, MethodContract>;
