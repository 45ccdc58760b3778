// Users, PINs and sessions. PINs are hashed with scrypt; repeated wrong PINs lock the user out
// for a while (settings auth.max_failed_pins / auth.lockout_minutes). Logins are audited.
import { randomBytes, scryptSync, timingSafeEqual } from 'node:crypto';
import { AppError } from '../../../shared/errors';
import { uuidv7 } from '../../../shared/ids';
import type { Role } from '../../../shared/roles';
import { APPROVER_ROLES } from '../../../shared/roles';
import { audit } from './audit';
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
  failed_attempts: number;
  locked_until: string | null;
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

export function createUser(core: Core, input: { username: string; displayName: string; role: Role; pin: string }, byUserId: string | null): SessionUser {
  if (!PIN_RE.test(input.pin)) throw new AppError('PIN_FORMAT');
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

/** Checks a user's PIN with lockout bookkeeping. Throws PIN_WRONG / USER_LOCKED / USER_UNKNOWN. */
export function checkPin(core: Core, username: string, pin: string, purpose: string): SessionUser {
  const row = core.db.prepare('SELECT * FROM users WHERE username = ?').get(username) as UserRow | undefined;
  if (!row || !row.active) throw new AppError('USER_UNKNOWN', { username });
  const now = core.now();
  if (row.locked_until && new Date(row.locked_until) > now) {
    throw new AppError('USER_LOCKED', { username, until: row.locked_until });
  }
  if (!pinMatches(pin, row.pin_hash)) {
    const max = setting<number>(core, 'auth.max_failed_pins');
    const minutes = setting<number>(core, 'auth.lockout_minutes');
    const failed = row.failed_attempts + 1;
    const lock = failed >= max ? new Date(now.getTime() + minutes * 60_000).toISOString() : null;
    inTransaction(core, () => {
      core.db.prepare('UPDATE users SET failed_attempts = ?, locked_until = ? WHERE id = ?').run(lock ? 0 : failed, lock, row.id);
      audit(core, { userId: row.id, action: 'auth.pin_failed', entity: 'user', entityId: row.id, details: { purpose, failed, locked: lock !== null } });
    });
    if (lock) throw new AppError('USER_LOCKED', { username, until: lock });
    throw new AppError('PIN_WRONG', { attemptsLeft: max - failed });
  }
  if (row.failed_attempts > 0 || row.locked_until) {
    core.db.prepare('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = ?').run(row.id);
  }
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

export function login(core: Core, username: string, pin: string): { token: string; user: SessionUser; expiresAt: string } {
  const user = checkPin(core, username, pin, 'login');
  const token = randomBytes(32).toString('base64url');
  const hours = setting<number>(core, 'auth.session_hours');
  const now = core.now();
  const expiresAt = new Date(now.getTime() + hours * 3_600_000).toISOString();
  inTransaction(core, () => {
    core.db.prepare('INSERT INTO sessions (token, user_id, created_at, expires_at) VALUES (?, ?, ?, ?)').run(token, user.id, now.toISOString(), expiresAt);
    audit(core, { userId: user.id, action: 'auth.login', entity: 'user', entityId: user.id });
  });
  return { token, user, expiresAt };
}

export function logout(core: Core, token: string): void {
  core.db.prepare('DELETE FROM sessions WHERE token = ?').run(token);
}

export function sessionUser(core: Core, token: string): SessionUser | null {
  const row = core.db
    .prepare('SELECT u.id, u.username, u.display_name, u.role, s.expires_at FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.token = ? AND u.active = 1')
    .get(token) as { id: string; username: string; display_name: string; role: Role; expires_at: string } | undefined;
  if (!row || new Date(row.expires_at) <= core.now()) return null;
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** An active user by name, for work recorded under them without their PIN (the CLI's history import). */
export function activeUserByName(core: Core, username: string): SessionUser {
  const row = core.db.prepare('SELECT id, username, display_name, role FROM users WHERE username = ? AND active = 1').get(username) as
    | { id: string; username: string; display_name: string; role: Role }
    | undefined;
  if (!row) throw new AppError('USER_UNKNOWN', { username });
  return { id: row.id, username: row.username, displayName: row.display_name, role: row.role };
}

/** A supervisor (or manager, admin) approves an override with their own PIN at the counter. */
export function verifyApprover(core: Core, approval: { username: string; pin: string }, purpose: string): SessionUser {
  const user = checkPin(core, approval.username, approval.pin, purpose);
  if (!APPROVER_ROLES.includes(user.role)) throw new AppError('APPROVER_ROLE_REQUIRED', { username: user.username });
  return user;
}
