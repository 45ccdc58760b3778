// The NIK keys on the desktop: sealed by the OS (DPAPI on Windows, the Secret Service keyring on
// Linux) in the data folder next to the database. Where the OS offers no real seal, the 0600 key
// file of serve mode (same interface, same file name) is used instead. Opening the keys is part of
// opening the database, not an API call; electron/app/nikKeys.ts only hands in safeStorage.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { KeyProvider } from '../../services/core';
import { defaultKeyFile, fileKeyProvider } from '../../services/privacy/keyFile';
import { chooseKeyStore, sealedKeyProvider, type Sealer } from '../../services/privacy/sealedKeyFile';

export const SEALED_KEY_FILE = 'nik-key.sealed';

/** What the OS keystore offers (Electron's safeStorage on the desktop). */
export interface OsKeystore extends Sealer {
  available: boolean;
  /** The Linux backend ('basic_text' means no real seal); null elsewhere. */
  backend: string | null;
}

export function desktopKeyProvider(dataDir: string, dbFile: string, create: boolean, os: OsKeystore): { keys: KeyProvider; store: 'sealed' | 'file' } {
  const sealedPath = join(dataDir, SEALED_KEY_FILE);
  const filePath = defaultKeyFile(dbFile);
  const store = chooseKeyStore({
    sealedExists: existsSync(sealedPath),
    fileExists: existsSync(filePath),
    encryptionAvailable: os.available,
    backend: os.backend,
  });
  if (store === 'file') return { keys: fileKeyProvider(filePath, { create }), store };
  return { keys: sealedKeyProvider(sealedPath, os, { create }), store };
}
