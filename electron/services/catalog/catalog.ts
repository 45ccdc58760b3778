// Products, their barcodes, prices and ceilings. A selling price above the HET in force is refused
// here as well as at the sale, so a wrong price never reaches the counter.
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { Rupiah } from '../../../shared/money';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { appendCeiling, ceilingOn } from './prices';
import { hetAllowance } from '../sales/saleRules';

export interface NewProduct {
  sku: string;
  name: string;
  unit: string;
  soldBy: 'piece' | 'weight';
  categoryCode?: string | null;
  subsidyProgram?: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  lpgKind?: 'refill' | 'full_new' | 'empty' | null;
  packSizeMilli?: number | null;
  minStockMilli?: number;
  /** GTIN-14 (normalised) or store codes. */
  barcodes?: string[];
  price?: { amount: Rupiah; validFrom: string } | null;
  ceilings?: { kind: 'HET' | 'HAP'; amount: Rupiah; validFrom: string; source?: string }[];
}

export function ensureCategory(core: Core, code: string, name: string, taxStatus: 'TAXABLE' | 'EXEMPT' | 'SPECIAL' = 'TAXABLE', countsForShu = true): string {
  const row = core.db.prepare('SELECT id FROM categories WHERE code = ?').get(code) as { id: string } | undefined;
  if (row) return row.id;
  const id = uuidv7(core.now().getTime());
  core.db
    .prepare('INSERT INTO categories (id, code, name, tax_status, counts_for_shu) VALUES (?, ?, ?, ?, ?)')
    .run(id, code, name, taxStatus, countsForShu ? 1 : 0);
  return id;
}

export function createProduct(core: Core, p: NewProduct, userId: string | null): string {
  const id = uuidv7(core.now().getTime());
  return inTransaction(core, () => {
    if (core.db.prepare('SELECT 1 FROM products WHERE sku = ?').get(p.sku)) throw new AppError('SKU_TAKEN', { sku: p.sku });
    const categoryId = p.categoryCode
      ? (core.db.prepare('SELECT id FROM categories WHERE code = ?').get(p.categoryCode) as { id: string } | undefined)?.id
      : null;
    if (p.categoryCode && !categoryId) throw new AppError('CATEGORY_UNKNOWN', { code: p.categoryCode });
    core.db
      .prepare(
        `INSERT INTO products (id, sku, name, unit, sold_by, category_id, subsidy_program, lpg_kind, pack_size_milli, min_stock_milli, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        p.sku,
        p.name,
        p.unit,
        p.soldBy,
        categoryId ?? null,
        p.subsidyProgram ?? 'NONE',
        p.lpgKind ?? null,
        p.packSizeMilli ?? null,
        p.minStockMilli ?? 0,
        core.now().toISOString(),
      );
    for (const code of p.barcodes ?? []) {
      if (core.db.prepare('SELECT 1 FROM product_barcodes WHERE gtin = ?').get(code)) throw new AppError('BARCODE_TAKEN', { barcode: code });
      core.db.prepare('INSERT INTO product_barcodes (gtin, product_id) VALUES (?, ?)').run(code, id);
    }
    for (const c of p.ceilings ?? []) {
      appendCeiling(core, id, c);
    }
    if (p.price) setPrice(core, id, p.price.amount, p.price.validFrom, userId);
    audit(core, { userId, action: 'product.create', entity: 'product', entityId: id, details: { sku: p.sku, name: p.name } });
    return id;
  });
}

/** Sets the selling price from a date. Refuses a price above the HET in force on that date. */
export function setPrice(core: Core, productId: string, amount: Rupiah, validFrom: string, userId: string | null): void {
  const ceiling = ceilingOn(core, productId, validFrom);
  const p = core.db.prepare('SELECT sku, name, subsidy_program FROM products WHERE id = ?').get(productId) as {
    sku: string;
    name: string;
    subsidy_program: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  };
  const allowance = hetAllowance(core, p.subsidy_program, validFrom);
  if (ceiling?.kind === 'HET' && amount > ceiling.amount + allowance) {
    throw new AppError('PRICE_ABOVE_HET', { sku: p.sku, name: p.name, price: amount, het: ceiling.amount + allowance });
  }
  core.db
    .prepare(
      // Appended, never overwritten: a second price for the same date supersedes the first (migration 0957).
      'INSERT INTO price_history (product_id, valid_from, price, set_by, set_at) VALUES (?, ?, ?, ?, ?)',
    )
    .run(productId, validFrom, amount, userId, core.now().toISOString());
  audit(core, { userId, action: 'price.set', entity: 'product', entityId: productId, details: { amount, validFrom } });
}

export function productIdByBarcode(core: Core, gtin: string): string | null {
  return (core.db.prepare('SELECT product_id FROM product_barcodes WHERE gtin = ?').get(gtin) as { product_id: string } | undefined)?.product_id ?? null;
}

export function productIdBySku(core: Core, sku: string): string | null {
  return (core.db.prepare('SELECT id FROM products WHERE sku = ?').get(sku) as { id: string } | undefined)?.id ?? null;
}
