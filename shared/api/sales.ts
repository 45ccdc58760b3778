import { z } from 'zod';
import { Approval, QtyMilli, Rupiah, Uuid, ALL_ROLES, type MethodContract } from './common';
import { Amount, Milli, PayMethod, SoldBy } from './values';

export const PaymentInput = z.object({
  method: z.enum(['cash', 'qris', 'transfer']),
  amount: Rupiah.refine((n) => n > 0, 'positive'),
  reference: z.string().trim().min(1).max(100).optional(),
});

export const SaleLineInput = z.object({
  productId: z.string().min(1).max(64),
  qtyMilli: QtyMilli,
  /** Rule input for this line, e.g. { lpgBuyerId, emptyReturned } for LPG 3 kg. */
  extra: z.record(z.string(), z.unknown()).optional(),
});

export const SaleCommitInput = z.object({
  id: Uuid,
  shiftId: z.string().min(1).max(64).nullish(),
  memberId: z.string().min(1).max(64).nullish(),
  lines: z.array(SaleLineInput).min(1).max(500),
  payments: z.array(PaymentInput).min(1).max(10),
  extra: z.record(z.string(), z.unknown()).optional(),
  /** A supervisor's approval for soft rule findings (warnings). */
  approval: Approval.optional(),
});
export type SaleCommitInput = z.infer<typeof SaleCommitInput>;

export const SaleLineResult = z.strictObject({
  lineNo: z.number().int().positive(),
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: SoldBy,
  qtyMilli: Milli,
  unitPrice: Amount,
  lineTotal: Amount,
  ceilingKind: z.enum(['HET', 'HAP']).nullable(),
  ceilingAmount: Amount.nullable(),
  /** Taken back so far by returns (what may still be returned is qtyMilli − this). */
  returnedQtyMilli: Milli,
});
export type SaleLineResult = z.infer<typeof SaleLineResult>;

export const SaleResult = z.strictObject({
  saleId: z.string(),
  receiptNo: z.string(),
  businessDate: z.string(),
  createdAt: z.string(),
  cashierId: z.string(),
  memberId: z.string().nullable(),
  status: z.enum(['completed', 'voided']),
  /** The goods' total (sum of the lines). */
  total: Amount,
  /** Pembulatan of the cash part, signed (negative: rounded down for the buyer); the sale asked for total + rounding. */
  rounding: z.number().int(),
  paid: Amount,
  change: Amount,
  lines: z.array(SaleLineResult),
  payments: z.array(z.strictObject({ method: PayMethod, amount: Amount, reference: z.string().nullable() })),
  /** True when this commit repeated an earlier one (same id): nothing new was written. */
  replayed: z.boolean(),
  /** Set when status is 'voided'. */
  voidedAt: z.string().nullable(),
  voidReason: z.string().nullable(),
});
export type SaleResult = z.infer<typeof SaleResult>;

export const RefundMethod = z.enum(['cash', 'qris', 'transfer']);

export const SaleVoidInput = z.object({
  saleId: Uuid,
  reason: z.string().trim().min(3).max(200),
  /** The supervisor (or manajer/admin) approving with their own PIN. */
  approval: Approval,
  /** The open shift whose drawer pays the money back. */
  shiftId: z.string().min(1).max(64).nullish(),
});

export const SaleReturnInput = z.object({
  /** Client-made UUIDv7: a repeated return with the same id returns the first result. */
  id: Uuid,
  saleId: Uuid,
  lines: z
    .array(z.object({ lineNo: z.number().int().positive(), qtyMilli: QtyMilli }))
    .min(1)
    .max(500),
  reason: z.string().trim().min(3).max(200),
  method: RefundMethod.default('cash'),
  reference: z.string().trim().min(1).max(100).optional(),
  approval: Approval,
  shiftId: z.string().min(1).max(64).nullish(),
});
export type SaleReturnInput = z.infer<typeof SaleReturnInput>;

export const ReturnResult = z.strictObject({
  returnId: z.string(),
  saleId: z.string(),
  receiptNo: z.string(),
  createdAt: z.string(),
  approvedBy: z.string(),
  reason: z.string(),
  method: RefundMethod,
  /** What was handed back: the lines' amounts + rounding. */
  refund: Amount,
  /** Pembulatan of a cash refund, signed. */
  rounding: z.number().int(),
  lines: z.array(
    z.strictObject({ lineNo: z.number().int().positive(), productId: z.string(), sku: z.string(), name: z.string(), qtyMilli: Milli, amount: Amount }),
  ),
  replayed: z.boolean(),
});
export type ReturnResult = z.infer<typeof ReturnResult>;

export const SalesImportReport = z.object({
  sales: z.number().int(),
  saleLines: z.number().int(),
  replayed: z.number().int(),
  receipts: z.number().int(),
  receiptsSkipped: z.number().int(),
  rejected: z.array(
    z.object({ line: z.number().int(), code: z.string(), params: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])) }),
  ),
});

export const salesApi = {
  'sales.commit': {
    input: SaleCommitInput,
    output: SaleResult,
    roles: ALL_ROLES,
    summary: 'Commit a cart as a sale in one transaction; repeating the same id returns the first result.',
  },
  'sales.get': { input: z.object({ saleId: Uuid }), output: SaleResult, roles: ALL_ROLES, summary: 'A committed sale with its lines and payments.' },
  'sales.byReceipt': {
    input: z.object({ receiptNo: z.string().trim().min(1).max(40) }),
    output: SaleResult,
    roles: ALL_ROLES,
    summary: 'Find a sale by its receipt number (to reprint, void or return it).',
  },
  'sales.void': {
    input: SaleVoidInput,
    output: SaleResult,
    roles: ALL_ROLES,
    summary: 'Void a whole sale with a supervisor PIN: reversing stock moves, the receipt number kept, audited.',
  },
  'sales.return': {
    input: SaleReturnInput,
    output: ReturnResult,
    roles: ALL_ROLES,
    summary: 'Return part or all of a paid sale (by line and quantity) with a supervisor PIN: refund, reversing stock moves, audited.',
  },
  'sales.returns': { input: z.object({ saleId: Uuid }), output: z.array(ReturnResult), roles: ALL_ROLES, summary: 'The returns made against a sale.' },
  'sales.importHistory': {
    input: z.object({
      path: z.string().min(1).max(1000),
      username: z.string().trim().min(1).max(64).default('admin'),
      batchSize: z.number().int().min(1).max(100_000).default(500),
    }),
    output: SalesImportReport,
    roles: ['admin'],
    systemOnly: true,
    summary:
      "CLI only: replay an old POS's history (deliveries and sales, a JSONL file on the host) through the sale commit, recorded under a manajer/admin user.",
  },
} satisfies Record<string, MethodContract>;
