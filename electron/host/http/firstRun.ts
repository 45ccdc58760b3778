// First start of `npm run serve` without a database: an admin user so the screen is usable.
// The full demo outlet comes from `kkmp seed --demo` (see cli/seedCommand).
import { createUser } from '../../services/auth';
import type { Host } from '../host';

export async function ensureDemo(host: Host): Promise<void> {
  const count = (host.core.db.prepare('SELECT COUNT(*) AS n FROM users').get() as { n: number }).n;
  if (count === 0) createUser(host.core, { username: 'admin', displayName: 'Administrator', role: 'admin', pin: '123456' }, null);
}
