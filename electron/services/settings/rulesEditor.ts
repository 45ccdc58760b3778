// The rules editor behind the settings screen and `kkmp settings`: every registry entry with its
// words, source, default, value in force and history, and the one way to change a rule the koperasi
// owns. A change takes effect from a date, today or later, so a day already lived keeps the value
// it had (a later change for the same future date replaces the plan; the audit keeps the old value).
// Values are checked by the key's schema, with the reason in Indonesian and English, and by the
// rules that tie settings together (SHU shares add up to 100 %, a PKP koperasi prints its NPWP).
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { settingRefusalParams } from '../../../shared/i18n/validation';
import { Dec } from '../../../shared/money';
import { FUND_KEYS } from '../../../shared/shu';
import { isSettingKey, SETTING_KEYS, settingsRegistry, type SettingKey } from '../../../shared/settings';
import { koperasiOwns } from '../../../shared/settings/ownership';
import type { SettingDetail, SettingRow } from '../../../shared/api/settings';
import { audit } from '../auth/audit';
import { inTransaction, type Core } from '../core';
import { nextSettingChange, outletToday, putSetting, settingOn, settingOnOrNull } from './settings';

function requireKey(key: string): SettingKey {
  if (!isSettingKey(key)) throw new AppError('SETTING_UNKNOWN', { key });
  return key;
}

function row(core: Core, key: SettingKey, today: string): SettingRow {
  const d = settingsRegistry[key];
  const from = core.db.prepare('SELECT MAX(valid_from) AS f FROM settings WHERE key = ? AND valid_from <= ?').get(key, today) as { f: string | null };
  return {
    key,
    description: d.description,
    source: { kind: d.source.kind, ref: d.source.kind === 'regulation' ? d.source.ref : null },
    editable: koperasiOwns(key),
    effectiveDated: d.effectiveDated,
    default: d.default as z.core.util.JSONType,
    current: settingOnOrNull(core, key, today) as z.core.util.JSONType,
    currentFrom: from.f,
    next: nextSettingChange(core, key, today) as SettingRow['next'],
  };
}

export function listSettings(core: Core, editableOnly = false): SettingRow[] {
  const today = outletToday(core);
  return SETTING_KEYS.filter((k) => !editableOnly || koperasiOwns(k)).map((k) => row(core, k, today));
}

export function showSetting(core: Core, rawKey: string): SettingDetail {
  const key = requireKey(rawKey);
  const history = (
    core.db.prepare('SELECT valid_from, value, set_by, set_at FROM settings WHERE key = ? ORDER BY valid_from').all(key) as {
      valid_from: string;
      value: string;
      set_by: string | null;
      set_at: string;
    }[]
  ).map((h) => ({ validFrom: h.valid_from, value: JSON.parse(h.value) as z.core.util.JSONType, setBy: h.set_by, setAt: h.set_at }));
  return { ...row(core, key, outletToday(core)), history };
}

/** The schema's reason as facts (a rule and its limit), put in words in the reader's language when shown. */
function refusal(key: SettingKey, value: unknown): AppError | null {
  const checked = settingsRegistry[key].schema.safeParse(value);
  if (checked.success) return null;
  return new AppError('SETTING_VALUE_REFUSED', settingRefusalParams(key, checked.error.issues[0]!, value));
}

const npwpDigits = (v: string) => v.replace(/[.\-\s]/g, '');

/** The rules between settings, checked against the values in force on the change's date. */
function crossCheck(core: Core, key: SettingKey, value: unknown, validFrom: string): void {
  if (key === 'shu.allocation') {
    const shares = value as Record<(typeof FUND_KEYS)[number], string>;
    const total = FUND_KEYS.reduce((sum, k) => sum.add(new Dec(shares[k])), new Dec(0));
    if (!total.eq(100)) throw new AppError('SHU_ALLOCATION_SUM', { total: total.toString().replace('.', ',') });
  }
  if (key === 'outlet.npwp') {
    const digits = npwpDigits(value as string);
    if (digits !== '' && !/^\d{15,16}$/.test(digits)) throw new AppError('SETTING_NPWP_INVALID', {});
    if (digits === '' && settingOn(core, 'tax.is_pkp', validFrom)) throw new AppError('SETTING_PKP_NEEDS_NPWP', { validFrom });
  }
  if (key === 'tax.is_pkp' && value === true && npwpDigits(settingOn(core, 'outlet.npwp', validFrom)) === '')
    throw new AppError('SETTING_PKP_NEEDS_NPWP', { validFrom });
}

export function setSetting(core: Core, change: { key: string; value: unknown; validFrom?: string }, userId: string | null): SettingDetail {
  const key = requireKey(change.key);
  const input = { ...change, validFrom: change.validFrom ?? outletToday(core) };
  const d = settingsRegistry[key];
  if (!koperasiOwns(key)) throw new AppError('SETTING_READ_ONLY', { key, source: d.source.kind === 'regulation' ? d.source.ref : d.source.kind });
  const today = outletToday(core);
  if (input.validFrom < today) throw new AppError('SETTING_PAST_DATE', { key, validFrom: input.validFrom, today });
  if (!d.effectiveDated && input.validFrom !== today) throw new AppError('SETTING_FROM_TODAY_ONLY', { key, today });
  const refused = refusal(key, input.value);
  if (refused) throw refused;
  inTransaction(core, () => {
    crossCheck(core, key, input.value, input.validFrom);
    const before = settingOnOrNull(core, key, input.validFrom);
    const replaced = core.db.prepare('SELECT value FROM settings WHERE key = ? AND valid_from = ?').get(key, input.validFrom) as { value: string } | undefined;
    putSetting(core, key, input.validFrom, input.value as never, userId);
    audit(core, {
      userId,
      action: 'settings.set',
      entity: 'setting',
      entityId: key,
      details: { validFrom: input.validFrom, old: before, new: input.value, replacedPlan: replaced ? JSON.parse(replaced.value) : undefined },
    });
  });
  return showSetting(core, key);
}
