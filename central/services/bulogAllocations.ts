// Bulog allocations (beras SPHP, Minyakita) per koperasi, product and month: the dinas sets them,
// every change is kept with who made it, and the panel sets them against what the koperasi's gerai
// received by posted deliveries and sold in the month. Quantities are milli-units of the product's unit.
import { AppError } from '../../shared/errors';
import type { Sql } from '../db';
import { scopeOf, type CentralUser } from './accounts';

export type BulogProgram = 'SPHP' | 'MINYAKITA';

export interface AllocationInput {
  koperasiId: string;
  sku: string;
  program: BulogProgram;
  month: string;
  qtyMilli: number;
}

const monthStart = (month: string) => `${month}-01`;

export async function setAllocation(sql: Sql, user: CentralUser, i: AllocationInput): Promise<{ koperasiId: string; month: string }> {
  if (!(await scopeOf(sql, user)).includes(i.koperasiId)) throw new AppError('CENTRAL_KOPERASI_UNKNOWN', { koperasiId: i.koperasiId });
  await sql.query(
    `WITH before AS (SELECT qty_milli FROM bulog_allocations WHERE koperasi_id = $1 AND sku = $2 AND month = $4::date),
          change AS (INSERT INTO bulog_allocation_changes (koperasi_id, sku, program, month, qty_milli_before, qty_milli, set_by)
                     SELECT $1, $2, $3, $4::date, (SELECT qty_milli FROM before), $5, $6)
     INSERT INTO bulog_allocations (koperasi_id, sku, program, month, qty_milli, set_by) VALUES ($1, $2, $3, $4::date, $5, $6)
     ON CONFLICT (koperasi_id, sku, month) DO UPDATE SET program = excluded.program, qty_milli = excluded.qty_milli,
        set_by = excluded.set_by, set_at = now()`,
    [i.koperasiId, i.sku, i.program, monthStart(i.month), i.qtyMilli, user.id],
  );
  return { koperasiId: i.koperasiId, month: i.month };
}

/** The allocations of a month the caller may see, with who set each last. */
export async function allocationsOf(sql: Sql, scope: readonly string[], month: string) {
  const rows = await sql.query<{ koperasi_id: string; sku: string; program: BulogProgram; qty_milli: string; username: string; set_at: unknown }>(
    `SELECT b.koperasi_id, b.sku, b.program, b.qty_milli, a.username, b.set_at FROM bulog_allocations b JOIN accounts a ON a.id = b.set_by
      WHERE b.koperasi_id = ANY($1::text[]) AND b.month = $2::date ORDER BY b.koperasi_id, b.sku`,
    [scope, monthStart(month)],
  );
  return rows.map((r) => ({
    koperasiId: r.koperasi_id,
    sku: r.sku,
    program: r.program,
    month,
    qtyMilli: Number(r.qty_milli),
    setBy: r.username,
    setAt: new Date(r.set_at as string).toISOString(),
  }));
}

/** Per koperasi and Bulog product for a month: allocation (null when none), received, sold, still to come. */
export async function allocationAgainstReceived(sql: Sql, scope: readonly string[], month: string) {
  const rows = await sql.query<{
    koperasi_id: string;
    sku: string;
    program: BulogProgram;
    name: string | null;
    unit: string | null;
    allocation: string | null;
    received: string;
    sold: string;
  }>(
    `WITH p AS (SELECT o.koperasi_id, p.outlet_id, p.product_id, p.sku, p.subsidy_program, p.name, p.unit
                  FROM outlet_products p JOIN outlets o ON o.id = p.outlet_id
                 WHERE o.koperasi_id = ANY($1::text[]) AND p.subsidy_program IN ('SPHP', 'MINYAKITA')),
     recv AS (SELECT p.koperasi_id, p.sku, sum(r.qty_milli) AS qty FROM stock_received_month r
                JOIN p ON p.outlet_id = r.outlet_id AND p.product_id = r.product_id WHERE r.month = $2::date GROUP BY p.koperasi_id, p.sku),
     sold AS (SELECT p.koperasi_id, p.sku, sum(l.qty_milli) AS qty FROM sale_lines l
                JOIN sales s ON s.outlet_id = l.outlet_id AND s.sale_id = l.sale_id AND s.at = l.at
                JOIN p ON p.outlet_id = l.outlet_id AND p.product_id = l.product_id
               WHERE s.status = 'completed' AND s.business_date >= $2::date AND s.business_date < ($2::date + interval '1 month')
               GROUP BY p.koperasi_id, p.sku),
     keys AS (SELECT koperasi_id, sku, min(subsidy_program) AS program, min(name) AS name, min(unit) AS unit FROM p GROUP BY koperasi_id, sku),
     alloc AS (SELECT koperasi_id, sku, program, qty_milli FROM bulog_allocations WHERE koperasi_id = ANY($1::text[]) AND month = $2::date)
     SELECT coalesce(k.koperasi_id, a.koperasi_id) AS koperasi_id, coalesce(k.sku, a.sku) AS sku, coalesce(a.program, k.program) AS program,
            k.name, k.unit, a.qty_milli AS allocation, coalesce(r.qty, 0) AS received, coalesce(s.qty, 0) AS sold
       FROM keys k FULL JOIN alloc a ON a.koperasi_id = k.koperasi_id AND a.sku = k.sku
       LEFT JOIN recv r ON r.koperasi_id = coalesce(k.koperasi_id, a.koperasi_id) AND r.sku = coalesce(k.sku, a.sku)
       LEFT JOIN sold s ON s.koperasi_id = coalesce(k.koperasi_id, a.koperasi_id) AND s.sku = coalesce(k.sku, a.sku)
      ORDER BY 1, 3, 2`,
    [scope, monthStart(month)],
  );
  return rows.map((r) => {
    const allocation = r.allocation === null ? null : Number(r.allocation);
    const received = Number(r.received);
    return {
      koperasiId: r.koperasi_id,
      sku: r.sku,
      program: r.program,
      name: r.name ?? r.sku,
      unit: r.unit ?? '',
      allocationMilli: allocation,
      receivedMilli: received,
      soldMilli: Number(r.sold),
      // What Bulog still owes this month; nothing when more came than allocated.
      toComeMilli: allocation === null ? null : Math.max(0, allocation - received),
    };
  });
}
