// Users, PINs and sessions. PINs are hashed with scrypt, with a minimum length by role (setting
// auth.pin_min_digits); wrong PINs slow the caller down (pinBackoff.ts) without locking the user
// out. A wrong PIN and an unknown username get the same answer. Sessions end after
// auth.session_hours, or sooner after auth.idle_minutes without a call. Logins are audited.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { Role } from '../../../shared/roles';
import { APPROVER_ROLES } from '../../../shared/roles';
import { audit } from './audit';
import { assertMayTry, recordFailure, recordSuccess } from './pinBackoff';
import type { Core } from '../core';
import { inTransaction } from '../core';
import { setting } from '../settings/settings';

const SCRYPT = { N: 16384, r: 8, p: 1, keylen: 32 };

export interface SessionUser {
  id: string;
  username: string;
  displayName: string;
  role: Role;
}

interface UserRow {
  id: string;
  username: string;
  display_name: string;
  role: Role;
  pin_hash: string;
  active: number;
}

export const PIN_RE = /^\d{4,8}$/;

export function hashPin(pin: string): string {
  const salt = randomBytes(16);
  const hash = scryptSync(pin, salt, SCRYPT.keylen, { N: SCRYPT.N, r: SCRYPT.r, p: SCRYPT.p });
  return `scrypt$${SCRYPT.N}$${SCRYPT.r}$${SCRYPT.p}$${salt.toString('base64')}$${hash.toString('base64')}`;
}

export function pinMatches(pin: string, stored: string): boolean {
  const [scheme, n, r, p, salt, hash] = stored.split('$');
  if (scheme !== 'scrypt' || !salt || !hash) return false;
  const expected = Buffer.from(hash, 'base64');
  const actual = scryptSync(pin, Buffer.from(salt, 'base64'), expected.length, { N: Number(n), r: Number(r), p: Number(p) });
  return timingSafeEqual(expected, actual);
}

/** PIN_FORMAT for a PIN that is not 4-8 digits, PIN_TOO_SHORT when the role asks for more. */
export function assertPinPolicy(core: Core, role: Role, pin: string): void {
  if (!PIN_RE.test(pin)) throw new AppError('PIN_FORMAT');
  const digits = setting(core, 'auth.pin_min_digits')[role] ?? 4;
  if (pin.length < digits) throw new AppError('PIN_TOO_SHORT', { role, digits });
}

export function createUser(core: Core, input: { username: string; displayName: string; role: Role; pin: string }, byUserId: string | null): SessionUser {
  assertPinPolicy(core, input.role, input.pin);
  const id = uuidv7(core.now().getTime());
  return inTransaction(core, () => {
    const exists = core.db.prepare('SELECT 1 FROM users WHERE username = ?').get(input.username);
    if (exists) throw new AppError('USERNAME_TAKEN', { username: input.username });
    core.db
      .prepare('INSERT INTO users (id, username, display_name, role, pin_hash, created_at) VALUES (?, ?, ?, ?, ?, ?)')
      .run(id, input.username, input.displayName, input.role, hashPin(input.pin), core.now().toISOString());
    audit(core, { userId: byUserId, action: 'user.create', entity: 'user', entityId: id, details: { username: input.username, role: input.role } });
    return { id, username: input.username, displayName: input.displayName, role: input.role };
  });
}

// Compared against when the username is unknown, so the answer takes as long as for a real user.
let nobodyHash: string | undefined;
/** Made on the first check of an unknown user, not at import: scrypt is slow on purpose and every start (CLI, serve) would pay it. */
const nobodyHashNow = (): string => (nobodyHash ??= hashPin('000000'));

/** Checks a user's PIN under the back-off. Throws PIN_WRONG (also for an unknown or inactive
 *  user) or PIN_RETRY_LATER. */
export function checkPin(core: Core, username: string, pin: string, purpose: string): SessionUser {
  assertMayTry(core, username);
  const row = core.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  const known = row !== undefined && row.active === 1;
  const matches = pinMatches(pin, known ? row.pin_hash : nobodyHashNow()) && known;
  if (!matches) {
    inTransaction(core, () => recordFailure(core, username, known ? row.id : null, purpose));
    throw new AppError('PIN_WRONG');
  }
  recordSuccess(core, username);
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export function login(core: Core, username: string, pin: string): { token: string; user: SessionUser; expiresAt: string } {
  const user = checkPin(core, username, pin, 'login');
  const token = randomBytes(32).toString('base64url');
  const hours = setting(core, 'auth.session_hours');
  const now = core.now();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  inTransaction(core, () => {
    core.db
      .prepare('INSERT INTO sessions (token, user_id, created_at, expires_at, last_seen_at) VALUES (?, ?, ?, ?, ?)')
      .run(token, user.id, now.toISOString(), expiresAt, now.toISOString());
    audit(core, { userId: user.id, action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { token, user, expiresAt };
}

export function logout(core: Core, token: string): void {
  core.db.prepare('DELETE FROM sessions WHERE token = ?').run(token);
}

/** The session's user, or null once it expired or sat idle too long. A call (`touch`, the default)
 *  counts as activity; the event stream only looks. */
export function sessionUser(core: Core, token: string, options: { touch?: boolean } = {}): SessionUser | null {
  const row = core.db
    .prepare(
      'SELECT u.id, u.username, u.display_name, u.role, s.expires_at, s.last_seen_at, s.created_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = ? AND u.active = 1',
    )
    .get(token) as
    { id: string; username: string; display_name: string; role: Role; expires_at: string; last_seen_at: string | null; created_at: string } | undefined;
  const now = core.now();
  if (!row || new Date(row.expires_at) <= now) return null;
  const idleMs = setting(core, 'auth.idle_minutes') * 60_000;
  if (now.getTime() - new Date(row.last_seen_at ?? row.created_at).getTime() > idleMs) {
    core.db.prepare('DELETE FROM sessions WHERE token = ?').run(token);
    return null;
  }
  // The touch is a write of its own (its own fsync before the sale's): written only when the last
  // one is older than a tenth of the idle timeout (at most a minute), which keeps the timeout
  // exact to within that and takes the write off almost every call.
  const stale = now.getTime() - new Date(row.last_seen_at ?? row.created_at).getTime() > Math.min(60_000, idleMs / 10);
  if (options.touch !== false && stale) core.db.prepare('UPDATE sessions SET last_seen_at = ? WHERE token = ?').run(now.toISOString(), token);
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** An active user by name, for work recorded under them without their PIN (the CLI's history import). */
export function activeUserByName(core: Core, username: string): SessionUser {
  const row = core.db.prepare('SELECT id, username, display_name, role FROM users WHERE username = ? AND active = 1').get(username) as
    { id: string; username: string; display_name: string; role: Role } | undefined;
  if (!row) throw new AppError('USER_UNKNOWN', { username });
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** A supervisor (or manager, admin) approves an override with their own PIN at the counter. */
export function verifyApprover(core: Core, approval: { username: string; pin: string }, purpose: string): SessionUser {
  const user = checkPin(core, approval.username, approval.pin, purpose);
  if (!APPROVER_ROLES.includes(user.role)) throw new AppError('APPROVER_ROLE_REQUIRED', { username: user.username });
  return user;
}
