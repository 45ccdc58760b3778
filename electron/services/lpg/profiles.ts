// Rule profiles ("2025" defaults, the ready "2026" set): each is a settings row listing the values
// it writes. Activating one writes them all from a date, so sales before that date keep the old
// rules and sales from it on get the new ones.
import { AppError } from '../../../shared/errors';
import type { SubsidyProfile } from '../../../shared/settings';
import { SUBSIDY_PROFILES } from '../../../shared/settings';
import { audit } from '../auth/audit';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { nextSettingChange, outletToday, putSetting, putSettingByName, settingOn, settingOnOrNull } from '../settings/settings';

function isProfile(profile: string): profile is SubsidyProfile {
  return (SUBSIDY_PROFILES as readonly string[]).includes(profile);
}

/** A profile known to the registry and defined on the date, with the values it writes. */
function profileOn(core: Core, profile: string, date: string): { name: SubsidyProfile; values: Record<string, unknown> } {
  if (isProfile(profile)) {
    const values = settingOnOrNull(core, `subsidy.profile.${profile}`, date);
    if (values) return { name: profile, values };
  }
  throw new AppError('LPG_PROFILE_UNKNOWN', { profile });
}

/** The settings a profile writes on a date (LPG_PROFILE_UNKNOWN when there is no such profile). */
export function profileValues(core: Core, profile: string, date: string): Record<string, unknown> {
  return profileOn(core, profile, date).values;
}

export function activateProfile(
  core: Core,
  profile: string,
  validFrom: string,
  userId: string,
): { profile: string; validFrom: string; settings: Record<string, unknown> } {
  return inTransaction(core, () => {
    const today = outletToday(core);
    if (validFrom < today) throw new AppError('LPG_PROFILE_DATE_PAST', { today });
    const { name, values } = profileOn(core, profile, validFrom);
    // Each value is checked against its own setting's schema; one bad entry rolls the switch back.
    for (const [key, value] of Object.entries(values)) putSettingByName(core, key, validFrom, value, userId);
    putSetting(core, 'subsidy.profile', validFrom, name, userId);
    audit(core, {
      userId,
      action: 'lpg.profile.activate',
      entity: 'settings',
      entityId: `subsidy.profile.${profile}`,
      details: { profile, validFrom, settings: values },
    });
    return { profile, validFrom, settings: values };
  });
}

/** The profile in force on a date and the next switch already planned, if any. */
export function profileStatus(core: Core, date = outletToday(core)): { profile: string; date: string; next: { profile: string; validFrom: string } | null } {
  const next = nextSettingChange(core, 'subsidy.profile', date);
  return { profile: settingOn(core, 'subsidy.profile', date), date, next: next ? { profile: next.value, validFrom: next.validFrom } : null };
}
