import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import type { MethodContract } from './common';
import { Amount, Milli, SoldBy } from './values';

export const StockAdjusted = z.strictObject({ adjustmentId: z.string(), balanceMilli: Milli });
export type StockAdjusted = z.infer<typeof StockAdjusted>;

/** On hand per active product against its minimum level, valued at the average cost. */
export const StockBalanceRow = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: SoldBy,
  qtyMilli: Milli,
  minStockMilli: Milli,
  avgCost: Amount,
  belowMinimum: z.boolean(),
});
export type StockBalanceRow = z.infer<typeof StockBalanceRow>;

export const stockApi = {
  'stock.adjust': {
    input: z.object({
      productId: z.string().min(1).max(64),
      /** Signed milli-units: negative takes stock out. Damage and lost must be negative. */
      qtyMilli: z
        .number()
        .int()
        .min(-1e9)
        .max(1e9)
        .refine((n) => n !== 0, 'not zero'),
      reason: z.enum(['damage', 'lost', 'correction']),
      note: z.string().trim().min(3).max(300),
    }),
    output: StockAdjusted,
    roles: MANAGER_ROLES,
    summary: 'Adjust stock with a reason (damage, lost, correction); audited.',
  },
  'stock.balances': {
    input: z.object({ query: z.string().trim().max(60).optional(), belowMinimum: z.boolean().optional(), limit: z.number().int().min(1).max(1000).optional() }),
    output: z.array(StockBalanceRow),
    roles: MANAGER_ROLES,
    summary: 'Stock on hand with average cost and minimum level per product.',
  },
} satisfies Record<string, MethodContract>;
