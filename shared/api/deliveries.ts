import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, IsoMonth, Rupiah, type MethodContract } from './common';
import { Amount, Count, Milli, SoldBy } from './values';

const Id = z.string().min(1).max(64);
const Text = (max: number) => z.string().trim().min(1).max(max);
const MilliOrZero = z.number().int().min(0).max(1e9);

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
  lines: z
    .array(z.object({ productId: Id, expectedMilli: MilliOrZero, unitCost: Rupiah }))
    .min(1)
    .max(200),
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

const Source = z.enum(['BULOG', 'LPG', 'OTHER']);
const Status = z.enum(['draft', 'posted', 'cancelled']);

/** One line of a delivery: expected by the document, counted, damaged, and what went into stock. */
export const DeliveryLineView = z.strictObject({
  lineNo: z.number().int().positive(),
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  soldBy: SoldBy,
  subsidyProgram: z.string(),
  expectedMilli: Milli,
  countedMilli: Milli.nullable(),
  damagedMilli: Milli,
  /** counted − damaged; null until counted. */
  goodMilli: Milli.nullable(),
  shortMilli: Milli,
  overMilli: Milli,
  unitCost: Amount,
  reason: z.string().nullable(),
  photoPath: z.string().nullable(),
});
export type DeliveryLineView = z.infer<typeof DeliveryLineView>;

export const DeliveryView = z.strictObject({
  id: z.string(),
  source: Source,
  supplier: z.string(),
  docNo: z.string(),
  klikSphpRef: z.string().nullable(),
  deliveryDate: z.string(),
  warehouse: z.string().nullable(),
  vehicle: z.string().nullable(),
  driver: z.string().nullable(),
  note: z.string().nullable(),
  emptiesProductId: z.string().nullable(),
  emptiesOutMilli: Milli,
  status: Status,
  createdAt: z.string(),
  postedAt: z.string().nullable(),
  postedBy: z.string().nullable(),
  lines: z.array(DeliveryLineView),
  hasDiscrepancy: z.boolean(),
  value: z.strictObject({ ordered: Amount, received: Amount, paid: Amount }),
});
export type DeliveryView = z.infer<typeof DeliveryView>;

export const DeliverySummary = z.strictObject({
  id: z.string(),
  source: Source,
  supplier: z.string(),
  docNo: z.string(),
  deliveryDate: z.string(),
  status: Status,
  lineCount: Count,
  hasDiscrepancy: z.boolean(),
});
export type DeliverySummary = z.infer<typeof DeliverySummary>;

/** Rupiah values at the document's unit cost, per supplier and month. */
export const ReconciliationRow = z.strictObject({
  supplier: z.string(),
  month: z.string(),
  deliveries: Count,
  ordered: Amount,
  delivered: Amount,
  received: Amount,
  damaged: Amount,
  paid: Amount,
  /** received − paid: what the koperasi still owes (negative: paid ahead). */
  outstanding: Amount,
});
export type ReconciliationRow = z.infer<typeof ReconciliationRow>;

export const deliveriesApi = {
  'deliveries.create': {
    input: DeliveryCreateInput,
    output: DeliveryView,
    roles: MANAGER_ROLES,
    summary: 'Record a delivery document (Bulog DO/SPPB + Klik SPHP ref, or LPG from the agent) with its expected lines.',
  },
  'deliveries.count': {
    input: DeliveryCountInput,
    output: DeliveryView,
    roles: MANAGER_ROLES,
    summary: 'Enter counted and damaged quantities per line; a line that differs needs a reason.',
  },
  'deliveries.post': {
    input: z.object({ deliveryId: Id }),
    output: DeliveryView,
    roles: MANAGER_ROLES,
    summary: 'Confirm a counted delivery: good quantities go into stock as receipt moves; empties go out.',
  },
  'deliveries.cancel': {
    input: z.object({ deliveryId: Id, reason: Text(300) }),
    output: DeliveryView,
    roles: MANAGER_ROLES,
    summary: 'Cancel a draft delivery (nothing was posted).',
  },
  'deliveries.pay': { input: DeliveryPayInput, output: DeliveryView, roles: MANAGER_ROLES, summary: 'Record a payment to the supplier for a delivery.' },
  'deliveries.get': {
    input: z.object({ deliveryId: Id }),
    output: DeliveryView,
    roles: MANAGER_ROLES,
    summary: 'A delivery with its lines, discrepancies (short, over, damaged) and values.',
  },
  'deliveries.list': {
    input: z.object({ from: IsoDate.optional(), to: IsoDate.optional(), status: z.enum(['draft', 'posted', 'cancelled']).optional() }),
    output: z.array(DeliverySummary),
    roles: MANAGER_ROLES,
    summary: 'Deliveries in a date range, newest first.',
  },
  'deliveries.reconciliation': {
    input: z.object({ fromMonth: IsoMonth, toMonth: IsoMonth }),
    output: z.array(ReconciliationRow),
    roles: MANAGER_ROLES,
    summary: 'Ordered, delivered, received, damaged and paid values per supplier and month.',
  },
} satisfies Record<string, MethodContract>;
