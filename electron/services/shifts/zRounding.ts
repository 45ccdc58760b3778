// The pembulatan block of the Z report: what rounding the shift's sales took and what its voids
// and returns gave back. Goods totals plus this net equal the money the shift kept, to the rupiah.
import { sumRupiah } from '../../../shared/money';
import type { ZRounding } from '../../../shared/api/shifts';
import type { Core } from '../core';

export function zRounding(core: Core, shiftId: string): ZRounding {
  const one = (sql: string) => core.db.prepare(sql).pluck().get(shiftId) as number;
  const sales = one('SELECT COALESCE(SUM(rounding), 0) FROM sales WHERE shift_id = ?');
  const voids = one("SELECT COALESCE(SUM(rounding), 0) FROM sales WHERE void_shift_id = ? AND status = 'voided'");
  const returns = one('SELECT COALESCE(SUM(rounding), 0) FROM sale_returns WHERE shift_id = ?');
  return { sales, voids, returns, net: sumRupiah([sales, -voids, -returns]) };
}
