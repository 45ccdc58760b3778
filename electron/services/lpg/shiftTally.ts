// The LPG 3 kg part of the Z report: what this shift's counter sold, the empties it took in and the
// lines the kasir still has to record in Pertamina's Merchant Apps (MAP). Read from the quota log
// (lpg_sale_lines), the same rows the logbook export and the MAP reconciliation use, so the Z
// report cannot disagree with them. Voided lines (counted = 0) and returned tabung are left out.
import type { ZLpg } from '../../../shared/api/shifts';
import type { Core } from '../core';

export function zLpgTally(core: Core, shiftId: string): ZLpg {
  const r = core.db
    .prepare(
      `SELECT COALESCE(SUM(l.qty - l.returned_qty), 0) AS sold,
              COALESCE(SUM(CASE WHEN l.empty_returned = 1 THEN l.qty - l.returned_qty ELSE 0 END), 0) AS empties,
              COALESCE(SUM(CASE WHEN l.map_status = 'pending' THEN l.qty - l.returned_qty ELSE 0 END), 0) AS pending,
              COALESCE(SUM(CASE WHEN l.map_status = 'rejected' THEN l.qty - l.returned_qty ELSE 0 END), 0) AS rejected
         FROM lpg_sale_lines l JOIN sales s ON s.id = l.sale_id
        WHERE s.shift_id = ? AND l.counted = 1`,
    )
    .get(shiftId) as { sold: number; empties: number; pending: number; rejected: number };
  return { tabungSold: r.sold, emptiesIn: r.empties, mapPending: r.pending, mapRejected: r.rejected };
}
