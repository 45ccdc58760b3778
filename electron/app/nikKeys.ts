// The NIK keys on the desktop: sealed by the OS through safeStorage (DPAPI on Windows, the
// Secret Service keyring on Linux), in the data folder next to the database. Where the OS offers
// no real seal, the 0600 key file of serve mode (same interface, same file name) is used instead.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { safeStorage } from 'electron';
import type { KeyProvider } from '../services/core';
import { defaultKeyFile, fileKeyProvider } from '../services/privacy/keyFile';
import { chooseKeyStore, sealedKeyProvider } from '../services/privacy/sealedKeyFile';

export const SEALED_KEY_FILE = 'nik-key.sealed';

export function desktopKeyProvider(dataDir: string, dbFile: string, create: boolean): { keys: KeyProvider; store: 'sealed' | 'file' } {
  const sealedPath = join(dataDir, SEALED_KEY_FILE);
  const filePath = defaultKeyFile(dbFile);
  const store = chooseKeyStore({
    sealedExists: existsSync(sealedPath),
    fileExists: existsSync(filePath),
    encryptionAvailable: safeStorage.isEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
  });
  if (store === 'file') return { keys: fileKeyProvider(filePath, { create }), store };
  const sealer = { encrypt: (plain: string) => safeStorage.encryptString(plain), decrypt: (sealed: Buffer) => safeStorage.decryptString(sealed) };
  return { keys: sealedKeyProvider(sealedPath, sealer, { create }), store };
}
