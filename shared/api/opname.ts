import { z } from 'zod';
import { MANAGER_ROLES, APPROVER_ROLES } from '../roles';
import type { MethodContract } from './common';
import { Amount, Count, Milli, SoldBy } from './values';

const Id = z.string().min(1).max(64);

export const OpnameLineView = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: SoldBy,
  /** On hand when the count started. */
  systemMilli: Milli,
  countedMilli: Milli.nullable(),
  varianceMilli: Milli.nullable(),
  unitCost: Amount,
  varianceValue: Amount.nullable(),
});
export type OpnameLineView = z.infer<typeof OpnameLineView>;

const Status = z.enum(['counting', 'posted', 'cancelled']);

export const OpnameView = z.strictObject({
  id: z.string(),
  title: z.string(),
  status: Status,
  startedAt: z.string(),
  postedAt: z.string().nullable(),
  approvedBy: z.string().nullable(),
  lines: z.array(OpnameLineView),
  counted: Count,
  total: Count,
  varianceValue: Amount,
});
export type OpnameView = z.infer<typeof OpnameView>;

export const OpnameSummary = z.strictObject({ id: z.string(), title: z.string(), status: Status, startedAt: z.string(), postedAt: z.string().nullable() });
export type OpnameSummary = z.infer<typeof OpnameSummary>;

export const opnameApi = {
  'opname.start': {
    input: z.object({ title: z.string().trim().min(1).max(120), productIds: z.array(Id).max(100_000).optional() }),
    output: OpnameView,
    roles: MANAGER_ROLES,
    summary: 'Start a stock count; the system quantity of each product is taken now.',
  },
  'opname.count': {
    input: z
      .object({
        opnameId: Id,
        productId: Id.optional(),
        barcode: z.string().trim().min(1).max(64).optional(),
        qtyMilli: z.number().int().min(0).max(1e9),
        mode: z.enum(['set', 'add']).default('set'),
      })
      .refine((v) => v.productId || v.barcode, 'productId or barcode'),
    output: OpnameLineView,
    roles: APPROVER_ROLES,
    summary: "Enter a counted quantity for a product (by id or scanned barcode); mode 'add' sums scans.",
  },
  'opname.post': {
    input: z.object({ opnameId: Id, uncountedAsZero: z.boolean().optional() }),
    output: OpnameView,
    roles: MANAGER_ROLES,
    summary: 'Approve the count: each variance posts one opname move.',
  },
  'opname.cancel': { input: z.object({ opnameId: Id }), output: OpnameView, roles: MANAGER_ROLES, summary: 'Cancel an open count (nothing is posted).' },
  'opname.get': {
    input: z.object({ opnameId: Id }),
    output: OpnameView,
    roles: APPROVER_ROLES,
    summary: 'A count with system, counted, variance and variance value per product.',
  },
  'opname.list': { input: z.object({}), output: z.array(OpnameSummary), roles: APPROVER_ROLES, summary: 'Counts, newest first.' },
} satisfies Record<string, MethodContract>;
