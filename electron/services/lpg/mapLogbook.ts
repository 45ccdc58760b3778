// The MAP logbook. Every LPG sale line waits as "pending" until the cashier or manager has entered
// it by hand in Pertamina's Merchant Apps (no public API: never automated) and records the status
// and MAP reference here. The manager reconciles the day's POS count against MAP's and closes it.
import { AppError } from '../../../shared/errors';
import type { LpgCategory } from '../../../shared/lpg';
import { maskNik } from '../../../shared/nik';
import { MANAGER_ROLES } from '../../../shared/roles';
import { localDateTime } from '../../../shared/time';
import { audit } from '../auth/audit';
import type { SessionUser } from '../auth/auth';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { openNik } from '../privacy/personalData';
import { outletTimeZone, settingOn } from '../settings/settings';

export type MapStatus = 'pending' | 'recorded' | 'rejected';

export interface LogbookRow {
  saleId: string;
  lineNo: number;
  businessDate: string;
  time: string;
  receiptNo: string;
  nik: string;
  kk: string;
  buyerName: string;
  category: LpgCategory;
  sku: string;
  lpgKind: string | null;
  qty: number;
  unitPrice: number;
  total: number;
  emptyReturned: boolean;
  mapStatus: MapStatus;
  mapRef: string | null;
  counted: boolean;
}

export interface LogbookDay {
  date: string;
  posCount: number;
  posQty: number;
  pending: number;
  recorded: number;
  rejected: number;
  mapCount: number | null;
  difference: number | null;
  closed: boolean;
}

export function setMapStatus(core: Core, user: SessionUser, input: { saleId: string; lineNo: number; status: MapStatus; ref?: string | null }): LogbookRow {
  return inTransaction(core, () => {
    const before = core.db.prepare('SELECT map_status, map_ref FROM lpg_sale_lines WHERE sale_id = ? AND line_no = ?').get(input.saleId, input.lineNo) as
      { map_status: MapStatus; map_ref: string | null } | undefined;
    if (!before) throw new AppError('LPG_LINE_UNKNOWN');
    const ref = input.ref?.trim() || null;
    if (input.status === 'recorded' && !ref) throw new AppError('LPG_MAP_REF_REQUIRED', { status: input.status });
    core.db
      .prepare('UPDATE lpg_sale_lines SET map_status = ?, map_ref = ?, map_set_by = ?, map_set_at = ? WHERE sale_id = ? AND line_no = ?')
      .run(input.status, ref, user.id, core.now().toISOString(), input.saleId, input.lineNo);
    audit(core, {
      userId: user.id,
      action: 'lpg.map.set',
      entity: 'sale',
      entityId: input.saleId,
      details: { lineNo: input.lineNo, from: before.map_status, to: input.status, ref },
    });
    return logbookRows(core, { from: '0000-01-01', to: '9999-12-31', saleId: input.saleId, lineNo: input.lineNo }, false)[0]!;
  });
}

interface RowSql {
  sale_id: string;
  line_no: number;
  business_date: string;
  at: string;
  receipt_no: string;
  nik_enc: string;
  nik_last4: string;
  kk_last4: string;
  name: string;
  category: LpgCategory;
  sku: string;
  lpg_kind: string | null;
  qty: number;
  unit_price: number;
  empty_returned: number;
  map_status: MapStatus;
  map_ref: string | null;
  counted: number;
}

/** Rows in time order. `fullNik` opens the sealed NIK: callers check the role and audit it. */
export function logbookRows(core: Core, q: { from: string; to: string; saleId?: string; lineNo?: number }, fullNik: boolean): LogbookRow[] {
  const tz = outletTimeZone(core);
  const rows = core.db
    .prepare(
      `SELECT l.sale_id, l.line_no, l.business_date, l.at, l.receipt_no, b.nik_enc, b.nik_last4, b.kk_last4, b.name, l.category, p.sku, l.lpg_kind, l.qty, l.unit_price,
              l.empty_returned, l.map_status, l.map_ref, l.counted
       FROM lpg_sale_lines l JOIN lpg_buyers b ON b.id = l.buyer_id JOIN products p ON p.id = l.product_id
       WHERE l.business_date BETWEEN ? AND ? AND (? IS NULL OR (l.sale_id = ? AND l.line_no = ?))
       ORDER BY l.at, l.sale_id, l.line_no`,
    )
    .all(q.from, q.to, q.saleId ?? null, q.saleId ?? null, q.lineNo ?? null) as RowSql[];
  return rows.map((r) => ({
    saleId: r.sale_id,
    lineNo: r.line_no,
    businessDate: r.business_date,
    time: localDateTime(new Date(r.at), tz),
    receiptNo: r.receipt_no,
    nik: fullNik ? openNik(core.keys, r.nik_enc) : maskNik(r.nik_last4),
    kk: maskNik(r.kk_last4),
    buyerName: r.name,
    category: r.category,
    sku: r.sku,
    lpgKind: r.lpg_kind,
    qty: r.qty,
    unitPrice: r.unit_price,
    total: r.qty * r.unit_price,
    emptyReturned: r.empty_returned === 1,
    mapStatus: r.map_status,
    mapRef: r.map_ref,
    counted: r.counted === 1,
  }));
}

