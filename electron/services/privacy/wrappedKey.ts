// The NIK keys exported on their own, wrapped under a passphrase: scrypt (node:crypto) turns the
// passphrase into a key, AES-256-GCM seals the key JSON, and the header (format, scrypt costs,
// salt) is the GCM's additional data, so a file with edited costs fails like a wrong passphrase.
// A backup plus this file still opens nothing without the passphrase.
import { createCipheriv, createDecipheriv, randomBytes, scrypt, type ScryptOptions } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { AppError } from '../../../shared/errors';
import { PASSPHRASE_MIN_LENGTH, PASSPHRASE_MIN_WORDS, passphraseAcceptable } from '../../../shared/privacy/passphrase';
import type { KeyProvider } from '../core';

const FORMAT = 'kasir-kkmp-nik-key/1' as const;
// 2^15 × 8 × 128 bytes = 32 MiB and about 0.1–0.3 s here: slow for a guesser, fine once a year.
const COST = { N: 2 ** 15, r: 8, p: 1 };

const Header = z.strictObject({
  format: z.literal(FORMAT),
  kdf: z.strictObject({
    name: z.literal('scrypt'),
    N: z
      .number()
      .int()
      .min(2 ** 14)
      .max(2 ** 20),
    r: z.number().int().min(8).max(32),
    p: z.number().int().min(1).max(4),
    salt: z.string(),
  }),
});
const WrappedFile = Header.extend({ iv: z.string(), tag: z.string(), sealed: z.string() });

/** The header as GCM additional data, spelled out so key order in the JSON does not matter. */
function headerAad(h: z.infer<typeof Header>): Buffer {
  return Buffer.from(`${h.format}|${h.kdf.name}|${h.kdf.N}|${h.kdf.r}|${h.kdf.p}|${h.kdf.salt}`);
}

function deriveKey(passphrase: string, salt: Buffer, cost: { N: number; r: number; p: number }): Promise<Buffer> {
  const options: ScryptOptions = { ...cost, maxmem: 256 * cost.N * cost.r };
  return new Promise((resolve, reject) => scrypt(passphrase.normalize('NFC'), salt, 32, options, (e, key) => (e ? reject(e) : resolve(key))));
}

export function keysToJson(keys: KeyProvider): string {
  return JSON.stringify({ data: keys.dataKey().toString('base64'), lookup: keys.lookupKey().toString('base64') });
}

/** The text of a wrapped key file. Refuses a passphrase the policy calls weak. */
export async function wrapKeys(keys: KeyProvider, passphrase: string): Promise<string> {
  if (!passphraseAcceptable(passphrase)) throw new AppError('PASSPHRASE_WEAK', { min: PASSPHRASE_MIN_LENGTH, words: PASSPHRASE_MIN_WORDS });
  const salt = randomBytes(16);
  const header = { format: FORMAT, kdf: { name: 'scrypt' as const, ...COST, salt: salt.toString('base64') } };
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', await deriveKey(passphrase, salt, COST), iv);
  cipher.setAAD(headerAad(header));
  const sealed = Buffer.concat([cipher.update(keysToJson(keys), 'utf8'), cipher.final()]);
  const file = { ...header, iv: iv.toString('base64'), tag: cipher.getAuthTag().toString('base64'), sealed: sealed.toString('base64') };
  return `${JSON.stringify(file, null, 2)}\n`;
}

/** The key JSON inside a wrapped key file (as the 0600 key file keeps it). */
export async function unwrapKeyFile(file: string, passphrase: string): Promise<string> {
  let parsed: z.infer<typeof WrappedFile>;
  try {
    parsed = WrappedFile.parse(JSON.parse(readFileSync(file, 'utf8')));
  } catch {
    throw new AppError('WRAPPED_KEY_INVALID', { file });
  }
  const { iv, tag, sealed, ...header } = parsed;
  const decipher = createDecipheriv('aes-256-gcm', await deriveKey(passphrase, Buffer.from(header.kdf.salt, 'base64'), header.kdf), Buffer.from(iv, 'base64'));
  decipher.setAAD(headerAad(header));
  decipher.setAuthTag(Buffer.from(tag, 'base64'));
  try {
    return Buffer.concat([decipher.update(Buffer.from(sealed, 'base64')), decipher.final()]).toString('utf8');
  } catch {
    throw new AppError('PASSPHRASE_WRONG', { file });
  }
}
