import { z } from 'zod';
import type { Scan, WeightLabelLayout } from '../barcode';
import { ALL_ROLES, type MethodContract } from './common';

/** What the counter needs to know of a product: price and ceilings in force today, subsidy tags. */
export interface CatalogItem {
  productId: string;
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  categoryCode: string | null;
  taxStatus: 'TAXABLE' | 'EXEMPT' | 'SPECIAL' | null;
  subsidyProgram: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  lpgKind: 'refill' | 'full_new' | 'empty' | null;
  packSizeMilli: number | null;
  /** GTIN-14s and store codes (weighed goods: `PLU<prefix><item>`). */
  barcodes: string[];
  /** Per piece, or per kg for weighed goods; null when no price is set (cannot be sold). */
  price: number | null;
  /** Hard ceiling (cannot sell above) and soft ceiling (warn) in force today. */
  het: number | null;
  hap: number | null;
}

export interface CatalogHit extends CatalogItem {
  onHandMilli: number;
}

export interface LookupResult {
  item: CatalogHit;
  scan: Scan;
  /** From a weight label: the weight in grams (= milli-kg), or derived from a price label. */
  qtyMilli: number | null;
  /** A price-label's printed price, when the scale prints price instead of weight. */
  labelPrice: number | null;
}

export interface CatalogSnapshot {
  /** Changes whenever products, barcodes, prices or ceilings change, and at the day boundary. */
  version: string;
  businessDate: string;
  weightLayouts: WeightLabelLayout[];
  /** Absent when `ifNoneMatch` equalled the current version: keep the cache. */
  items?: CatalogItem[];
}

export const catalogApi = {
  'catalog.lookup': {
    input: z.object({ code: z.string().min(1).max(64) }),
    roles: ALL_ROLES,
    summary: 'What a scan means: EAN/UPC/GTIN, an in-store weight label (layout from setting scan.weight_layouts), a store code or SKU → product, price, HET/HAP, subsidy tag, stock on hand.',
  },
  'catalog.search': {
    input: z.object({ query: z.string().trim().min(1).max(100), limit: z.number().int().min(1).max(200).default(20) }),
    roles: ALL_ROLES,
    summary: 'Active products whose name contains, or SKU starts with, the query (or whose barcode it is).',
  },
  'catalog.version': {
    input: z.object({}),
    roles: ALL_ROLES,
    summary: 'The catalog version: compare with the snapshot the renderer holds to know when to reload.',
  },
  'catalog.snapshot': {
    input: z.object({ ifNoneMatch: z.string().max(64).optional() }),
    roles: ALL_ROLES,
    summary: 'All active products with barcodes and prices in force, for the counter memory cache; no items when ifNoneMatch is the current version.',
  },
} satisfies Record<string, MethodContract>;
