// The few settings the cashier screen shows up front (the SPHP pack limit before it bites, the cash tender bound, the
// outlet's name and time zone). Missing optional settings read as null.
import type { CounterInfo } from '../../../shared/api/pos';
import { AppError } from '../../../shared/errors';
import type { Core } from '../core';
import { outletTimeZone, outletToday, settingOn } from './settings';

function optional<T>(core: Core, key: string, date: string): T | null {
  try {
    return settingOn<T>(core, key, date);
  } catch (e) {
    if (e instanceof AppError && e.code === 'SETTING_MISSING') return null;
    throw e;
  }
}

export function counterInfo(core: Core): CounterInfo {
  const businessDate = outletToday(core);
  return {
    outletCode: optional<string>(core, 'outlet.code', businessDate),
    outletName: optional<string>(core, 'outlet.name', businessDate),
    timeZone: outletTimeZone(core),
    businessDate,
    sphpMaxPacks: optional<number>(core, 'sphp.max_packs_per_buyer', businessDate),
    tenderMax: optional<number>(core, 'pos.tender_max', businessDate),
  };
}
