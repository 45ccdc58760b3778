import { existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { chooseKeyStore, sealedKeyProvider, type Sealer } from '../../electron/services/privacy/sealedKeyFile';
import { sealNik, openNik } from '../../electron/services/privacy/personalData';
import { openHost } from '../../electron/host/host';

/** Stands in for Electron safeStorage: XOR with a per-"OS account" byte, so a different account cannot open it. */
function fakeSafeStorage(account: number): Sealer {
  return {
    encrypt: (plain) => Buffer.from([...Buffer.from(`SEALED:${plain}`)].map((b) => b ^ account)),
    decrypt: (sealed) => {
      const text = Buffer.from([...sealed].map((b) => b ^ account)).toString();
      if (!text.startsWith('SEALED:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice(7);
    },
  };
}

describe('NIK keys from Electron safeStorage (Electron mocked: a fake sealer)', () => {
  let dir: string;
  beforeEach(() => {
    dir = mkdtempSync(join(tmpdir(), 'kkmp-keys-'));
  });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('creates sealed keys once, never in the clear on disk, and reopens the same keys', () => {
    const path = join(dir, 'nik-key.sealed');
    const first = sealedKeyProvider(path, fakeSafeStorage(0x5a), { create: true });
    expect(first.dataKey()).toHaveLength(32);
    expect(readFileSync(path).toString()).not.toContain(first.dataKey().toString('base64'));
    if (process.platform !== 'win32') expect(statSync(path).mode & 0o777).toBe(0o600);
    const again = sealedKeyProvider(path, fakeSafeStorage(0x5a), { create: false });
    expect(again.dataKey().equals(first.dataKey())).toBe(true);
    expect(again.lookupKey().equals(first.lookupKey())).toBe(true);
  });

  it('is the KeyProvider of the core: a NIK sealed with it opens again after a restart', () => {
    const dbFile = join(dir, 'outlet.sqlite');
    const keyPath = join(dir, 'nik-key.sealed');
    const host = openHost({ dbFile, create: true, keys: sealedKeyProvider(keyPath, fakeSafeStorage(1), { create: true }) });
    const sealed = sealNik(host.core.keys, '6471012345670001');
    host.close();
    const reopened = openHost({ dbFile, keys: sealedKeyProvider(keyPath, fakeSafeStorage(1), { create: false }) });
    expect(openNik(reopened.core.keys, sealed.enc)).toBe('6471012345670001');
    reopened.close();
  });

  it('says clearly when another OS account cannot open the seal, or the file is gone', () => {
    const path = join(dir, 'nik-key.sealed');
    sealedKeyProvider(path, fakeSafeStorage(1), { create: true });
    expect(() => sealedKeyProvider(path, fakeSafeStorage(2), { create: false })).toThrow(expect.objectContaining({ code: 'KEY_SEALED_UNREADABLE' }));
    expect(() => sealedKeyProvider(join(dir, 'missing'), fakeSafeStorage(1), { create: false })).toThrow(expect.objectContaining({ code: 'KEY_FILE_MISSING' }));
    writeFileSync(join(dir, 'bad'), fakeSafeStorage(1).encrypt('{"data":"c2hvcnQ="}'));
    expect(() => sealedKeyProvider(join(dir, 'bad'), fakeSafeStorage(1), { create: false })).toThrow(expect.objectContaining({ code: 'KEY_FILE_INVALID' }));
    expect(existsSync(join(dir, 'missing'))).toBe(false);
  });

  it('chooses the store: keep what exists; a new outlet gets the OS seal unless Linux has no keyring', () => {
    const none = { sealedExists: false, fileExists: false };
    expect(chooseKeyStore({ ...none, encryptionAvailable: true, backend: null })).toBe('sealed');
    expect(chooseKeyStore({ ...none, encryptionAvailable: true, backend: 'gnome_libsecret' })).toBe('sealed');
    expect(chooseKeyStore({ ...none, encryptionAvailable: true, backend: 'basic_text' })).toBe('file');
    expect(chooseKeyStore({ ...none, encryptionAvailable: false, backend: null })).toBe('file');
    expect(chooseKeyStore({ sealedExists: false, fileExists: true, encryptionAvailable: true, backend: null })).toBe('file');
    expect(chooseKeyStore({ sealedExists: true, fileExists: true, encryptionAvailable: false, backend: 'basic_text' })).toBe('sealed');
  });
});
