// Reads and writes the effective-dated settings table: the value in force on a date is the row with
// the latest valid_from on or before it. Keys, value types and schemas come from the registry
// (shared/settings): a key it does not know does not compile, and a stored value its schema
// refuses is an error naming the key, never a value of the wrong type.
import type Database from 'better-sqlite3';
import { AppError } from '../../../shared/errors';
import type { SettingInput, SettingInputs, SettingKey, SettingValue } from '../../../shared/settings';
import { isSettingKey, settingsRegistry } from '../../../shared/settings';
import { localDate } from '../../../shared/time';
import { currentTransaction, inTransaction, type Core } from '../core';

// Settings are read several times per sale line: one prepared statement per connection.
const readers = new WeakMap<Database.Database, Database.Statement<[string, string], { value: string }>>();

// Inside one write transaction the settings can change only through writeRow here (which clears
// this), so each (key, date) is read once per transaction: a sale asks for dozens, many twice.
const transactionReads = new WeakMap<Database.Database, { tx: number; rows: Map<string, string | undefined> }>();

function readRow(core: Core, key: SettingKey, date: string): string | undefined {
  const tx = currentTransaction(core);
  if (tx === undefined) return readStored(core, key, date);
  let cache = transactionReads.get(core.db);
  if (cache?.tx !== tx) transactionReads.set(core.db, (cache = { tx, rows: new Map() }));
  const id = `${key}\u0000${date}`;
  if (cache.rows.has(id)) return cache.rows.get(id);
  const raw = readStored(core, key, date);
  cache.rows.set(id, raw);
  return raw;
}

function readStored(core: Core, key: SettingKey, date: string): string | undefined {
  let stmt = readers.get(core.db);
  if (!stmt) {
    stmt = core.db.prepare<[string, string], { value: string }>(
      'SELECT value FROM settings WHERE key = ? AND valid_from <= ? ORDER BY valid_from DESC LIMIT 1',
    );
    readers.set(core.db, stmt);
  }
  return stmt.get(key, date)?.value;
}

function parseJson(key: string, raw: string): unknown {
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('SETTING_INVALID', { key, issue: 'not JSON' });
  }
}

/** Checks a value against the key's schema and returns what the schema makes of it. */
function checked<K extends SettingKey>(key: K, value: unknown): SettingValue<K> {
  const result = settingsRegistry[key].schema.safeParse(value);
  if (!result.success) throw new AppError('SETTING_INVALID', { key, issue: result.error.issues[0]?.message ?? 'invalid' });
  // The registry pairs each key with its schema, so the parsed value has that key's type.
  return result.data as SettingValue<K>;
}

export function settingOn<K extends SettingKey>(core: Core, key: K, date: string): SettingValue<K> {
  const raw = readRow(core, key, date);
  if (raw === undefined) throw new AppError('SETTING_MISSING', { key, date });
  return decoded(key, raw);
}

// A sale reads dozens of settings and their stored text rarely changes: the checked value of the
// last text seen per key is kept (frozen, so no caller can change it for the next one).
const lastDecoded = new Map<SettingKey, { raw: string; value: unknown }>();

function decoded<K extends SettingKey>(key: K, raw: string): SettingValue<K> {
  const hit = lastDecoded.get(key);
  // The entry for a key holds that key's checked value.
  if (hit?.raw === raw) return hit.value as SettingValue<K>;
  const value = deepFreeze(checked(key, parseJson(key, raw)));
  lastDecoded.set(key, { raw, value });
  return value;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) deepFreeze(v);
    Object.freeze(value);
  }
  return value;
}

/** The value in force on a date, or null when the key has no row yet on that date. */
export function settingOnOrNull<K extends SettingKey>(core: Core, key: K, date: string): SettingValue<K> | null {
  const raw = readRow(core, key, date);
  return raw === undefined ? null : decoded(key, raw);
}

/** Several settings on one date, by field name: `{ name: 'outlet.name', ... }` → `{ name: string, ... }`. */
export function settingsOn<M extends Record<string, SettingKey>>(core: Core, fields: M, date: string): { [F in keyof M]: SettingValue<M[F]> } {
  const out: Partial<Record<keyof M, unknown>> = {};
  for (const field of Object.keys(fields) as (keyof M)[]) out[field] = settingOn(core, fields[field], date);
  return out as { [F in keyof M]: SettingValue<M[F]> };
}

/** The first change of a setting planned after a date, if any. */
export function nextSettingChange<K extends SettingKey>(core: Core, key: K, after: string): { value: SettingValue<K>; validFrom: string } | null {
  const row = core.db.prepare('SELECT value, valid_from FROM settings WHERE key = ? AND valid_from > ? ORDER BY valid_from LIMIT 1').get(key, after) as
    { value: string; valid_from: string } | undefined;
  return row ? { value: decoded(key, row.value), validFrom: row.valid_from } : null;
}

export function outletTimeZone(core: Core): string {
  return settingOn(core, 'outlet.time_zone', '9999-12-31');
}

/** Today's date in the outlet's time zone. */
export function outletToday(core: Core, at: Date = core.now()): string {
  return localDate(at, outletTimeZone(core));
}

/** The setting as of now in the outlet's time zone. */
export function setting<K extends SettingKey>(core: Core, key: K, at: Date = core.now()): SettingValue<K> {
  return settingOn(core, key, outletToday(core, at));
}

/** Writes a value from a date (replacing a value already set for that date); a value its schema refuses is SETTING_INVALID. */
export function putSetting<K extends SettingKey>(core: Core, key: K, validFrom: string, value: SettingInput<K>, userId: string | null): void {
  writeRow(core, key, validFrom, value, userId);
}

/** Writes several settings from one date; call it inside a transaction to write all or none. */
export function putSettings(core: Core, validFrom: string, values: SettingInputs, userId: string | null): void {
  for (const key of Object.keys(values) as SettingKey[]) if (values[key] !== undefined) writeRow(core, key, validFrom, values[key], userId);
}

/** For keys that arrive as data (a rule profile's list): an unknown key is SETTING_UNKNOWN. */
export function putSettingByName(core: Core, key: string, validFrom: string, value: unknown, userId: string | null): void {
  if (!isSettingKey(key)) throw new AppError('SETTING_UNKNOWN', { key });
  writeRow(core, key, validFrom, value, userId);
}

function writeRow(core: Core, key: SettingKey, validFrom: string, value: unknown, userId: string | null): void {
  // Its own sealed transaction when called alone: settings are journaled.
  if (!core.db.inTransaction) return inTransaction(core, () => writeRow(core, key, validFrom, value, userId));
  const stored = checked(key, value);
  transactionReads.delete(core.db);
  core.db
    .prepare(
      `INSERT INTO settings (key, valid_from, value, set_by, set_at) VALUES (?, ?, ?, ?, ?)
       ON CONFLICT (key, valid_from) DO UPDATE SET value = excluded.value, set_by = excluded.set_by, set_at = excluded.set_at`,
    )
    .run(key, validFrom, JSON.stringify(stored), userId, core.now().toISOString());
}
