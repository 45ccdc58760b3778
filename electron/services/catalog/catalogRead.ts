// The counter's read side of the catalog: a scan to a product with its price and ceilings in
// force, a name search, and a compact snapshot of everything for the renderer's memory cache.
// Writes (create, edit, import) live in the back office services.
import { AppError } from '../../../shared/errors';
import { parseScan, toGtin14, weightItemKey, type WeightLabelLayout } from '../../../shared/barcode';
import { Dec, MILLI_PER_UNIT } from '../../../shared/money';
import type { CatalogHit, CatalogItem, CatalogSnapshot, LookupResult } from '../../../shared/api/catalog';
import type { Core } from '../core';
import { outletToday, setting } from '../settings/settings';

type ItemRow = [
  string,
  string,
  string,
  string,
  CatalogItem['soldBy'],
  string | null,
  CatalogItem['taxStatus'],
  CatalogItem['subsidyProgram'],
  CatalogItem['lpgKind'],
  number | null,
  number | null,
  number | null,
  number | null,
  number,
];

// Prices and ceilings in force on @d; the primary keys (product_id, valid_from[, kind]) serve each lookup.
const ITEM_SELECT = `
  SELECT p.id, p.sku, p.name, p.unit, p.sold_by, c.code, c.tax_status, p.subsidy_program, p.lpg_kind, p.pack_size_milli,
    (SELECT price FROM prices WHERE product_id = p.id AND valid_from <= @d ORDER BY valid_from DESC LIMIT 1),
    (SELECT amount FROM price_ceilings WHERE product_id = p.id AND kind = 'HET' AND valid_from <= @d ORDER BY valid_from DESC LIMIT 1),
    (SELECT amount FROM price_ceilings WHERE product_id = p.id AND kind = 'HAP' AND valid_from <= @d ORDER BY valid_from DESC LIMIT 1),
    COALESCE(b.qty_milli, 0)
  FROM products p LEFT JOIN categories c ON c.id = p.category_id LEFT JOIN stock_balances b ON b.product_id = p.id`;

function toItem(r: ItemRow, barcodes: string[]): CatalogHit {
  return {
    productId: r[0],
    sku: r[1],
    name: r[2],
    unit: r[3],
    soldBy: r[4],
    categoryCode: r[5],
    taxStatus: r[6],
    subsidyProgram: r[7],
    lpgKind: r[8],
    packSizeMilli: r[9],
    barcodes,
    price: r[10],
    het: r[11],
    hap: r[12],
    onHandMilli: r[13],
  };
}

function barcodesOf(core: Core, productId: string): string[] {
  return core.db.prepare('SELECT gtin FROM product_barcodes WHERE product_id = ? ORDER BY gtin').pluck().all(productId) as string[];
}

export function catalogItem(core: Core, productId: string, date = outletToday(core)): CatalogHit | null {
  const row = core.db.prepare(`${ITEM_SELECT} WHERE p.id = @id AND p.active = 1`).raw().get({ d: date, id: productId }) as ItemRow | undefined;
  return row ? toItem(row, barcodesOf(core, productId)) : null;
}

export function weightLayouts(core: Core): WeightLabelLayout[] {
  return setting(core, 'scan.weight_layouts');
}

export function lookup(core: Core, code: string): LookupResult {
  const scan = parseScan(code, weightLayouts(core));
  if (scan.kind === 'invalid') throw new AppError('SCAN_INVALID', { reason: scan.reason });
  const byCode = (c: string) => (core.db.prepare('SELECT product_id FROM product_barcodes WHERE gtin = ?').pluck().get(c) as string | undefined) ?? null;
  const productId =
    scan.kind === 'gtin'
      ? byCode(scan.gtin14)
      : scan.kind === 'weight'
        ? byCode(weightItemKey(scan.prefix, scan.itemCode))
        : (byCode(scan.code) ?? (core.db.prepare('SELECT id FROM products WHERE sku = ? COLLATE NOCASE').pluck().get(scan.code) as string | undefined) ?? null);
  const item = productId ? catalogItem(core, productId) : null;
  if (!item) throw new AppError('CATALOG_NOT_FOUND', { code: code.trim() });

  let qtyMilli: number | null = null;
  let labelPrice: number | null = null;
  if (scan.kind === 'weight') {
    if (scan.grams !== null) qtyMilli = scan.grams;
    else if (scan.price !== null) {
      labelPrice = scan.price;
      // The scale printed the price: the weight is price ÷ price per kg, in grams.
      if (item.price) qtyMilli = new Dec(scan.price).mul(MILLI_PER_UNIT).div(item.price).toDecimalPlaces(0).toNumber();
    }
    if (qtyMilli === 0) throw new AppError('SCAN_INVALID', { reason: 'WEIGHT_ZERO' });
  }
  return { item, scan, qtyMilli, labelPrice };
}

function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function search(core: Core, query: string, limit: number): CatalogHit[] {
  const date = outletToday(core);
  const gtin = toGtin14(query);
  const rows = core.db
    .prepare(
      `${ITEM_SELECT}
       WHERE p.active = 1 AND (p.name LIKE @contains ESCAPE '\\' OR p.sku LIKE @prefix ESCAPE '\\'
         OR p.id IN (SELECT product_id FROM product_barcodes WHERE gtin = @code OR gtin = @gtin))
       ORDER BY (p.sku = @q COLLATE NOCASE) DESC, p.name LIMIT @limit`,
    )
    .raw()
    .all({ d: date, contains: `%${escapeLike(query)}%`, prefix: `${escapeLike(query)}%`, code: query, gtin: gtin ?? '', q: query, limit }) as ItemRow[];
  return rows.map((r) => toItem(r, barcodesOf(core, r[0])));
}

export function catalogVersion(core: Core): string {
  const v = core.db.prepare('SELECT version FROM catalog_version WHERE id = 1').pluck().get() as number;
  return `${v}@${outletToday(core)}`;
}

export function snapshot(core: Core, ifNoneMatch?: string): CatalogSnapshot {
  const businessDate = outletToday(core);
  const version = catalogVersion(core);
  const head = { version, businessDate, weightLayouts: weightLayouts(core) };
  if (ifNoneMatch === version) return head;
  const codes = new Map<string, string[]>();
  for (const [gtin, productId] of core.db.prepare('SELECT gtin, product_id FROM product_barcodes ORDER BY gtin').raw().iterate() as IterableIterator<
    [string, string]
  >) {
    const list = codes.get(productId);
    if (list) list.push(gtin);
    else codes.set(productId, [gtin]);
  }
  const rows = core.db.prepare(`${ITEM_SELECT} WHERE p.active = 1 ORDER BY p.name`).raw().all({ d: businessDate }) as ItemRow[];
  // Stock on hand changes with every sale: it stays out of the cached snapshot (lookup has it).
  const items = rows.map((r): CatalogItem => {
    const { onHandMilli: _onHand, ...item } = toItem(r, codes.get(r[0]) ?? []);
    return item;
  });
  return { ...head, items };
}
