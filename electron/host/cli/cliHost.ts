// Opens the host for a CLI command. Commands that never read personal data (exports of the
// ledger, catalog import) still run when the NIK key file is absent; reading a NIK would fail.
import { existsSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { KeyProvider } from '../../services/core';
import { defaultKeyFile } from '../../services/privacy/keyFile';
import { openHost, type Host } from '../host';
import { flag, type ParsedArgs } from './args';

export function openHostWithoutPersonalData(args: ParsedArgs, dbFile: string): Host {
  const keyFile = flag(args, 'key-file') ?? defaultKeyFile(dbFile);
  return openHost({ dbFile, keyFile, keys: existsSync(keyFile) ? undefined : keysNotNeeded(keyFile) });
}

function keysNotNeeded(path: string): KeyProvider {
  const missing = (): Buffer => {
    throw new AppError('KEY_FILE_MISSING', { path });
  };
  return { dataKey: missing, lookupKey: missing };
}
