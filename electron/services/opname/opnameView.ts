// How a count reads back: each line with its system quantity, count, difference and its value. A
// blind count leaves the system side out for whoever counts (docs/back-office.md), so the count
// is of what is on the shelf and not of what the screen expects.
import { AppError } from '../../../shared/errors';
import { lineTotal, sumRupiah, type Milli, type Rupiah } from '../../../shared/money';
import type { OpnameLineView, OpnameSummary, OpnameView } from '../../../shared/api/opname';
import { MANAGER_ROLES, type Role } from '../../../shared/roles';
import type { Core } from '../core';
import { setting } from '../settings/settings';

/** Who asks: a manager (or a system caller) sees the system side; anyone else does not in a blind count. */
export type Viewer = { role: Role } | 'system';

interface LineRow {
  product_id: string;
  sku: string;
  name: string;
  unit: string;
  sold_by: 'piece' | 'weight';
  system_milli: number;
  counted_milli: number | null;
  unit_cost: number;
  reason: string | null;
  posted_at: string | null;
}

export function seesSystem(viewer: Viewer, blind: boolean): boolean {
  return !blind || viewer === 'system' || MANAGER_ROLES.includes(viewer.role);
}

export function getOpname(core: Core, opnameId: string, viewer: Viewer = 'system'): OpnameView {
  const o = core.db.prepare('SELECT id, title, status, started_at, posted_at, approved_by, blind FROM opnames WHERE id = ?').get(opnameId) as
    | { id: string; title: string; status: OpnameView['status']; started_at: string; posted_at: string | null; approved_by: string | null; blind: 0 | 1 }
    | undefined;
  if (!o) throw new AppError('OPNAME_UNKNOWN', { opnameId });
  const rows = core.db
    .prepare(
      `SELECT l.product_id, p.sku, p.name, p.unit, p.sold_by, l.system_milli, l.counted_milli, l.unit_cost, l.reason, l.posted_at
       FROM opname_lines l JOIN products p ON p.id = l.product_id WHERE l.opname_id = ? ORDER BY p.name`,
    )
    .all(opnameId) as LineRow[];
  const threshold = setting(core, 'opname.reason_threshold');
  const shown = seesSystem(viewer, o.blind === 1);
  const lines = rows.map((r) => lineView(r, threshold, shown));
  return {
    id: o.id,
    title: o.title,
    status: o.status,
    startedAt: o.started_at,
    postedAt: o.posted_at,
    approvedBy: o.approved_by,
    blind: o.blind === 1,
    systemHidden: !shown,
    lines,
    counted: lines.filter((l) => l.countedMilli !== null).length,
    posted: lines.filter((l) => l.posted).length,
    total: lines.length,
    varianceValue: shown ? sumRupiah(lines.map((l) => l.varianceValue ?? 0)) : null,
    reasonThreshold: threshold,
  };
}

function lineView(r: LineRow, threshold: Rupiah, shown: boolean): OpnameLineView {
  const variance = r.counted_milli === null ? null : r.counted_milli - r.system_milli;
  const value = variance === null ? null : signedLineTotal(r.unit_cost, variance);
  return {
    productId: r.product_id,
    sku: r.sku,
    name: r.name,
    unit: r.unit,
    soldBy: r.sold_by,
    systemMilli: shown ? r.system_milli : null,
    countedMilli: r.counted_milli,
    varianceMilli: shown ? variance : null,
    unitCost: r.unit_cost,
    varianceValue: shown ? value : null,
    needsReason: shown && value !== null && Math.abs(value) > threshold,
    reason: r.reason,
    posted: r.posted_at !== null,
  };
}

export function listOpnames(core: Core): OpnameSummary[] {
  return (
    core.db
      .prepare(
        `SELECT o.id, o.title, o.status, o.started_at, o.posted_at, o.blind,
           (SELECT COUNT(*) FROM opname_lines l WHERE l.opname_id = o.id AND l.counted_milli IS NOT NULL) AS counted,
           (SELECT COUNT(*) FROM opname_lines l WHERE l.opname_id = o.id AND l.posted_at IS NOT NULL) AS posted,
           (SELECT COUNT(*) FROM opname_lines l WHERE l.opname_id = o.id) AS total
         FROM opnames o ORDER BY o.started_at DESC LIMIT 200`,
      )
      .all() as {
      id: string;
      title: string;
      status: OpnameSummary['status'];
      started_at: string;
      posted_at: string | null;
      blind: 0 | 1;
      counted: number;
      posted: number;
      total: number;
    }[]
  ).map((r) => ({
    id: r.id,
    title: r.title,
    status: r.status,
    startedAt: r.started_at,
    postedAt: r.posted_at,
    blind: r.blind === 1,
    counted: r.counted,
    posted: r.posted,
    total: r.total,
  }));
}

export function signedLineTotal(unitCost: Rupiah, qtyMilli: Milli): Rupiah {
  const v = lineTotal(unitCost, Math.abs(qtyMilli));
  return qtyMilli < 0 ? -v : v;
}
