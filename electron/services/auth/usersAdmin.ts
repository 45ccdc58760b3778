// The admin's user list: create, reset a PIN (also lifts any PIN back-off), deactivate or reactivate.
// Every change is audited; the last active admin cannot be deactivated, nor can one's own account.
import { AppError } from '../../../shared/errors';
import type { Role } from '../../../shared/roles';
import { audit } from './audit';
import { assertPinPolicy, hashPin } from './auth';
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
  // "locked": some till must wait before trying this user's PIN again (pinBackoff.ts).
  return (
    core.db
      .prepare(
        `SELECT id, username, display_name, role, active, created_at,
            EXISTS (SELECT 1 FROM pin_backoff b WHERE substr(b.key, 1, length(users.username) + 5) = 'pin:' || lower(users.username) || '|' AND b.blocked_until > ?) AS locked
       FROM users ORDER BY active DESC, username`,
      )
      .all(now) as {
      id: string;
      username: string;
      display_name: string;
      role: Role;
      active: number;
      locked: number;
      created_at: string;
    }[]
  ).map((r) => ({
    id: r.id,
    username: r.username,
    displayName: r.display_name,
    role: r.role,
    active: r.active === 1,
    locked: r.locked === 1,
    createdAt: r.created_at,
  }));
}

export function resetPin(core: Core, userId: string, pin: string, byUserId: string): void {
  assertPinPolicy(core, userRow(core, userId).role, pin);
  const hash = hashPin(pin);
  inTransaction(core, () => {
    const u = userRow(core, userId);
    core.db.prepare('UPDATE users SET pin_hash = ? WHERE id = ?').run(hash, userId);
    core.db.prepare("DELETE FROM pin_backoff WHERE substr(key, 1, length(?) + 5) = 'pin:' || lower(?) || '|'").run(u.username, u.username);
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
    audit(core, {
      userId: byUserId,
      action: active ? 'user.activate' : 'user.deactivate',
      entity: 'user',
      entityId: userId,
      details: { username: u.username },
    });
  });
}

function userRow(core: Core, userId: string): { username: string; role: Role } {
  const u = core.db.prepare('SELECT username, role FROM users WHERE id = ?').get(userId) as { username: string; role: Role } | undefined;
  if (!u) throw new AppError('USER_UNKNOWN', { username: userId.slice(0, 13) });
  return u;
}
