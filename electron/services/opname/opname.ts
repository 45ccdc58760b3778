// Stock opname: start a count (the system quantity of each product is snapshotted), count on
// screen by scanning or from the printed sheet, review the variance by product with its value,
// and the manager approves: each variance becomes one 'opname' move. The variance is counted −
// system-at-start, which is exact when sales are frozen during the count (setting
// opname.freeze_sales) and assumes the count reflects the start otherwise.
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { toGtin14 } from '../../../shared/barcode';
import { lineTotal, sumRupiah, type Milli, type Rupiah } from '../../../shared/money';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { postOpnameVariances } from '../books/postings';
import { postOpnameVariance, requireProduct } from '../stock/stock';
import { setting } from '../settings/settings';
import { activeProductIds } from '../catalog/catalogRepo';
import { productIdByBarcode } from '../catalog/catalog';
import type { SaleRule } from '../sales/saleRules';
import type { OpnameLineView, OpnameSummary, OpnameView } from '../../../shared/api/opname';
export type { OpnameLineView, OpnameView };

/** Starts a count of the given products (all active products when none are given). */
export function startOpname(core: Core, input: { title: string; productIds?: string[] }, userId: string): OpnameView {
  const id = uuidv7(core.now().getTime());
  inTransaction(core, () => {
    core.db.prepare('INSERT INTO opnames (id, title, started_by, started_at) VALUES (?, ?, ?, ?)').run(id, input.title, userId, core.now().toISOString());
    const ids = input.productIds?.length ? input.productIds : activeProductIds(core);
    const ins = core.db.prepare(
      `INSERT INTO opname_lines (opname_id, product_id, system_milli, unit_cost)
       SELECT ?, p.id, COALESCE(b.qty_milli, 0), COALESCE(b.avg_cost, 0) FROM products p LEFT JOIN stock_balances b ON b.product_id = p.id WHERE p.id = ?`,
    );
    for (const pid of ids) {
      requireProduct(core, pid);
      ins.run(id, pid);
    }
    audit(core, { userId, action: 'opname.start', entity: 'opname', entityId: id, details: { title: input.title, products: ids.length } });
  });
  return getOpname(core, id);
}

/** Enters a count for one product, found by id or by a scanned barcode; 'add' sums scans. */
export function countOpname(
  core: Core,
  input: { opnameId: string; productId?: string; barcode?: string; qtyMilli: Milli; mode: 'set' | 'add' },
  userId: string,
): OpnameLineView {
  return inTransaction(core, () => {
    openRow(core, input.opnameId);
    const productId = input.productId ?? productByBarcode(core, input.barcode ?? '');
    const line = core.db.prepare('SELECT counted_milli FROM opname_lines WHERE opname_id = ? AND product_id = ?').get(input.opnameId, productId) as
      { counted_milli: number | null } | undefined;
    if (!line) throw new AppError('OPNAME_PRODUCT_NOT_IN_COUNT', { sku: requireProduct(core, productId).sku });
    const counted = input.mode === 'add' ? (line.counted_milli ?? 0) + input.qtyMilli : input.qtyMilli;
    if (counted < 0) throw new AppError('QTY_INVALID', { qtyMilli: counted });
    core.db
      .prepare('UPDATE opname_lines SET counted_milli = ?, counted_by = ?, counted_at = ? WHERE opname_id = ? AND product_id = ?')
      .run(counted, userId, core.now().toISOString(), input.opnameId, productId);
    return getOpname(core, input.opnameId).lines.find((l) => l.productId === productId)!;
  });
}

