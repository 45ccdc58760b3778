// The desktop key store: the NIK keys sealed by the operating system (Electron safeStorage: DPAPI
// on Windows, the Secret Service keyring on Linux) in a file in the data folder. The sealer is
// passed in, so this file stays Electron-free; electron/app/nikKeys.ts hands it safeStorage.
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';
import type { KeyProvider } from '../core';
import { keysFromJson, newKeyJson } from './keyFile';

export interface Sealer {
  encrypt(plain: string): Buffer;
  decrypt(sealed: Buffer): string;
}

export function sealedKeyProvider(path: string, sealer: Sealer, options: { create: boolean }): KeyProvider {
  if (!existsSync(path)) {
    if (!options.create) throw new AppError('KEY_FILE_MISSING', { path });
    writeFileSync(path, sealer.encrypt(newKeyJson()), { mode: 0o600, flag: 'wx' });
    chmodSync(path, 0o600);
  }
  let json: string;
  try {
    json = sealer.decrypt(readFileSync(path));
  } catch {
    // Another Windows user, a reinstalled OS or a reset keyring: the OS no longer opens the seal.
    throw new AppError('KEY_SEALED_UNREADABLE', { path });
  }
  return keysFromJson(json, path);
}

export type KeyStoreChoice = 'sealed' | 'file';

/**
 * Which store holds this outlet's keys. An existing store is always kept (switching would orphan
 * the encrypted NIKs). A new outlet gets the OS seal when it is real; Linux without a keyring
 * reports the 'basic_text' backend (a fixed, public key), so it gets the 0600 key file instead,
 * exactly like serve mode.
 */
export function chooseKeyStore(facts: { sealedExists: boolean; fileExists: boolean; encryptionAvailable: boolean; backend: string | null }): KeyStoreChoice {
  if (facts.sealedExists) return 'sealed';
  if (facts.fileExists) return 'file';
  if (!facts.encryptionAvailable || facts.backend === 'basic_text') return 'file';
  return 'sealed';
}
