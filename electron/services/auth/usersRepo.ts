// The users table as other features need it: is this a new database, who is this cashier.
import type { Core } from '../core';

export function userCount(core: Core): number {
  return core.db.prepare('SELECT COUNT(*) FROM users').pluck().get() as number;
}

export interface UserBrief {
  userId: string;
  username: string;
  displayName: string;
}

export function userBrief(core: Core, userId: string): UserBrief | undefined {
  const u = core.db.prepare('SELECT id, username, display_name FROM users WHERE id = ?').get(userId) as
    { id: string; username: string; display_name: string } | undefined;
  return u && { userId: u.id, username: u.username, displayName: u.display_name };
}
