// The few settings the cashier screen shows up front (the SPHP pack limit before it bites, the cash tender bound, the
// outlet's name and time zone). Missing optional settings read as null.
import type { CounterInfo } from '../../../shared/api/pos';
import type { Core } from '../core';
import { outletTimeZone, outletToday, settingOn, settingOnOrNull } from './settings';

export function counterInfo(core: Core): CounterInfo {
  const businessDate = outletToday(core);
  return {
    outletCode: settingOnOrNull(core, 'outlet.code', businessDate),
    outletName: settingOnOrNull(core, 'outlet.name', businessDate),
    timeZone: outletTimeZone(core),
    businessDate,
    sphpMaxPacks: settingOnOrNull(core, 'sphp.max_packs_per_buyer', businessDate),
    tenderMax: settingOnOrNull(core, 'pos.tender_max', businessDate),
    cashRounding: settingOn(core, 'pos.cash_rounding', businessDate),
    qrisPayload: settingOn(core, 'qris.merchant_payload', businessDate) || null,
  };
}
