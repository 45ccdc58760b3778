// Delivery documents: Bulog (DO/SPPB + Klik SPHP order) and LPG from the pangkalan/agen. The
// manager records what the document says (expected), what was counted, and why they differ; only
// the confirmation posts to the ledger. Damaged goods are NOT put into stock: they stay on the
// document (and in the receipt move's note) as a claim against the supplier (docs/back-office.md).
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import { lineTotal, sumRupiah } from '../../../shared/money';
import type { DeliveryCountInput, DeliveryCreateInput, DeliveryPayInput } from '../../../shared/api/deliveries';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { setting } from '../settings/settings';
import { emptyCylinderIds } from '../catalog/catalogRepo';
import { receive, requireProduct } from '../stock/stock';
import { postMove } from '../stock/stockLedger';
import { postDeliveryReceipt, postSupplierPayment } from '../books/postings';
import type { DeliveryLineView, DeliveryView, DeliverySummary, ReconciliationRow } from '../../../shared/api/deliveries';
export type { DeliveryLineView, DeliveryView, DeliverySummary, ReconciliationRow };

interface DeliveryRow {
  id: string;
  source: DeliveryView['source'];
  supplier: string;
  doc_no: string;
  klik_sphp_ref: string | null;
  delivery_date: string;
  warehouse: string | null;
  vehicle: string | null;
  driver: string | null;
  note: string | null;
  empties_product_id: string | null;
  empties_out_milli: number;
  status: DeliveryView['status'];
  created_at: string;
  posted_at: string | null;
  posted_by: string | null;
}

