import { z } from 'zod';
import type { Scan, WeightLabelLayout } from '../barcode';
import { ALL_ROLES, type MethodContract } from './common';
import { Amount, Milli, SoldBy } from './values';

export const TaxStatus = z.enum(['TAXABLE', 'EXEMPT', 'SPECIAL']);
export const SubsidyProgram = z.enum(['LPG3', 'SPHP', 'MINYAKITA', 'NONE']);
export const LpgKind = z.enum(['refill', 'full_new', 'empty']);

/** What the counter needs to know of a product: price and ceilings in force today, subsidy tags. */
export const CatalogItem = z.strictObject({
  productId: z.string(),
  sku: z.string(),
  name: z.string(),
  unit: z.string(),
  soldBy: SoldBy,
  categoryCode: z.string().nullable(),
  taxStatus: TaxStatus.nullable(),
  subsidyProgram: SubsidyProgram,
  lpgKind: LpgKind.nullable(),
  packSizeMilli: Milli.nullable(),
  /** GTIN-14s and store codes (weighed goods: `PLU<prefix><item>`). */
  barcodes: z.array(z.string()),
  /** Per piece, or per kg for weighed goods; null when no price is set (cannot be sold). */
  price: Amount.nullable(),
  /** Hard ceiling (cannot sell above) and soft ceiling (warn) in force today. */
  het: Amount.nullable(),
  hap: Amount.nullable(),
});
export type CatalogItem = z.infer<typeof CatalogItem>;

export const CatalogHit = CatalogItem.extend({ onHandMilli: Milli });
export type CatalogHit = z.infer<typeof CatalogHit>;

/** shared/barcode.ts `Scan`: what a scanned code was read as. */
const ScanSchema = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('gtin'), gtin14: z.string() }),
  z.strictObject({ kind: z.literal('weight'), prefix: z.string(), itemCode: z.string(), grams: z.number().int().nullable(), price: Amount.nullable() }),
  z.strictObject({ kind: z.literal('text'), code: z.string() }),
  z.strictObject({ kind: z.literal('invalid'), reason: z.enum(['CHECK_DIGIT', 'LENGTH', 'CHARACTERS']) }),
]) satisfies z.ZodType<Scan>;

/** shared/barcode.ts `WeightLabelLayout`, as the setting scan.weight_layouts holds it. */
const WeightLayoutSchema = z.object({
  prefix: z.string(),
  itemStart: z.number().int(),
  itemLength: z.number().int(),
  valueStart: z.number().int(),
  valueLength: z.number().int(),
  value: z.enum(['grams', 'price']),
}) satisfies z.ZodType<WeightLabelLayout>;

export const LookupResult = z.strictObject({
  item: CatalogHit,
  scan: ScanSchema,
  /** From a weight label: the weight in grams (= milli-kg), or derived from a price label. */
  qtyMilli: Milli.nullable(),
  /** A price-label's printed price, when the scale prints price instead of weight. */
  labelPrice: Amount.nullable(),
});
export type LookupResult = z.infer<typeof LookupResult>;

export const CatalogSnapshot = z.strictObject({
  /** Changes whenever products, barcodes, prices or ceilings change, and at the day boundary. */
  version: z.string(),
  businessDate: z.string(),
  weightLayouts: z.array(WeightLayoutSchema),
  /** Absent when `ifNoneMatch` equalled the current version: keep the cache. */
  items: z.array(CatalogItem).optional(),
});
export type CatalogSnapshot = z.infer<typeof CatalogSnapshot>;

export const catalogApi = {
  'catalog.lookup': {
    input: z.object({ code: z.string().min(1).max(64) }),
    output: LookupResult,
    roles: ALL_ROLES,
    summary:
      'What a scan means: EAN/UPC/GTIN, an in-store weight label (layout from setting scan.weight_layouts), a store code or SKU → product, price, HET/HAP, subsidy tag, stock on hand.',
  },
  'catalog.search': {
    input: z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(200).default(20) }),
    output: z.array(CatalogHit),
    roles: ALL_ROLES,
    summary: 'Active products whose name contains, or SKU starts with, the query (or whose barcode it is).',
  },
  'catalog.version': {
    input: z.object({}),
    output: z.strictObject({ version: z.string() }),
    roles: ALL_ROLES,
    summary: 'The catalog version: compare with the snapshot the renderer holds to know when to reload.',
  },
  'catalog.snapshot': {
    input: z.object({ ifNoneMatch: z.string().max(64).optional() }),
    output: CatalogSnapshot,
    roles: ALL_ROLES,
    summary: 'All active products with barcodes and prices in force, for the counter memory cache; no items when ifNoneMatch is the current version.',
  },
} satisfies Record<string, MethodContract>;
