// Rule profiles ("2025" defaults, the ready "2026" set): each is a settings row listing the values
// it writes. Activating one writes them all from a date, so sales before that date keep the old
// rules and sales from it on get the new ones.
import { AppError } from '../../../shared/errors';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { outletToday, putSetting, settingOn } from '../settings/settings';

export function profileValues(core: Core, profile: string, date: string): Record<string, unknown> {
  const row = core.db.prepare('SELECT 1 FROM settings WHERE key = ? AND valid_from <= ?').get(`subsidy.profile.${profile}`, date);
  if (!/^\d{4}$/.test(profile) || !row) throw new AppError('LPG_PROFILE_UNKNOWN', { profile });
  return settingOn<Record<string, unknown>>(core, `subsidy.profile.${profile}`, date);
}

export function activateProfile(core: Core, profile: string, validFrom: string, userId: string): { profile: string; validFrom: string; settings: Record<string, unknown> } {
  return inTransaction(core, () => {
    const today = outletToday(core);
    if (validFrom < today) throw new AppError('LPG_PROFILE_DATE_PAST', { today });
    const values = profileValues(core, profile, validFrom);
    for (const [key, value] of Object.entries(values)) putSetting(core, key, validFrom, value, userId);
    putSetting(core, 'subsidy.profile', validFrom, profile, userId);
    audit(core, { userId, action: 'lpg.profile.activate', entity: 'settings', entityId: `subsidy.profile.${profile}`, details: { profile, validFrom, settings: values } });
    return { profile, validFrom, settings: values };
  });
}

/** The profile in force on a date and the next switch already planned, if any. */
export function profileStatus(core: Core, date = outletToday(core)): { profile: string; date: string; next: { profile: string; validFrom: string } | null } {
  const next = core.db.prepare("SELECT value, valid_from FROM settings WHERE key = 'subsidy.profile' AND valid_from > ? ORDER BY valid_from LIMIT 1").get(date) as { value: string; valid_from: string } | undefined;
  return { profile: settingOn<string>(core, 'subsidy.profile', date), date, next: next ? { profile: JSON.parse(next.value) as string, validFrom: next.valid_from } : null };
}
