// The outlet profile (koperasi name, badan hukum number, NIB, address, receipt header and footer)
// and the backup settings, read and changed as one form. A change takes effect from today (a new
// effective-dated row, so history stays) and is audited with the old and new value.
import type { Core } from '../core';
import { inTransaction } from '../core';
import { audit } from '../auth/audit';
import type { SettingValue } from '../../../shared/settings';
import { outletToday, putSetting, settingsOn } from './settings';

export const OUTLET_PROFILE_KEYS = {
  name: 'outlet.name',
  badanHukumNo: 'outlet.badan_hukum_no',
  nib: 'outlet.nib',
  address: 'outlet.address',
  receiptHeader: 'receipt.header',
  receiptFooter: 'receipt.footer',
  backupDailyEnabled: 'backup.daily_enabled',
  backupFolder: 'backup.folder',
  backupKeep: 'backup.keep',
} as const;

export type OutletProfile = { [F in keyof typeof OUTLET_PROFILE_KEYS]: SettingValue<(typeof OUTLET_PROFILE_KEYS)[F]> };

export function outletProfile(core: Core): OutletProfile {
  return settingsOn(core, OUTLET_PROFILE_KEYS, outletToday(core));
}

export function saveOutletProfile(core: Core, patch: Partial<OutletProfile>, userId: string): OutletProfile {
  inTransaction(core, () => {
    const today = outletToday(core);
    const before = outletProfile(core);
    const changes: Record<string, { from: unknown; to: unknown }> = {};
    for (const field of Object.keys(OUTLET_PROFILE_KEYS) as (keyof OutletProfile)[]) {
      const key = OUTLET_PROFILE_KEYS[field];
      const value = patch[field];
      if (value === undefined || value === before[field]) continue;
      putSetting(core, key, today, value, userId);
      changes[key] = { from: before[field], to: value };
    }
    if (Object.keys(changes).length) audit(core, { userId, action: 'settings.outlet', entity: 'settings', details: changes });
  });
  return outletProfile(core);
}
