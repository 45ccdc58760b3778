// Pusat accounts: the dinas of a kota and its pendamping. Passwords are scrypt hashes; a session
// token is kept only as its SHA-256. scopeOf is the one place that decides which koperasi a caller
// may see, and every dashboard query goes through it.
import { createHash, randomBytes, randomUUID, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../shared/errors';
import type { CentralRole } from '../../shared/sync/centralApi';
import type { Sql } from '../db';

const SESSION_HOURS = 12;

export interface CentralUser {
  id: string;
  username: string;
  role: CentralRole;
  kota: string;
}

export function hashPassword(password: string): string {
  const salt = randomBytes(16);
  return `scrypt:${salt.toString('base64')}:${scryptSync(password, salt, 32).toString('base64')}`;
}

function passwordMatches(password: string, stored: string): boolean {
  const [scheme, salt, hash] = stored.split(':');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  return timingSafeEqual(scryptSync(password, Buffer.from(salt, 'base64'), expected.length), expected);
}

export const tokenHash = (token: string): string => createHash('sha256').update(token).digest('hex');

export async function createAccount(
  sql: Sql,
  a: { username: string; password: string; role: CentralRole; kota: string; createdBy: string | null; koperasiIds?: readonly string[] },
): Promise<string> {
  const taken = await sql.query('SELECT 1 FROM accounts WHERE username = $1', [a.username]);
  if (taken.length > 0) throw new AppError('CENTRAL_USERNAME_TAKEN', { username: a.username });
  const id = randomUUID();
  await sql.query('INSERT INTO accounts (id, username, role, kota, password_hash, created_by) VALUES ($1, $2, $3, $4, $5, $6)', [
    id,
    a.username,
    a.role,
    a.kota,
    hashPassword(a.password),
    a.createdBy,
  ]);
  for (const k of a.koperasiIds ?? []) {
    const kop = await sql.query<{ kota: string }>('SELECT kota FROM koperasi WHERE id = $1', [k]);
    if (kop[0]?.kota !== a.kota) throw new AppError('CENTRAL_KOPERASI_UNKNOWN', { koperasiId: k });
    await sql.query('INSERT INTO account_koperasi (account_id, koperasi_id) VALUES ($1, $2)', [id, k]);
  }
  return id;
}

export async function login(sql: Sql, username: string, password: string, now: Date): Promise<{ token: string; user: CentralUser }> {
  const rows = await sql.query<CentralUser & { password_hash: string }>('SELECT id, username, role, kota, password_hash FROM accounts WHERE username = $1', [
    username,
  ]);
  const row = rows[0];
  // A missing user costs the same scrypt as a wrong password, so timing tells nothing.
  const ok = passwordMatches(password, row?.password_hash ?? hashPassword('x'.repeat(12)));
  if (!row || !ok) throw new AppError('CENTRAL_LOGIN_FAILED');
  const token = randomBytes(32).toString('base64url');
  await sql.query('INSERT INTO sessions (token_hash, account_id, expires_at) VALUES ($1, $2, $3)', [
    tokenHash(token),
    row.id,
    new Date(now.getTime() + SESSION_HOURS * 3600_000),
  ]);
  return { token, user: { id: row.id, username: row.username, role: row.role, kota: row.kota } };
}

export async function userOfToken(sql: Sql, token: string, now: Date): Promise<CentralUser | null> {
  const rows = await sql.query<CentralUser>(
    'SELECT a.id, a.username, a.role, a.kota FROM sessions s JOIN accounts a ON a.id = s.account_id WHERE s.token_hash = $1 AND s.expires_at > $2',
    [tokenHash(token), now],
  );
  return rows[0] ?? null;
}

/** The koperasi ids the caller may see: the whole kota for the dinas, the assigned ones for a pendamping. */
export async function scopeOf(sql: Sql, user: CentralUser): Promise<string[]> {
  const rows =
    user.role === 'dinas'
      ? await sql.query<{ id: string }>('SELECT id FROM koperasi WHERE kota = $1 ORDER BY id', [user.kota])
      : await sql.query<{ id: string }>(
          'SELECT k.id FROM account_koperasi ak JOIN koperasi k ON k.id = ak.koperasi_id WHERE ak.account_id = $1 AND k.kota = $2 ORDER BY k.id',
          [user.id, user.kota],
        );
  return rows.map((r) => r.id);
}
