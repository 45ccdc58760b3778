// The catalog's tables (products, barcodes) as other features need them: a sale's product facts,
// the products a count covers, the empty LPG cylinders. Other folders call these instead of
// writing their own SQL on catalog tables.
import type { Core } from '../core';

export interface ProductFacts {
  id: string;
  sku: string;
  name: string;
  unit: string;
  sold_by: 'piece' | 'weight';
  subsidy_program: 'NONE' | 'LPG3' | 'SPHP' | 'MINYAKITA';
  lpg_kind: 'refill' | 'empty' | 'full_new' | null;
  pack_size_milli: number | null;
  active: number;
}

/** What selling or counting a product needs to know about it; undefined when there is no such product. */
export function productFacts(core: Core, productId: string): ProductFacts | undefined {
  return core.db
    .prepare('SELECT id, sku, name, unit, sold_by, subsidy_program, lpg_kind, pack_size_milli, active FROM products WHERE id = ?')
    .get(productId) as ProductFacts | undefined;
}

export function activeProductIds(core: Core): string[] {
  return core.db.prepare('SELECT id FROM products WHERE active = 1').pluck().all() as string[];
}

/** The active "empty cylinder" products (lpg_kind = 'empty'), by SKU. */
export function emptyCylinderIds(core: Core): string[] {
  return core.db.prepare("SELECT id FROM products WHERE lpg_kind = 'empty' AND active = 1 ORDER BY sku").pluck().all() as string[];
}
