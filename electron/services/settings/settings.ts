// Reads the effective-dated settings table: the value in force on a given date.
import { AppError } from '../../../shared/errors';
import { localDate } from '../../../shared/time';
import { inTransaction, type Core } from '../core';

export function settingOn<T>(core: Core, key: string, date: string): T {
  const row = core.db
    .prepare('SELECT value FROM settings WHERE key = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1')
    .get(key, date) as { value: string } | undefined;
  if (!row) throw new AppError('SETTING_MISSING', { key, date });
  return JSON.parse(row.value) as T;
}

export function outletTimeZone(core: Core): string {
  return settingOn<string>(core, 'outlet.time_zone', '9999-12-31');
}

/** Today's date in the outlet's time zone. */
export function outletToday(core: Core, at: Date = core.now()): string {
  return localDate(at, outletTimeZone(core));
}

/** The setting as of now in the outlet's time zone. */
export function setting<T>(core: Core, key: string, at: Date = core.now()): T {
  return settingOn<T>(core, key, outletToday(core, at));
}

export function putSetting(core: Core, key: string, validFrom: string, value: unknown, userId: string | null): void {
  // Its own sealed transaction when called alone: settings are journaled.
  if (!core.db.inTransaction) return inTransaction(core, () => putSetting(core, key, validFrom, value, userId));
  core.db
    .prepare(
      `INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key, valid_from) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at`,
    )
    .run(key, validFrom, JSON.stringify(value), userId, core.now().toISOString());
}
