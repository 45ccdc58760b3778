// Gapless receipt numbers per outlet per business day: <outlet>-YYYYMMDD-NNNN. The counter row
// is bumped inside the sale transaction, so a rolled-back sale leaves no hole.
import type { Core } from '../core';
import { settingOn } from '../settings/settings';

export function nextReceiptNo(core: Core, businessDate: string): string {
  const outlet = settingOn(core, 'outlet.code', businessDate);
  const row = core.db
    .prepare(
      `INSERT INTO receipt_counters (outlet_code, business_date, last_no) VALUES (?, ?, 1)
       ON CONFLICT (outlet_code, business_date) DO UPDATE SET last_no = last_no + 1 RETURNING last_no`,
    )
    .get(outlet, businessDate) as { last_no: number };
  return `${outlet}-${businessDate.replace(/-/g, '')}-${String(row.last_no).padStart(4, '0')}`;
}
