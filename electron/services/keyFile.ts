// Serve-mode and CLI key store: a 0600 file holding the NIK encryption and lookup keys. The
// desktop app implements the same KeyProvider with Electron safeStorage (electron/app).
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../shared/errors';
import type { KeyProvider } from './core';

export function defaultKeyFile(dbFile: string): string {
  return `${dbFile}.key`;
}

export function fileKeyProvider(path: string, options: { create: boolean }): KeyProvider {
  if (!existsSync(path)) {
    if (!options.create) throw new AppError('KEY_FILE_MISSING', { path });
    writeFileSync(path, JSON.stringify({ data: randomBytes(32).toString('base64'), lookup: randomBytes(32).toString('base64') }), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  const parsed = JSON.parse(readFileSync(path, 'utf8')) as { data: string; lookup: string };
  const data = Buffer.from(parsed.data, 'base64');
  const lookup = Buffer.from(parsed.lookup, 'base64');
  if (data.length !== 32 || lookup.length !== 32) throw new AppError('KEY_FILE_INVALID', { path });
  return { dataKey: () => data, lookupKey: () => lookup };
}
