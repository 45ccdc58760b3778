// The outlet's Ed25519 signing key, made at enrolment: a 0600 PEM file beside the database and its
// NIK key file. Backups copy the database and the NIK key only, never this file: a restored copy
// elsewhere cannot sign in this outlet's name.
import { createPrivateKey, createPublicKey, generateKeyPairSync, sign, type KeyObject } from 'node:crypto';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { AppError } from '../../../shared/errors';

export interface SyncKey {
  privateKey: KeyObject;
  /** SPKI DER, base64: what the pusat registers. */
  publicKey: string;
}

export function defaultSyncKeyFile(dbFile: string): string {
  return `${dbFile}.sync-key`;
}

export function createSyncKey(path: string): SyncKey {
  const { privateKey } = generateKeyPairSync('ed25519');
  writeFileSync(path, privateKey.export({ format: 'pem', type: 'pkcs8' }), { mode: 0o600, flag: 'wx' });
  chmodSync(path, 0o600);
  return withPublic(privateKey);
}

export function loadSyncKey(path: string): SyncKey {
  if (!existsSync(path)) throw new AppError('SYNC_KEY_MISSING', { path });
  try {
    return withPublic(createPrivateKey(readFileSync(path, 'utf8')));
  } catch {
    throw new AppError('SYNC_KEY_INVALID', { path });
  }
}

function withPublic(privateKey: KeyObject): SyncKey {
  return { privateKey, publicKey: createPublicKey(privateKey).export({ format: 'der', type: 'spki' }).toString('base64') };
}

export function signText(key: SyncKey, text: string): string {
  return sign(null, Buffer.from(text, 'utf8'), key.privateKey).toString('base64');
}