export function createDelivery(core: Core, input: DeliveryCreateInput, userId: string): DeliveryView {
  const id = uuidv7(core.now().getTime());
  inTransaction(core, () => {
    const emptiesProductId = input.emptiesOutMilli ? emptiesProduct(core, input.emptiesProductId ?? null) : null;
    input.lines.forEach((l) => requireProduct(core, l.productId));
    checkSphpRef(
      core,
      input.lines.map((l) => l.productId),
      input.klikSphpRef ?? null,
    );
    core.db
      .prepare(
        `INSERT INTO deliveries (id, source, supplier, doc_no, klik_sphp_ref, delivery_date, warehouse, vehicle, driver, note, empties_product_id, empties_out_milli, created_by, created_at)
         VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
      )
      .run(
        id,
        input.source,
        input.supplier,
        input.docNo,
        input.klikSphpRef ?? null,
        input.deliveryDate,
        input.warehouse ?? null,
        input.vehicle ?? null,
        input.driver ?? null,
        input.note ?? null,
        emptiesProductId,
        input.emptiesOutMilli ?? 0,
        userId,
        core.now().toISOString(),
      );
    const ins = core.db.prepare('INSERT INTO delivery_lines (delivery_id, line_no, product_id, expected_milli, unit_cost) VALUES (?, ?, ?, ?, ?)');
    input.lines.forEach((l, i) => ins.run(id, i + 1, l.productId, l.expectedMilli, l.unitCost));
    audit(core, { userId, action: 'delivery.create', entity: 'delivery', entityId: id, details: { docNo: input.docNo, supplier: input.supplier } });
  });
  return getDelivery(core, id);
}

/** Records what was counted. A line that differs from the document needs a reason. */
export function countDelivery(core: Core, input: DeliveryCountInput, userId: string): DeliveryView {
  inTransaction(core, () => {
    const d = draftRow(core, input.deliveryId);
    const upd = core.db.prepare(
      'UPDATE delivery_lines SET counted_milli = ?, damaged_milli = ?, reason = ?, photo_path = ? WHERE delivery_id = ? AND line_no = ?',
    );
    for (const c of input.lines) {
      const line = core.db
        .prepare('SELECT l.expected_milli, p.sku FROM delivery_lines l JOIN products p ON p.id = l.product_id WHERE delivery_id = ? AND line_no = ?')
        .get(d.id, c.lineNo) as { expected_milli: number; sku: string } | undefined;
      if (!line) throw new AppError('DELIVERY_LINE_UNKNOWN', { lineNo: c.lineNo });
      const damaged = c.damagedMilli ?? 0;
      if (damaged > c.countedMilli) throw new AppError('DELIVERY_DAMAGED_OVER_COUNTED', { sku: line.sku });
      const reason = c.reason?.trim() || null;
      if ((c.countedMilli !== line.expected_milli || damaged > 0) && !reason)
        throw new AppError('DELIVERY_REASON_REQUIRED', { sku: line.sku, lineNo: c.lineNo });
      upd.run(c.countedMilli, damaged, reason, c.photoPath ?? null, d.id, c.lineNo);
    }
    if (input.emptiesOutMilli !== undefined) {
      const emptiesProductId = input.emptiesOutMilli > 0 ? emptiesProduct(core, d.empties_product_id) : d.empties_product_id;
      core.db.prepare('UPDATE deliveries SET empties_out_milli = ?, empties_product_id = ? WHERE id = ?').run(input.emptiesOutMilli, emptiesProductId, d.id);
    }
    audit(core, { userId, action: 'delivery.count', entity: 'delivery', entityId: d.id, details: { lines: input.lines.length } });
  });
  return getDelivery(core, input.deliveryId);
}

/** The manager's confirmation: good quantities in as receipts at the unit cost, empties out. */
export function postDelivery(core: Core, deliveryId: string, userId: string): DeliveryView {
  inTransaction(core, () => {
    const d = draftRow(core, deliveryId);
    const view = getDelivery(core, deliveryId);
    checkSphpRef(
      core,
      view.lines.map((l) => l.productId),
      d.klik_sphp_ref,
    );
    const uncounted = view.lines.find((l) => l.countedMilli === null);
    if (uncounted) throw new AppError('DELIVERY_NOT_COUNTED', { sku: uncounted.sku, lineNo: uncounted.lineNo });
    for (const l of view.lines) {
      if (!l.goodMilli) continue;
      receive(core, {
        productId: l.productId,
        qtyMilli: l.goodMilli,
        unitCost: l.unitCost,
        docType: 'delivery',
        docId: d.id,
        userId,
        note: lineNote(d.doc_no, l),
      });
    }
    if (d.empties_out_milli > 0 && d.empties_product_id) {
      postMove(core, {
        productId: d.empties_product_id,
        qtyMilli: -d.empties_out_milli,
        kind: 'cylinder_exchange',
        docType: 'delivery',
        docId: d.id,
        userId,
        note: `${d.doc_no}: tabung kosong diambil agen`,
        forbidNegative: true,
      });
    }
    core.db.prepare("UPDATE deliveries SET status = 'posted', posted_by = ?, posted_at = ? WHERE id = ?").run(userId, core.now().toISOString(), d.id);
    postDeliveryReceipt(core, d.id);
    audit(core, {
      userId,
      action: 'delivery.post',
      entity: 'delivery',
      entityId: d.id,
      details: {
        docNo: d.doc_no,
        discrepancies: view.lines
          .filter(isDiscrepant)
          .map((l) => ({ sku: l.sku, short: l.shortMilli, over: l.overMilli, damaged: l.damagedMilli, reason: l.reason })),
      },
    });
  });
  return getDelivery(core, deliveryId);
}

export function cancelDelivery(core: Core, deliveryId: string, reason: string, userId: string): DeliveryView {
  inTransaction(core, () => {
    const d = draftRow(core, deliveryId);
    core.db.prepare("UPDATE deliveries SET status = 'cancelled', note = ? WHERE id = ?").run([d.note, `Batal: ${reason}`].filter(Boolean).join('\n'), d.id);
    audit(core, { userId, action: 'delivery.cancel', entity: 'delivery', entityId: d.id, details: { reason } });
  });
  return getDelivery(core, deliveryId);
}

export function payDelivery(core: Core, input: DeliveryPayInput, userId: string): DeliveryView {
  inTransaction(core, () => {
    const d = core.db.prepare('SELECT id, status FROM deliveries WHERE id = ?').get(input.deliveryId) as { id: string; status: string } | undefined;
    if (!d) throw new AppError('DELIVERY_UNKNOWN', { deliveryId: input.deliveryId });
    if (d.status === 'cancelled') throw new AppError('DELIVERY_NOT_DRAFT', { status: d.status });
    const seq = (core.db.prepare('SELECT COALESCE(MAX(seq), 0) + 1 AS n FROM delivery_payments WHERE delivery_id = ?').get(d.id) as { n: number }).n;
    core.db
      .prepare('INSERT INTO delivery_payments (delivery_id, seq, paid_on, amount, method, reference, user_id, at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)')
      .run(d.id, seq, input.paidOn, input.amount, input.method, input.reference ?? null, userId, core.now().toISOString());
    postSupplierPayment(core, d.id, seq);
    audit(core, { userId, action: 'delivery.pay', entity: 'delivery', entityId: d.id, details: { amount: input.amount, method: input.method } });
  });
  return getDelivery(core, input.deliveryId);
}

export function getDelivery(core: Core, deliveryId: string): DeliveryView {
  const d = core.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(deliveryId) as DeliveryRow | undefined;
  if (!d) throw new AppError('DELIVERY_UNKNOWN', { deliveryId });
  const rows = core.db
    .prepare(
      `SELECT l.line_no, l.product_id, p.sku, p.name, p.sold_by, p.subsidy_program, l.expected_milli, l.counted_milli, l.damaged_milli, l.unit_cost, l.reason, l.photo_path
       FROM delivery_lines l JOIN products p ON p.id = l.product_id WHERE l.delivery_id = ? ORDER BY l.line_no`,
    )
    .all(deliveryId) as {
    line_no: number;
    product_id: string;
    sku: string;
    name: string;
    sold_by: 'piece' | 'weight';
    subsidy_program: string;
    expected_milli: number;
    counted_milli: number | null;
    damaged_milli: number;
    unit_cost: number;
    reason: string | null;
    photo_path: string | null;
  }[];
  const lines = rows.map((r): DeliveryLineView => {
    const counted = r.counted_milli;
    return {
      lineNo: r.line_no,
      productId: r.product_id,
      sku: r.sku,
      name: r.name,
      soldBy: r.sold_by,
      subsidyProgram: r.subsidy_program,
      expectedMilli: r.expected_milli,
      countedMilli: counted,
      damagedMilli: r.damaged_milli,
      goodMilli: counted === null ? null : counted - r.damaged_milli,
      shortMilli: counted === null ? 0 : Math.max(r.expected_milli - counted, 0),
      overMilli: counted === null ? 0 : Math.max(counted - r.expected_milli, 0),
      unitCost: r.unit_cost,
      reason: r.reason,
      photoPath: r.photo_path,
    };
  });
  const paid = (core.db.prepare('SELECT COALESCE(SUM(amount), 0) AS s FROM delivery_payments WHERE delivery_id = ?').get(deliveryId) as { s: number }).s;
  return {
    id: d.id,
    source: d.source,
    supplier: d.supplier,
    docNo: d.doc_no,
    klikSphpRef: d.klik_sphp_ref,
    deliveryDate: d.delivery_date,
    warehouse: d.warehouse,
    vehicle: d.vehicle,
    driver: d.driver,
    note: d.note,
    emptiesProductId: d.empties_product_id,
    emptiesOutMilli: d.empties_out_milli,
    status: d.status,
    createdAt: d.created_at,
    postedAt: d.posted_at,
    postedBy: d.posted_by,
    lines,
    hasDiscrepancy: lines.some(isDiscrepant),
    value: {
      ordered: sumRupiah(lines.map((l) => lineTotal(l.unitCost, l.expectedMilli))),
      received: sumRupiah(lines.map((l) => lineTotal(l.unitCost, l.goodMilli ?? 0))),
      paid,
    },
  };
}

export function listDeliveries(core: Core, filter: { from?: string; to?: string; status?: string }): DeliverySummary[] {
  const rows = core.db
    .prepare(
      `SELECT d.id, d.source, d.supplier, d.doc_no, d.delivery_date, d.status, COUNT(l.line_no) AS line_count,
              SUM(CASE WHEN l.counted_milli IS NOT NULL AND (l.counted_milli <> l.expected_milli OR l.damaged_milli > 0) THEN 1 ELSE 0 END) AS discrepant
       FROM deliveries d LEFT JOIN delivery_lines l ON l.delivery_id = d.id
       WHERE d.delivery_date >= ? AND d.delivery_date <= ? AND (? IS NULL OR d.status = ?)
       GROUP BY d.id ORDER BY d.delivery_date DESC, d.created_at DESC LIMIT 500`,
    )
    .all(filter.from ?? '0000-01-01', filter.to ?? '9999-12-31', filter.status ?? null, filter.status ?? null) as {
    id: string;
    source: DeliverySummary['source'];
    supplier: string;
    doc_no: string;
    delivery_date: string;
    status: DeliverySummary['status'];
    line_count: number;
    discrepant: number;
  }[];
  return rows.map((r) => ({
    id: r.id,
    source: r.source,
    supplier: r.supplier,
    docNo: r.doc_no,
    deliveryDate: r.delivery_date,
    status: r.status,
    lineCount: r.line_count,
    hasDiscrepancy: r.discrepant > 0,
  }));
}

/** Ordered (document), delivered (counted), received (good, posted) and paid, per supplier and month. */
export function reconciliation(core: Core, fromMonth: string, toMonth: string): ReconciliationRow[] {
  const lines = core.db
    .prepare(
      `SELECT d.id, d.supplier, substr(d.delivery_date, 1, 7) AS month, d.status, l.expected_milli, l.counted_milli, l.damaged_milli, l.unit_cost
       FROM deliveries d JOIN delivery_lines l ON l.delivery_id = d.id
       WHERE d.status <> 'cancelled' AND substr(d.delivery_date, 1, 7) BETWEEN ? AND ?`,
    )
    .all(fromMonth, toMonth) as {
    id: string;
    supplier: string;
    month: string;
    status: string;
    expected_milli: number;
    counted_milli: number | null;
    damaged_milli: number;
    unit_cost: number;
  }[];
  const payments = core.db
    .prepare(
      `SELECT d.supplier, substr(d.delivery_date, 1, 7) AS month, SUM(p.amount) AS paid FROM deliveries d JOIN delivery_payments p ON p.delivery_id = d.id
       WHERE d.status <> 'cancelled' AND substr(d.delivery_date, 1, 7) BETWEEN ? AND ? GROUP BY d.supplier, month`,
    )
    .all(fromMonth, toMonth) as { supplier: string; month: string; paid: number }[];
  const out = new Map<string, ReconciliationRow & { ids: Set<string> }>();
  const row = (supplier: string, month: string) => {
    const key = `${supplier}\u0000${month}`;
    let r = out.get(key);
    if (!r) out.set(key, (r = { supplier, month, deliveries: 0, ordered: 0, delivered: 0, received: 0, damaged: 0, paid: 0, outstanding: 0, ids: new Set() }));
    return r;
  };
  for (const l of lines) {
    const r = row(l.supplier, l.month);
    r.ids.add(l.id);
    r.ordered += lineTotal(l.unit_cost, l.expected_milli);
    if (l.counted_milli !== null) r.delivered += lineTotal(l.unit_cost, l.counted_milli);
    if (l.status === 'posted' && l.counted_milli !== null) {
      r.received += lineTotal(l.unit_cost, l.counted_milli - l.damaged_milli);
      r.damaged += lineTotal(l.unit_cost, l.damaged_milli);
    }
  }
  for (const p of payments) row(p.supplier, p.month).paid = p.paid;
  return [...out.values()]
    .map(({ ids, ...r }) => ({ ...r, deliveries: ids.size, outstanding: r.received - r.paid }))
    .sort((a, b) => a.month.localeCompare(b.month) || a.supplier.localeCompare(b.supplier));
}

function isDiscrepant(l: DeliveryLineView): boolean {
  return l.shortMilli > 0 || l.overMilli > 0 || l.damagedMilli > 0;
}

function lineNote(docNo: string, l: DeliveryLineView): string {
  const parts = [docNo];
  if (l.shortMilli) parts.push(`kurang ${l.shortMilli / 1000}`);
  if (l.overMilli) parts.push(`lebih ${l.overMilli / 1000}`);
  if (l.damagedMilli) parts.push(`rusak ${l.damagedMilli / 1000} (tidak masuk stok)`);
  if (l.reason && parts.length > 1) parts.push(l.reason);
  return parts.join('; ');
}

function draftRow(core: Core, deliveryId: string): DeliveryRow {
  const d = core.db.prepare('SELECT * FROM deliveries WHERE id = ?').get(deliveryId) as DeliveryRow | undefined;
  if (!d) throw new AppError('DELIVERY_UNKNOWN', { deliveryId });
  if (d.status !== 'draft') throw new AppError('DELIVERY_NOT_DRAFT', { status: d.status });
  return d;
}

/** SPHP rice from Bulog must carry the Klik SPHP order reference (docs/domain/staples-and-prices.md). */
function checkSphpRef(core: Core, productIds: string[], ref: string | null): void {
  if (ref?.trim() || !setting(core, 'sphp.klik_sphp_ref_required')) return;
  for (const id of productIds) {
    const p = requireProduct(core, id);
    if (p.subsidy_program === 'SPHP') throw new AppError('KLIK_SPHP_REF_REQUIRED', { sku: p.sku });
  }
}

/** The empty-cylinder product the agent takes back: the one given, else the only lpg_kind 'empty'. */
function emptiesProduct(core: Core, given: string | null): string {
  if (given) {
    const p = requireProduct(core, given);
    if (p.lpg_kind !== 'empty') throw new AppError('EMPTIES_PRODUCT_INVALID', { sku: p.sku });
    return p.id;
  }
  const rows = emptyCylinderIds(core).map((id) => ({ id }));
  if (rows.length !== 1) throw new AppError('EMPTIES_PRODUCT_MISSING', { found: rows.length });
  return rows[0]!.id;
}
