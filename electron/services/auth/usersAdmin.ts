// The admin's user list: create, reset a PIN (also lifts a lockout), deactivate or reactivate.
// Every change is audited; the last active admin cannot be deactivated, nor can one's own account.
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { audit } from './audit';
import { hashPin, PIN_RE } from './auth';
import type { Core } from '../core';
import { inTransaction } from '../core';

export interface UserRow {
  id: string;
  username: string;
  displayName: string;
  role: Role;
  active: boolean;
  locked: boolean;
  createdAt: string;
}

export function listUsers(core: Core): UserRow[] {
  const now = core.now().toISOString();
  return (core.db.prepare('SELECT id, username, display_name, role, active, locked_until, created_at FROM users ORDER BY active DESC, username').all() as {
    id: string; username: string; display_name: string; role: Role; active: number; locked_until: string | null; created_at: string;
  }[]).map((r) => ({ id: r.id, username: r.username, displayName: r.display_name, role: r.role, active: r.active === 1, locked: !!r.locked_until && r.locked_until > now, createdAt: r.created_at }));
}

export function resetPin(core: Core, userId: string, pin: string, byUserId: string): void {
  if (!PIN_RE.test(pin)) throw new AppError('PIN_FORMAT');
  const hash = hashPin(pin);
  inTransaction(core, () => {
    const u = userRow(core, userId);
    core.db.prepare('UPDATE users SET pin_hash = ?, failed_attempts = 0, locked_until = NULL WHERE id = ?').run(hash, userId);
    core.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    audit(core, { userId: byUserId, action: 'user.reset_pin', entity: 'user', entityId: userId, details: { username: u.username } });
  });
}

export function setUserActive(core: Core, userId: string, active: boolean, byUserId: string): void {
  inTransaction(core, () => {
    const u = userRow(core, userId);
    if (!active) {
      if (userId === byUserId) throw new AppError('USER_CANNOT_DEACTIVATE_SELF');
      const admins = (core.db.prepare("SELECT COUNT(*) AS n FROM users WHERE role = 'admin' AND active = 1 AND id <> ?").get(userId) as { n: number }).n;
      if (u.role === 'admin' && admins === 0) throw new AppError('USER_LAST_ADMIN');
      core.db.prepare('DELETE FROM sessions WHERE user_id = ?').run(userId);
    }
    core.db.prepare('UPDATE users SET active = ? WHERE id = ?').run(active ? 1 : 0, userId);
    audit(core, { userId: byUserId, action: active ? 'user.activate' : 'user.deactivate', entity: 'user', entityId: userId, details: { username: u.username } });
  });
}

function userRow(core: Core, userId: string): { username: string; role: Role } {
  const u = core.db.prepare('SELECT username, role FROM users WHERE id = ?').get(userId) as { username: string; role: Role } | undefined;
  if (!u) throw new AppError('USER_UNKNOWN', { username: userId.slice(0, 13) });
  return u;
}
