// The manager's side of the catalog: edit products, barcodes (valid GTINs only), categories with
// their tax status, effective-dated selling prices (never above the HET in force) and ceilings.
// Creating a product is catalog.createProduct; this file adds what changes one afterwards.
import { AppError } from '../../../shared/errors';
import { toGtin14 } from '../../../shared/barcode';
import type { Rupiah } from '../../../shared/money';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { createProduct, ensureCategory, setPrice, type NewProduct } from './catalog';
import { appendCeiling, priceOn } from './prices';
import { outletToday } from '../settings/settings';
import { requireProduct } from '../stock/stock';
import type { ProductAdminRow } from '../../../shared/api/catalogAdmin';
export type { ProductAdminRow };

export type TaxStatus = 'TAXABLE' | 'EXEMPT' | 'SPECIAL';

export interface ProductPatch {
  name?: string;
  unit?: string;
  soldBy?: 'piece' | 'weight';
  categoryCode?: string | null;
  subsidyProgram?: 'LPG3' | 'SPHP' | 'MINYAKITA' | 'NONE';
  lpgKind?: 'refill' | 'full_new' | 'empty' | null;
  packSizeMilli?: number | null;
  minStockMilli?: number;
  active?: boolean;
}

/** Barcodes as typed or scanned, normalised to GTIN-14; a bad check digit is refused. */
export function normaliseBarcode(raw: string): string {
  const gtin = toGtin14(raw);
  if (!gtin) throw new AppError('BARCODE_INVALID', { barcode: raw.trim().slice(0, 20) });
  return gtin;
}

export function createProductAdmin(core: Core, p: NewProduct, userId: string): ProductAdminRow {
  const id = createProduct(core, { ...p, barcodes: (p.barcodes ?? []).map(normaliseBarcode) }, userId);
  return productAdmin(core, id);
}

export function updateProduct(core: Core, productId: string, patch: ProductPatch, userId: string): ProductAdminRow {
  inTransaction(core, () => {
    requireProduct(core, productId);
    const sets: string[] = [];
    const values: unknown[] = [];
    const put = (col: string, v: unknown) => {
      sets.push(`${col} = ?`);
      values.push(v);
    };
    if (patch.name !== undefined) put('name', patch.name);
    if (patch.unit !== undefined) put('unit', patch.unit);
    if (patch.soldBy !== undefined) put('sold_by', patch.soldBy);
    if (patch.categoryCode !== undefined) put('category_id', patch.categoryCode === null ? null : categoryId(core, patch.categoryCode));
    if (patch.subsidyProgram !== undefined) put('subsidy_program', patch.subsidyProgram);
    if (patch.lpgKind !== undefined) put('lpg_kind', patch.lpgKind);
    if (patch.packSizeMilli !== undefined) put('pack_size_milli', patch.packSizeMilli);
    if (patch.minStockMilli !== undefined) put('min_stock_milli', patch.minStockMilli);
    if (patch.active !== undefined) put('active', patch.active ? 1 : 0);
    if (sets.length === 0) return;
    core.db.prepare(`UPDATE products SET ${sets.join(', ')} WHERE id = ?`).run(...values, productId);
    audit(core, { userId, action: 'product.update', entity: 'product', entityId: productId, details: { ...patch } });
  });
  return productAdmin(core, productId);
}

export function addBarcode(core: Core, productId: string, raw: string, userId: string): ProductAdminRow {
  const gtin = normaliseBarcode(raw);
  inTransaction(core, () => {
    requireProduct(core, productId);
    const owner = core.db.prepare('SELECT p.sku FROM product_barcodes b JOIN products p ON p.id = b.product_id WHERE b.gtin = ?').get(gtin) as
      { sku: string } | undefined;
    if (owner) throw new AppError('BARCODE_TAKEN', { barcode: gtin, sku: owner.sku });
    core.db.prepare('INSERT INTO product_barcodes (gtin, product_id) VALUES (?, ?)').run(gtin, productId);
    audit(core, { userId, action: 'product.barcode_add', entity: 'product', entityId: productId, details: { barcode: gtin } });
  });
  return productAdmin(core, productId);
}

export function removeBarcode(core: Core, productId: string, gtin: string, userId: string): ProductAdminRow {
  inTransaction(core, () => {
    // An unknown product is refused before anything is audited (found by the contract fuzz test).
    requireProduct(core, productId);
    core.db.prepare('DELETE FROM product_barcodes WHERE gtin = ? AND product_id = ?').run(gtin, productId);
    audit(core, { userId, action: 'product.barcode_remove', entity: 'product', entityId: productId, details: { barcode: gtin } });
  });
  return productAdmin(core, productId);
}

/** A selling price from a date; catalog.setPrice refuses it above the HET in force then. */
export function setSellingPrice(core: Core, productId: string, amount: Rupiah, validFrom: string, userId: string): ProductAdminRow {
  inTransaction(core, () => {
    requireProduct(core, productId);
    setPrice(core, productId, amount, validFrom, userId);
  });
  return productAdmin(core, productId);
}

/** A HET or HAP from a date. A HET below the selling price in force that day is refused. */
export function setCeiling(
  core: Core,
  input: { productId: string; kind: 'HET' | 'HAP'; amount: Rupiah; validFrom: string; source?: string | null },
  userId: string,
): ProductAdminRow {
  inTransaction(core, () => {
    const p = requireProduct(core, input.productId);
    const price = priceOn(core, input.productId, input.validFrom);
    if (input.kind === 'HET' && price !== null && price > input.amount)
      throw new AppError('HET_BELOW_PRICE', { sku: p.sku, price, het: input.amount, date: input.validFrom });
    appendCeiling(core, input.productId, input);
    audit(core, {
      userId,
      action: 'price.ceiling_set',
      entity: 'product',
      entityId: input.productId,
      details: { kind: input.kind, amount: input.amount, validFrom: input.validFrom, source: input.source ?? null },
    });
  });
  return productAdmin(core, input.productId);
}

