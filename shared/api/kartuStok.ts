import { z } from 'zod';
import { MANAGER_ROLES } from '../roles';
import { IsoDate, type MethodContract } from './common';

export const KartuStokCursor = z.object({ at: z.string().min(1).max(40), id: z.number().int().min(0), balanceMilli: z.number().int() });

const Milli = z.number().int();

export const KartuStokProduct = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: z.enum(['piece', 'weight']),
});

/** One move with the balance after it; quantities in thousandths of the unit. */
export const KartuStokRow = z.strictObject({
  id: z.number().int(),
  at: z.string(),
  /** `YYYY-MM-DD HH:mm:ss` in the outlet time zone. */
  atLocal: z.string(),
  kind: z.string(),
  document: z.string(),
  inMilli: Milli,
  outMilli: Milli,
  balanceMilli: Milli,
  unitCost: z.number().int().nullable(),
  user: z.string().nullable(),
  note: z.string().nullable(),
});

export const KartuStokSummary = KartuStokProduct.extend({ openingMilli: Milli, inMilli: Milli, outMilli: Milli, closingMilli: Milli, moves: z.number().int() });

export const KartuStokPage = z.strictObject({
  product: KartuStokProduct,
  /** The period summary on the first page only (no cursor given), else null. */
  summary: KartuStokSummary.nullable(),
  rows: z.array(KartuStokRow),
  /** The cursor of the next page; null on the last. */
  next: z.strictObject({ at: z.string(), id: z.number().int(), balanceMilli: Milli }).nullable(),
});

export const kartuStokApi = {
  'kartuStok.page': {
    input: z.object({
      productId: z.string().min(1).max(64),
      from: IsoDate,
      to: IsoDate,
      /** The `next` of the previous page; absent for the first page. */
      cursor: KartuStokCursor.nullish(),
      limit: z.number().int().min(1).max(2000).default(200),
    }),
    output: KartuStokPage,
    roles: MANAGER_ROLES,
    summary: 'One page of a product’s kartu stok (keyset on at, id) with running balances; the first page also carries the period summary.',
  },
} satisfies Record<string, MethodContract>;
