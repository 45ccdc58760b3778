// The history file `kkmp import sales` reads: one JSON record per line (JSONL), in time order,
// as an old POS exports it. Goods arrive ("receipt") and are sold ("sale"); products are named by
// SKU or barcode, members by member number, so the file never depends on our internal ids.
import { z } from 'zod';
import { QtyMilli, Rupiah, Uuid } from './api/common';

const Instant = z.iso.datetime({ offset: true });
const ProductRef = z
  .object({ sku: z.string().min(1).max(64).optional(), barcode: z.string().min(8).max(14).optional() })
  .refine((r) => r.sku !== undefined || r.barcode !== undefined, 'sku or barcode');

export const ImportReceiptRecord = z.object({
  type: z.literal('receipt'),
  /** The delivery document number (Bulog DO/SPPB, supplier invoice): a repeated doc is skipped. */
  doc: z.string().min(1).max(64),
  at: Instant,
  lines: z
    .array(ProductRef.and(z.object({ qtyMilli: QtyMilli, unitCost: Rupiah })))
    .min(1)
    .max(2000),
});

export const ImportSaleRecord = z.object({
  type: z.literal('sale'),
  /** The sale id (UUID): the idempotency key, so a re-run import never sells twice. */
  id: Uuid,
  at: Instant,
  member: z.string().min(1).max(32).nullish(),
  lines: z
    .array(ProductRef.and(z.object({ qtyMilli: QtyMilli, extra: z.record(z.string(), z.unknown()).optional() })))
    .min(1)
    .max(500),
  payments: z
    .array(
      z.object({
        method: z.enum(['cash', 'qris', 'transfer']),
        amount: Rupiah.refine((n) => n > 0, 'positive'),
        reference: z.string().min(1).max(100).optional(),
      }),
    )
    .min(1)
    .max(10),
  /** The total the old POS printed: the import refuses a sale whose recomputed total differs. */
  total: Rupiah,
  extra: z.record(z.string(), z.unknown()).optional(),
});

export const ImportRecord = z.discriminatedUnion('type', [ImportReceiptRecord, ImportSaleRecord]);
export type ImportRecord = z.infer<typeof ImportRecord>;
export type ImportSaleRecord = z.infer<typeof ImportSaleRecord>;
export type ImportReceiptRecord = z.infer<typeof ImportReceiptRecord>;