/** The manager's approval: every counted line with a variance posts one 'opname' move. */
export function postOpname(core: Core, opnameId: string, userId: string, options: { uncountedAsZero?: boolean } = {}): OpnameView {
  inTransaction(core, () => {
    openRow(core, opnameId);
    const view = getOpname(core, opnameId);
    const uncounted = view.lines.find((l) => l.countedMilli === null);
    if (uncounted && !options.uncountedAsZero) throw new AppError('OPNAME_NOT_COUNTED', { sku: uncounted.sku, missing: view.total - view.counted });
    for (const l of view.lines) {
      const variance = (l.countedMilli ?? 0) - l.systemMilli;
      if (variance !== 0) postOpnameVariance(core, { productId: l.productId, qtyMilli: variance, unitCost: l.unitCost, opnameId, userId });
    }
    core.db.prepare("UPDATE opnames SET status = 'posted', approved_by = ?, posted_at = ? WHERE id = ?").run(userId, core.now().toISOString(), opnameId);
    postOpnameVariances(core, opnameId, userId);
    audit(core, {
      userId,
      action: 'opname.post',
      entity: 'opname',
      entityId: opnameId,
      details: { varianceValue: view.varianceValue, lines: view.lines.filter((l) => l.varianceMilli).length },
    });
  });
  return getOpname(core, opnameId);
}

export function cancelOpname(core: Core, opnameId: string, userId: string): OpnameView {
  inTransaction(core, () => {
    openRow(core, opnameId);
    core.db.prepare("UPDATE opnames SET status = 'cancelled' WHERE id = ?").run(opnameId);
    audit(core, { userId, action: 'opname.cancel', entity: 'opname', entityId: opnameId });
  });
  return getOpname(core, opnameId);
}

export function getOpname(core: Core, opnameId: string): OpnameView {
  const o = core.db.prepare('SELECT id, title, status, started_at, posted_at, approved_by FROM opnames WHERE id = ?').get(opnameId) as
    { id: string; title: string; status: OpnameView['status']; started_at: string; posted_at: string | null; approved_by: string | null } | undefined;
  if (!o) throw new AppError('OPNAME_UNKNOWN', { opnameId });
  const rows = core.db
    .prepare(
      `SELECT l.product_id, p.sku, p.name, p.unit, p.sold_by, l.system_milli, l.counted_milli, l.unit_cost
       FROM opname_lines l JOIN products p ON p.id = l.product_id WHERE l.opname_id = ? ORDER BY p.name`,
    )
    .all(opnameId) as {
    product_id: string;
    sku: string;
    name: string;
    unit: string;
    sold_by: 'piece' | 'weight';
    system_milli: number;
    counted_milli: number | null;
    unit_cost: number;
  }[];
  const lines = rows.map((r): OpnameLineView => {
    const variance = r.counted_milli === null ? null : r.counted_milli - r.system_milli;
    return {
      productId: r.product_id,
      sku: r.sku,
      name: r.name,
      unit: r.unit,
      soldBy: r.sold_by,
      systemMilli: r.system_milli,
      countedMilli: r.counted_milli,
      varianceMilli: variance,
      unitCost: r.unit_cost,
      varianceValue: variance === null ? null : signedLineTotal(r.unit_cost, variance),
    };
  });
  return {
    id: o.id,
    title: o.title,
    status: o.status,
    startedAt: o.started_at,
    postedAt: o.posted_at,
    approvedBy: o.approved_by,
    lines,
    counted: lines.filter((l) => l.countedMilli !== null).length,
    total: lines.length,
    varianceValue: sumRupiah(lines.map((l) => l.varianceValue ?? 0)),
  };
}

export function listOpnames(core: Core): OpnameSummary[] {
  return (
    core.db.prepare('SELECT id, title, status, started_at, posted_at FROM opnames ORDER BY started_at DESC LIMIT 200').all() as {
      id: string;
      title: string;
      status: OpnameSummary['status'];
      started_at: string;
      posted_at: string | null;
    }[]
  ).map((r) => ({ id: r.id, title: r.title, status: r.status, startedAt: r.started_at, postedAt: r.posted_at }));
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

function signedLineTotal(unitCost: Rupiah, qtyMilli: Milli): Rupiah {
  const v = lineTotal(unitCost, Math.abs(qtyMilli));
  return qtyMilli < 0 ? -v : v;
}

function openRow(core: Core, opnameId: string): void {
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
