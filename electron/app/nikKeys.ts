// Hands Electron's safeStorage to the desktop key store (electron/host/desktop/desktopKeys.ts).
import { safeStorage } from 'electron';
import { desktopKeyProvider as keysWith } from '../host/desktop/desktopKeys';

export function desktopKeyProvider(dataDir: string, dbFile: string, create: boolean): ReturnType<typeof keysWith> {
  return keysWith(dataDir, dbFile, create, {
    available: safeStorage.isEncryptionAvailable(),
    backend: process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : null,
    encrypt: (plain: string) => safeStorage.encryptString(plain),
    decrypt: (sealed: Buffer) => safeStorage.decryptString(sealed),
  });
}
