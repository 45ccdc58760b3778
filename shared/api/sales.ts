import { z } from 'zod';
import { Approval, QtyMilli, Rupiah, Uuid, ALL_ROLES, type MethodContract } from './common';

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

export interface SaleLineResult {
  lineNo: number;
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  qtyMilli: number;
  unitPrice: number;
  lineTotal: number;
  ceilingKind: 'HET' | 'HAP' | null;
  ceilingAmount: number | null;
}

export interface SaleResult {
  saleId: string;
  receiptNo: string;
  businessDate: string;
  createdAt: string;
  cashierId: string;
  memberId: string | null;
  status: 'completed' | 'voided';
  total: number;
  paid: number;
  change: number;
  lines: SaleLineResult[];
  payments: { method: 'cash' | 'qris' | 'transfer'; amount: number; reference: string | null }[];
  /** True when this commit repeated an earlier one (same id): nothing new was written. */
  replayed: boolean;
}

export const salesApi = {
  'sales.commit': { input: SaleCommitInput, roles: ALL_ROLES, summary: 'Commit a cart as a sale in one transaction; repeating the same id returns the first result.' },
  'sales.get': { input: z.object({ saleId: Uuid }), roles: ALL_ROLES, summary: 'A committed sale with its lines and payments.' },
} satisfies Record<string, MethodContract>;
