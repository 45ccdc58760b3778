// What the pendamping and the dinas look at, always limited to the koperasi the caller may see.
import type { Sql } from '../db';

const iso = (v: unknown): string | null => (v == null ? null : new Date(v as string).toISOString());

export async function outletsStatus(sql: Sql, scope: readonly string[], now: Date) {
  const rows = await sql.query<{
    id: string;
    name: string;
    koperasi_id: string;
    koperasi_name: string;
    next_seq: string;
    held: string;
    last_sync_at: unknown;
    last_fact_at: unknown;
    journal_seq: string | null;
    journal_at: unknown;
  }>(
    `SELECT o.id, o.name, o.koperasi_id, k.name AS koperasi_name, o.next_seq, o.last_sync_at, o.last_fact_at, o.journal_seq, o.journal_at,
            (SELECT count(*) FROM held_batches h WHERE h.outlet_id = o.id) AS held
       FROM outlets o JOIN koperasi k ON k.id = o.koperasi_id WHERE o.koperasi_id = ANY($1::text[]) ORDER BY k.name, o.name`,
    [scope],
  );
  return rows.map((r) => {
    const lastFact = iso(r.last_fact_at);
    return {
      outletId: r.id,
      outletName: r.name,
      koperasiId: r.koperasi_id,
      koperasiName: r.koperasi_name,
      ackedSeq: Number(r.next_seq) - 1,
      heldBatches: Number(r.held),
      lastSyncAt: iso(r.last_sync_at),
      lastFactAt: lastFact,
      // Lag = how old the newest fact we hold is: an outlet that went silent shows it growing.
      lagSeconds: lastFact ? Math.max(0, Math.round((now.getTime() - Date.parse(lastFact)) / 1000)) : null,
      journalSeq: r.journal_seq === null ? null : Number(r.journal_seq),
      journalAt: iso(r.journal_at),
    };
  });
}

export async function salesByDay(sql: Sql, scope: readonly string[], from: string, to: string) {
  const rows = await sql.query<{ koperasi_id: string; date: string; sales: string; total: string; margin: string }>(
    `SELECT o.koperasi_id, to_char(s.business_date, 'YYYY-MM-DD') AS date, count(*) AS sales, sum(s.total) AS total,
            sum(s.total) - coalesce(sum((SELECT sum(round(l.unit_cost * l.qty_milli / 1000.0)) FROM sale_lines l WHERE l.outlet_id = s.outlet_id AND l.sale_id = s.sale_id)), 0) AS margin
       FROM sales s JOIN outlets o ON o.id = s.outlet_id
      WHERE o.koperasi_id = ANY($1::text[]) AND s.status = 'completed' AND s.business_date BETWEEN $2 AND $3
      GROUP BY o.koperasi_id, s.business_date ORDER BY s.business_date, o.koperasi_id`,
    [scope, from, to],
  );
  return rows.map((r) => ({ koperasiId: r.koperasi_id, date: r.date, sales: Number(r.sales), total: Number(r.total), margin: Number(r.margin) }));
}

export async function lpgSummary(sql: Sql, scope: readonly string[], from: string, to: string) {
  const rows = await sql.query<{ koperasi_id: string; tabung: string; pending: string; rejected: string }>(
    `SELECT o.koperasi_id, coalesce(sum(l.qty) FILTER (WHERE l.counted), 0) AS tabung,
            count(*) FILTER (WHERE l.counted AND l.map_status = 'pending') AS pending,
            count(*) FILTER (WHERE l.counted AND l.map_status = 'rejected') AS rejected
       FROM lpg_lines l JOIN outlets o ON o.id = l.outlet_id
      WHERE o.koperasi_id = ANY($1::text[]) AND l.business_date BETWEEN $2 AND $3
      GROUP BY o.koperasi_id ORDER BY o.koperasi_id`,
    [scope, from, to],
  );
  return rows.map((r) => ({ koperasiId: r.koperasi_id, tabung: Number(r.tabung), mapPending: Number(r.pending), mapRejected: Number(r.rejected) }));
}

export async function syncEvents(sql: Sql, scope: readonly string[], limit: number) {
  const rows = await sql.query<{ at: unknown; outlet_id: string; kind: string; from_seq: string; to_seq: string; reason: string }>(
    `SELECT e.at, e.outlet_id, e.kind, e.from_seq, e.to_seq, e.reason FROM sync_events e JOIN outlets o ON o.id = e.outlet_id
      WHERE o.koperasi_id = ANY($1::text[]) ORDER BY e.id DESC LIMIT $2`,
    [scope, limit],
  );
  return rows.map((r) => ({ at: iso(r.at)!, outletId: r.outlet_id, kind: r.kind, fromSeq: Number(r.from_seq), toSeq: Number(r.to_seq), reason: r.reason }));
}