export function priceHistory(
  core: Core,
  productId: string,
): {
  prices: { validFrom: string; price: Rupiah; setBy: string | null }[];
  ceilings: { validFrom: string; kind: 'HET' | 'HAP'; amount: Rupiah; source: string | null }[];
} {
  return {
    prices: (
      core.db.prepare('SELECT valid_from, price, set_by FROM prices WHERE product_id = ? ORDER BY valid_from DESC').all(productId) as {
        valid_from: string;
        price: number;
        set_by: string | null;
      }[]
    ).map((r) => ({ validFrom: r.valid_from, price: r.price, setBy: r.set_by })),
    ceilings: (
      core.db.prepare('SELECT valid_from, kind, amount, source FROM price_ceilings WHERE product_id = ? ORDER BY valid_from DESC').all(productId) as {
        valid_from: string;
        kind: 'HET' | 'HAP';
        amount: number;
        source: string | null;
      }[]
    ).map((r) => ({ validFrom: r.valid_from, kind: r.kind, amount: r.amount, source: r.source })),
  };
}

export function listCategories(core: Core): { code: string; name: string; taxStatus: TaxStatus; countsForShu: boolean }[] {
  return (
    core.db.prepare('SELECT code, name, tax_status, counts_for_shu FROM categories ORDER BY name').all() as {
      code: string;
      name: string;
      tax_status: TaxStatus;
      counts_for_shu: number;
    }[]
  ).map((r) => ({ code: r.code, name: r.name, taxStatus: r.tax_status, countsForShu: r.counts_for_shu === 1 }));
}

export function saveCategory(core: Core, c: { code: string; name: string; taxStatus: TaxStatus; countsForShu: boolean }, userId: string): void {
  inTransaction(core, () => {
    ensureCategory(core, c.code, c.name, c.taxStatus, c.countsForShu);
    core.db
      .prepare('UPDATE categories SET name = ?, tax_status = ?, counts_for_shu = ? WHERE code = ?')
      .run(c.name, c.taxStatus, c.countsForShu ? 1 : 0, c.code);
    audit(core, { userId, action: 'category.save', entity: 'category', entityId: c.code, details: { ...c } });
  });
}

const ADMIN_SELECT = `
  SELECT p.id, p.sku, p.name, p.unit, p.sold_by, c.code AS category_code, c.tax_status, p.subsidy_program, p.lpg_kind, p.pack_size_milli, p.min_stock_milli, p.active,
         COALESCE(b.qty_milli, 0) AS on_hand
  FROM products p LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN stock_balances b ON b.product_id = p.id`;

interface AdminRow {
  id: string;
  sku: string;
  name: string;
  unit: string;
  sold_by: 'piece' | 'weight';
  category_code: string | null;
  tax_status: TaxStatus | null;
  subsidy_program: ProductAdminRow['subsidyProgram'];
  lpg_kind: ProductAdminRow['lpgKind'];
  pack_size_milli: number | null;
  min_stock_milli: number;
  active: number;
  on_hand: number;
}

function toAdmin(core: Core, r: AdminRow, date: string): ProductAdminRow {
  const ceilings = (kind: 'HET' | 'HAP') =>
    (core.db
      .prepare('SELECT amount FROM price_ceilings WHERE product_id = ? AND kind = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1')
      .pluck()
      .get(r.id, kind, date) as number | undefined) ?? null;
  return {
    productId: r.id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    soldBy: r.sold_by,
    categoryCode: r.category_code,
    taxStatus: r.tax_status,
    subsidyProgram: r.subsidy_program,
    lpgKind: r.lpg_kind,
    packSizeMilli: r.pack_size_milli,
    minStockMilli: r.min_stock_milli,
    active: r.active === 1,
    barcodes: core.db.prepare('SELECT gtin FROM product_barcodes WHERE product_id = ? ORDER BY gtin').pluck().all(r.id) as string[],
    price: priceOn(core, r.id, date),
    het: ceilings('HET'),
    hap: ceilings('HAP'),
    onHandMilli: r.on_hand,
  };
}

export function productAdmin(core: Core, productId: string): ProductAdminRow {
  const r = core.db.prepare(`${ADMIN_SELECT} WHERE p.id = ?`).get(productId) as AdminRow | undefined;
  if (!r) throw new AppError('PRODUCT_UNKNOWN', { productId });
  return toAdmin(core, r, outletToday(core));
}

/** Products (inactive too) whose SKU or name matches, by name; for the products screen. */
export function listProductsAdmin(core: Core, filter: { query?: string; limit?: number; offset?: number }): ProductAdminRow[] {
  const like = filter.query ? `%${filter.query}%` : null;
  const date = outletToday(core);
  const rows = core.db
    .prepare(`${ADMIN_SELECT} WHERE (? IS NULL OR p.sku LIKE ? OR p.name LIKE ?) ORDER BY p.name LIMIT ? OFFSET ?`)
    .all(like, like, like, filter.limit ?? 100, filter.offset ?? 0) as AdminRow[];
  return rows.map((r) => toAdmin(core, r, date));
}

function categoryId(core: Core, code: string): string {
  const row = core.db.prepare('SELECT id FROM categories WHERE code = ?').get(code) as { id: string } | undefined;
  if (!row) throw new AppError('CATEGORY_UNKNOWN', { code });
  return row.id;
}
