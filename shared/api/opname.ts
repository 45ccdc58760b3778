import { z } from 'zod';
import { MANAGER_ROLES, APPROVER_ROLES } from '../roles';
import type { MethodContract } from './common';

const Id = z.string().min(1).max(64);

export const opnameApi = {
  'opname.start': { input: z.object({ title: z.string().trim().min(1).max(120), productIds: z.array(Id).max(100_000).optional() }), roles: MANAGER_ROLES, summary: 'Start a stock count; the system quantity of each product is taken now.' },
  'opname.count': {
    input: z
      .object({ opnameId: Id, productId: Id.optional(), barcode: z.string().trim().min(1).max(64).optional(), qtyMilli: z.number().int().min(0).max(1e9), mode: z.enum(['set', 'add']).default('set') })
      .refine((v) => v.productId || v.barcode, 'productId or barcode'),
    roles: APPROVER_ROLES,
    summary: "Enter a counted quantity for a product (by id or scanned barcode); mode 'add' sums scans.",
  },
  'opname.post': { input: z.object({ opnameId: Id, uncountedAsZero: z.boolean().optional() }), roles: MANAGER_ROLES, summary: 'Approve the count: each variance posts one opname move.' },
  'opname.cancel': { input: z.object({ opnameId: Id }), roles: MANAGER_ROLES, summary: 'Cancel an open count (nothing is posted).' },
  'opname.get': { input: z.object({ opnameId: Id }), roles: APPROVER_ROLES, summary: 'A count with system, counted, variance and variance value per product.' },
  'opname.list': { input: z.object({}), roles: APPROVER_ROLES, summary: 'Counts, newest first.' },
} satisfies Record<string, MethodContract>;
