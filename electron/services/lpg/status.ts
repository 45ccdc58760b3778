// The outlet's LPG position for the counter and the manager: fulls and empties on hand, and how
// much of the month's allocation from the pangkalan/agen is used (warning from a percentage).
import { Dec } from '../../../shared/money';
import type { Core } from '../core';
import { outletToday, settingOn } from '../settings/settings';
import { outletMonthQty } from './quota';

export interface LpgStatus {
  date: string;
  stock: { productId: string; sku: string; name: string; lpgKind: string | null; onHand: number }[];
  allocation: { month: string; sold: number; allocation: number; usedPct: number; warnPct: number; warn: boolean };
}

export function lpgStatus(core: Core): LpgStatus {
  const date = outletToday(core);
  const month = date.slice(0, 7);
  const stock = core.db
    .prepare(
      `SELECT p.id AS productId, p.sku, p.name, p.lpg_kind AS lpgKind, COALESCE(b.qty_milli, 0) / 1000 AS onHand
       FROM products p LEFT JOIN stock_balances b ON b.product_id = p.id
       WHERE p.active = 1 AND (p.subsidy_program = 'LPG3' OR p.lpg_kind IS NOT NULL) ORDER BY p.sku`,
    )
    .all() as LpgStatus['stock'];
  const allocation = settingOn(core, 'lpg3.monthly_allocation', date);
  const warnPct = settingOn(core, 'lpg3.allocation_warn_pct', date);
  const sold = outletMonthQty(core, month);
  const usedPct = allocation > 0 ? new Dec(sold).mul(100).div(allocation).toDecimalPlaces(1).toNumber() : 0;
  return { date, stock, allocation: { month, sold, allocation, usedPct, warnPct, warn: usedPct >= warnPct } };
}
