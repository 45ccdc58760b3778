import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, Rupiah, type MethodContract } from './common';

const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().min(1).max(max);
const MilliOrZero = z.number().int().min(0).max(1e9);
const Month = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'YYYY-MM');

export const DeliveryCreateInput = z.object({
  source: z.enum(['BULOG', 'LPG', 'OTHER']),
  supplier: Text(120),
  /** Bulog DO / SPPB number, or the agent's delivery note number. */
  docNo: Text(60),
  klikSphpRef: z.string().trim().max(60).nullish(),
  deliveryDate: IsoDate,
  warehouse: z.string().trim().max(120).nullish(),
  vehicle: z.string().trim().max(40).nullish(),
  driver: z.string().trim().max(80).nullish(),
  note: z.string().trim().max(500).nullish(),
  lines: z.array(z.object({ productId: Id, expectedMilli: MilliOrZero, unitCost: Rupiah })).min(1).max(200),
  /** LPG: empty cylinders the agent takes back (out of the lpg_kind 'empty' product). */
  emptiesOutMilli: MilliOrZero.optional(),
  emptiesProductId: Id.nullish(),
});
export type DeliveryCreateInput = z.infer<typeof DeliveryCreateInput>;

export const DeliveryCountInput = z.object({
  deliveryId: Id,
  lines: z
    .array(
      z.object({
        lineNo: z.number().int().min(1),
        /** Everything that physically arrived, damaged included. */
        countedMilli: MilliOrZero,
        damagedMilli: MilliOrZero.optional(),
        reason: z.string().trim().max(300).nullish(),
        photoPath: z.string().trim().max(500).nullish(),
      }),
    )
    .min(1)
    .max(200),
  emptiesOutMilli: MilliOrZero.optional(),
});
export type DeliveryCountInput = z.infer<typeof DeliveryCountInput>;

export const DeliveryPayInput = z.object({
  deliveryId: Id,
  amount: Rupiah.refine((n) => n > 0, 'positive'),
  paidOn: IsoDate,
  method: z.enum(['cash', 'transfer', 'qris']),
  reference: z.string().trim().max(100).nullish(),
});
export type DeliveryPayInput = z.infer<typeof DeliveryPayInput>;

export const deliveriesApi = {
  'deliveries.create': { input: DeliveryCreateInput, roles: MANAGER_ROLES, summary: 'Record a delivery document (Bulog DO/SPPB + Klik SPHP ref, or LPG from the agent) with its expected lines.' },
  'deliveries.count': { input: DeliveryCountInput, roles: MANAGER_ROLES, summary: 'Enter counted and damaged quantities per line; a line that differs needs a reason.' },
  'deliveries.post': { input: z.object({ deliveryId: Id }), roles: MANAGER_ROLES, summary: 'Confirm a counted delivery: good quantities go into stock as receipt moves; empties go out.' },
  'deliveries.cancel': { input: z.object({ deliveryId: Id, reason: Text(300) }), roles: MANAGER_ROLES, summary: 'Cancel a draft delivery (nothing was posted).' },
  'deliveries.pay': { input: DeliveryPayInput, roles: MANAGER_ROLES, summary: 'Record a payment to the supplier for a delivery.' },
  'deliveries.get': { input: z.object({ deliveryId: Id }), roles: MANAGER_ROLES, summary: 'A delivery with its lines, discrepancies (short, over, damaged) and values.' },
  'deliveries.list': { input: z.object({ from: IsoDate.optional(), to: IsoDate.optional(), status: z.enum(['draft', 'posted', 'cancelled']).optional() }), roles: MANAGER_ROLES, summary: 'Deliveries in a date range, newest first.' },
  'deliveries.reconciliation': { input: z.object({ fromMonth: Month, toMonth: Month }), roles: MANAGER_ROLES, summary: 'Ordered, delivered, received, damaged and paid values per supplier and month.' },
} satisfies Record<string, MethodContract>;
