// Serve-mode and CLI key store: a 0600 file holding the NIK encryption and lookup keys. The
// desktop app implements the same KeyProvider with Electron safeStorage (electron/app).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { KeyProvider } from '../core';

export function defaultKeyFile(dbFile: string): string {
  return `${dbFile}.key`;
}

export function fileKeyProvider(path: string, options: { create: boolean }): KeyProvider {
  if (!existsSync(path)) {
    if (!options.create) throw new AppError('KEY_FILE_MISSING', { path });
    writeFileSync(path, newKeyJson(), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  return keysFromJson(readFileSync(path, 'utf8'), path);
}

/** Fresh key material, as the JSON both key stores keep (plain in the 0600 file, sealed on desktop). */
export function newKeyJson(): string {
  return JSON.stringify({ data: randomBytes(32).toString('base64'), lookup: randomBytes(32).toString('base64') });
}

export function keysFromJson(json: string, path: string): KeyProvider {
  let parsed: { data?: unknown; lookup?: unknown };
  try {
    parsed = JSON.parse(json) as { data?: unknown; lookup?: unknown };
  } catch {
    throw new AppError('KEY_FILE_INVALID', { path });
  }
  const data = Buffer.from(typeof parsed.data === 'string' ? parsed.data : '', 'base64');
  const lookup = Buffer.from(typeof parsed.lookup === 'string' ? parsed.lookup : '', 'base64');
  if (data.length !== 32 || lookup.length !== 32) throw new AppError('KEY_FILE_INVALID', { path });
  return { dataKey: () => data, lookupKey: () => lookup };
}