/** Per day: POS count (sale lines still counted), MAP statuses, the count entered from MAP. */
export function logbookDays(core: Core, from: string, to: string): LogbookDay[] {
  const rows = core.db
    .prepare(
      `SELECT business_date AS date, SUM(counted) AS posCount, SUM(CASE WHEN counted = 1 THEN qty ELSE 0 END) AS posQty,
              SUM(counted = 1 AND map_status = 'pending') AS pending, SUM(counted = 1 AND map_status = 'recorded') AS recorded, SUM(counted = 1 AND map_status = 'rejected') AS rejected
       FROM lpg_sale_lines WHERE business_date BETWEEN ? AND ? GROUP BY business_date ORDER BY business_date`,
    )
    .all(from, to) as Omit<LogbookDay, 'mapCount' | 'difference' | 'closed'>[];
  return rows.map((d) => {
    const map = core.db.prepare('SELECT map_count FROM lpg_map_counts WHERE business_date = ?').get(d.date) as { map_count: number } | undefined;
    const closed = core.db.prepare('SELECT 1 FROM lpg_day_closes WHERE business_date = ?').get(d.date) !== undefined;
    return { ...d, mapCount: map?.map_count ?? null, difference: map ? d.posCount - map.map_count : null, closed };
  });
}

export function logbook(core: Core, user: SessionUser, q: { from: string; to: string; fullNik?: boolean }): { rows: LogbookRow[]; days: LogbookDay[] } {
  if (q.fullNik) auditFullNik(core, user, q.from, q.to, 'api');
  return { rows: logbookRows(core, q, q.fullNik === true), days: logbookDays(core, q.from, q.to) };
}

/** Full NIKs leave the system only for a manager, and every time it is written in the audit log. */
export function auditFullNik(core: Core, user: SessionUser, from: string, to: string, via: string): void {
  if (!MANAGER_ROLES.includes(user.role)) throw new AppError('LPG_FULL_NIK_MANAGER_ONLY');
  inTransaction(core, () => audit(core, { userId: user.id, action: 'lpg.logbook.full_nik', entity: 'lpg_logbook', details: { from, to, via } }));
}

export function enterMapCount(core: Core, user: SessionUser, date: string, mapCount: number): LogbookDay {
  inTransaction(core, () => {
    core.db
      .prepare(
        `INSERT INTO lpg_map_counts (business_date, map_count, entered_by, entered_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (business_date) DO UPDATE SET map_count = excluded.map_count, entered_by = excluded.entered_by, entered_at = excluded.entered_at`,
      )
      .run(date, mapCount, user.id, core.now().toISOString());
    audit(core, { userId: user.id, action: 'lpg.map.count', entity: 'lpg_day', entityId: date, details: { mapCount } });
  });
  return (
    logbookDays(core, date, date)[0] ?? { date, posCount: 0, posQty: 0, pending: 0, recorded: 0, rejected: 0, mapCount, difference: -mapCount, closed: false }
  );
}

export function closeDay(core: Core, user: SessionUser, date: string, reason?: string): LogbookDay {
  return inTransaction(core, () => {
    if (core.db.prepare('SELECT 1 FROM lpg_day_closes WHERE business_date = ?').get(date)) throw new AppError('LPG_DAY_ALREADY_CLOSED', { date });
    const day = logbookDays(core, date, date)[0] ?? {
      date,
      posCount: 0,
      posQty: 0,
      pending: 0,
      recorded: 0,
      rejected: 0,
      mapCount: null,
      difference: null,
      closed: false,
    };
    const why = reason?.trim() || null;
    if (day.pending > 0 && settingOn(core, 'lpg3.map_sync_required', date) && !why) throw new AppError('LPG_MAP_PENDING', { pending: day.pending, date });
    core.db
      .prepare('INSERT INTO lpg_day_closes (business_date, closed_by, closed_at, pos_count, pending_count, reason) VALUES (?, ?, ?, ?, ?, ?)')
      .run(date, user.id, core.now().toISOString(), day.posCount, day.pending, why);
    audit(core, {
      userId: user.id,
      action: 'lpg.day.close',
      entity: 'lpg_day',
      entityId: date,
      details: { posCount: day.posCount, pending: day.pending, mapCount: day.mapCount, reason: why },
    });
    return { ...day, closed: true };
  });
}
