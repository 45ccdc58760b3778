// Stock opname: start a count, count on screen by scanning or from the printed sheet (some
// products now, the rest later), review the variance by product with its value, and the manager
// approves (opnamePost.ts). Each product's system quantity is taken when its count is first
// entered, so a count spread over days compares each product with its balance at its own counting
// time; sales of that product between its first scan and the posting are the gap that
// opname.freeze_sales closes. A blind count hides the system side from whoever counts (opnameView.ts).
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { toGtin14 } from '../../../shared/barcode';
import type { Milli } from '../../../shared/money';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { requireProduct } from '../stock/stock';
import { setting } from '../settings/settings';
import { activeProductIds } from '../catalog/catalogRepo';
import { productIdByBarcode } from '../catalog/catalog';
import type { SaleRule } from '../sales/saleRules';
import type { OpnameLineView, OpnameView } from '../../../shared/api/opname';
import { getOpname, type Viewer } from './opnameView';
export type { OpnameLineView, OpnameView };
export { getOpname, listOpnames } from './opnameView';

/** Starts a count of the given products (all active products when none are given). */
export function startOpname(core: Core, input: { title: string; productIds?: string[]; blind?: boolean }, userId: string): OpnameView {
  const id = uuidv7(core.now().getTime());
  const blind = input.blind ?? setting(core, 'opname.blind_default');
  inTransaction(core, () => {
    core.db
      .prepare('INSERT INTO opnames (id, title, started_by, started_at, blind) VALUES (?, ?, ?, ?, ?)')
      .run(id, input.title, userId, core.now().toISOString(), blind ? 1 : 0);
    const ids = input.productIds?.length ? input.productIds : activeProductIds(core);
    const ins = core.db.prepare(
      `INSERT INTO opname_lines (opname_id, product_id, system_milli, unit_cost)
       SELECT ?, p.id, COALESCE(b.qty_milli, 0), COALESCE(b.avg_cost, 0) FROM products p LEFT JOIN stock_balances b ON b.product_id = p.id WHERE p.id = ?`,
    );
    for (const pid of ids) {
      requireProduct(core, pid);
      ins.run(id, pid);
    }
    audit(core, { userId, action: 'opname.start', entity: 'opname', entityId: id, details: { title: input.title, products: ids.length, blind } });
  });
  return getOpname(core, id);
}

/** Enters a count for one product, found by id or by a scanned barcode; 'add' sums scans. */
export function countOpname(
  core: Core,
  input: { opnameId: string; productId?: string; barcode?: string; qtyMilli: Milli; mode: 'set' | 'add' },
  userId: string,
  viewer: Viewer = 'system',
): OpnameLineView {
  return inTransaction(core, () => {
    openRow(core, input.opnameId);
    const productId = input.productId ?? productByBarcode(core, input.barcode ?? '');
    const line = core.db.prepare('SELECT counted_milli, posted_at FROM opname_lines WHERE opname_id = ? AND product_id = ?').get(input.opnameId, productId) as
      { counted_milli: number | null; posted_at: string | null } | undefined;
    if (!line) throw new AppError('OPNAME_PRODUCT_NOT_IN_COUNT', { sku: requireProduct(core, productId).sku });
    if (line.posted_at) throw new AppError('OPNAME_LINE_POSTED', { sku: requireProduct(core, productId).sku });
    const counted = input.mode === 'add' ? (line.counted_milli ?? 0) + input.qtyMilli : input.qtyMilli;
    if (counted < 0) throw new AppError('QTY_INVALID', { qtyMilli: counted });
    const at = core.now().toISOString();
    // The first count of a product takes its system quantity (and cost) now, not at the start.
    if (line.counted_milli === null) {
      core.db
        .prepare(
          `UPDATE opname_lines SET system_milli = COALESCE((SELECT qty_milli FROM stock_balances WHERE product_id = ?), 0),
             unit_cost = COALESCE((SELECT avg_cost FROM stock_balances WHERE product_id = ?), unit_cost), system_at = ?
           WHERE opname_id = ? AND product_id = ?`,
        )
        .run(productId, productId, at, input.opnameId, productId);
    }
    core.db
      .prepare('UPDATE opname_lines SET counted_milli = ?, counted_by = ?, counted_at = ? WHERE opname_id = ? AND product_id = ?')
      .run(counted, userId, at, input.opnameId, productId);
    return getOpname(core, input.opnameId, viewer).lines.find((l) => l.productId === productId)!;
  });
}

export function cancelOpname(core: Core, opnameId: string, userId: string): OpnameView {
  inTransaction(core, () => {
    openRow(core, opnameId);
    core.db.prepare("UPDATE opnames SET status = 'cancelled' WHERE id = ?").run(opnameId);
    audit(core, { userId, action: 'opname.cancel', entity: 'opname', entityId: opnameId });
  });
  return getOpname(core, opnameId);
}

/** Sales refused while a count is open, when the manager turned opname.freeze_sales on. */
export const opnameFreezeRule: SaleRule = {
  name: 'opname-freeze',
  check(core, draft) {
    if (!setting(core, 'opname.freeze_sales', draft.at)) return [];
    const open = core.db.prepare("SELECT title FROM opnames WHERE status = 'counting' LIMIT 1").get() as { title: string } | undefined;
    return open ? [{ code: 'SALES_FROZEN_OPNAME', params: { title: open.title }, severity: 'hard' }] : [];
  },
};

export function openRow(core: Core, opnameId: string): void {
  const o = core.db.prepare('SELECT status FROM opnames WHERE id = ?').get(opnameId) as { status: string } | undefined;
  if (!o) throw new AppError('OPNAME_UNKNOWN', { opnameId });
  if (o.status !== 'counting') throw new AppError('OPNAME_CLOSED', { status: o.status });
}

function productByBarcode(core: Core, raw: string): string {
  const gtin = toGtin14(raw) ?? raw.trim();
  const id = productIdByBarcode(core, gtin);
  if (!id) throw new AppError('BARCODE_UNKNOWN', { barcode: raw.trim().slice(0, 20) });
  return id;
}
