// Enrolment: the dinas makes a one-time code for one gerai; the outlet presents it with its
// Ed25519 public key and gets its outlet id. The code is stored only as a hash and works once.
import { createHash, createPublicKey, randomBytes, randomUUID, verify } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { Sql } from '../db';
import type { CentralUser } from './accounts';

const codeHash = (code: string): string => createHash('sha256').update(code.replace(/[\s-]/g, '').toUpperCase()).digest('hex');

/** Twelve characters from an alphabet without look-alikes (no 0/O, 1/I), read over the phone. */
function newCode(): string {
  const alphabet = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';
  const raw = Array.from(randomBytes(12), (b) => alphabet[b % alphabet.length]).join('');
  return `${raw.slice(0, 4)}-${raw.slice(4, 8)}-${raw.slice(8)}`;
}

export async function createEnrolmentCode(
  sql: Sql,
  user: CentralUser,
  input: { koperasiId: string; outletName: string; validHours: number },
  now: Date,
): Promise<{ code: string; expiresAt: string }> {
  const kop = await sql.query<{ kota: string }>('SELECT kota FROM koperasi WHERE id = $1', [input.koperasiId]);
  if (kop[0]?.kota !== user.kota) throw new AppError('CENTRAL_KOPERASI_UNKNOWN', { koperasiId: input.koperasiId });
  const code = newCode();
  const expiresAt = new Date(now.getTime() + input.validHours * 3600_000);
  await sql.query('INSERT INTO enrolment_codes (code_hash, koperasi_id, outlet_name, created_by, expires_at) VALUES ($1, $2, $3, $4, $5)', [
    codeHash(code),
    input.koperasiId,
    input.outletName,
    user.id,
    expiresAt,
  ]);
  return { code, expiresAt: expiresAt.toISOString() };
}

export function parsePublicKey(publicKey: string) {
  try {
    const key = createPublicKey({ key: Buffer.from(publicKey, 'base64'), format: 'der', type: 'spki' });
    if (key.asymmetricKeyType !== 'ed25519') throw new Error('not ed25519');
    return key;
  } catch {
    throw new AppError('CENTRAL_PUBLIC_KEY_INVALID');
  }
}

export async function enrolOutlet(
  sql: Sql,
  input: { code: string; publicKey: string },
  now: Date,
): Promise<{ outletId: string; koperasiId: string; kota: string; outletName: string }> {
  parsePublicKey(input.publicKey);
  // FOR UPDATE: two outlets racing with one code cannot both use it.
  const rows = await sql.query<{ koperasi_id: string; outlet_name: string; expires_at: Date; used_at: Date | null; kota: string }>(
    'SELECT c.koperasi_id, c.outlet_name, c.expires_at, c.used_at, k.kota FROM enrolment_codes c JOIN koperasi k ON k.id = c.koperasi_id WHERE c.code_hash = $1 FOR UPDATE OF c',
    [codeHash(input.code)],
  );
  const c = rows[0];
  if (!c || c.used_at || new Date(c.expires_at) <= now) throw new AppError('CENTRAL_ENROLMENT_CODE_INVALID');
  const outletId = randomUUID();
  await sql.query('INSERT INTO outlets (id, koperasi_id, name, public_key) VALUES ($1, $2, $3, $4)', [outletId, c.koperasi_id, c.outlet_name, input.publicKey]);
  await sql.query('UPDATE enrolment_codes SET used_at = $2, outlet_id = $3 WHERE code_hash = $1', [codeHash(input.code), now, outletId]);
  return { outletId, koperasiId: c.koperasi_id, kota: c.kota, outletName: c.outlet_name };
}

export function signatureValid(publicKey: string, text: string, signature: string): boolean {
  try {
    return verify(null, Buffer.from(text, 'utf8'), parsePublicKey(publicKey), Buffer.from(signature, 'base64'));
  } catch {
    return false;
  }
}
