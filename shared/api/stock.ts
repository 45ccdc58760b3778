import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import type { MethodContract } from './common';

export const stockApi = {
  'stock.adjust': {
    input: z.object({
      productId: z.string().min(1).max(64),
      /** Signed milli-units: negative takes stock out. Damage and lost must be negative. */
      qtyMilli: z.number().int().min(-1e9).max(1e9).refine((n) => n !== 0, 'not zero'),
      reason: z.enum(['damage', 'lost', 'correction']),
      note: z.string().trim().min(3).max(300),
    }),
    roles: MANAGER_ROLES,
    summary: 'Adjust stock with a reason (damage, lost, correction); audited.',
  },
  'stock.balances': {
    input: z.object({ query: z.string().trim().max(60).optional(), belowMinimum: z.boolean().optional(), limit: z.number().int().min(1).max(1000).optional() }),
    roles: MANAGER_ROLES,
    summary: 'Stock on hand with average cost and minimum level per product.',
  },
} satisfies Record<string, MethodContract>;
