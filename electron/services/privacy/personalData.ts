// Personal data at rest (UU 27/2022): a NIK is stored encrypted with AES-256-GCM, found again by
// a keyed hash (HMAC-SHA256), and shown only as its last four digits.
import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import type { KeyProvider } from '../core';

export interface SealedNik {
  enc: string;
  hash: string;
  last4: string;
}

export function sealNik(keys: KeyProvider, nik: string): SealedNik {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', keys.dataKey(), iv);
  const ct = Buffer.concat([cipher.update(nik, 'utf8'), cipher.final()]);
  const tag = cipher.getAuthTag();
  return { enc: `v1:${iv.toString('base64')}:${ct.toString('base64')}:${tag.toString('base64')}`, hash: lookupHash(keys, nik), last4: nik.slice(-4) };
}

export function openNik(keys: KeyProvider, enc: string): string {
  const [v, iv, ct, tag] = enc.split(':');
  if (v !== 'v1' || !iv || !ct || !tag) throw new AppError('NIK_CIPHERTEXT_INVALID');
  try {
    const decipher = createDecipheriv('aes-256-gcm', keys.dataKey(), Buffer.from(iv, 'base64'));
    decipher.setAuthTag(Buffer.from(tag, 'base64'));
    return Buffer.concat([decipher.update(Buffer.from(ct, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('NIK_KEY_MISMATCH');
  }
}

/** Also used for KK numbers: the same keyed hash, so lookups never need the clear text. */
export function lookupHash(keys: KeyProvider, value: string): string {
  return createHmac('sha256', keys.lookupKey()).update(value).digest('hex');
}
