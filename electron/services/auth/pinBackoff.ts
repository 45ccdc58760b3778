// Growing delays after wrong PINs, counted per (username, caller, till) and per (caller, till).
// Nothing is counted per user alone, so nobody can lock anyone else out: a kasir typing wrong
// approval PINs for the manajer slows down only that kasir's approvals at that till, and the
// manajer still logs in anywhere. The delay doubles with each failure past the free ones, up to a
// ceiling, and never turns into a permanent lock. A caller's failures across usernames are
// counted too (one till guessing many accounts). Unknown usernames are counted like known ones,
// so the replies say nothing about which accounts exist. Every block is audited and announced.
import { AppError } from '../../../shared/errors';
import { audit } from './audit';
import { callOrigin } from './callOrigin';
import type { Core } from '../core';
import { setting } from '../settings/settings';

interface Row {
  failures: number;
  blocked_until: string | null;
}

function keysFor(username: string): { pair: string; source: string; origin: ReturnType<typeof callOrigin> } {
  const origin = callOrigin();
  const who = `${origin.callerId ?? '-'}|${origin.terminal}`;
  return { pair: `pin:${username.toLowerCase()}|${who}`, source: `src:${who}`, origin };
}

function row(core: Core, key: string): Row | undefined {
  return core.db.prepare('SELECT failures, blocked_until FROM pin_backoff WHERE key = ?').get(key) as Row | undefined;
}

/** Refuses with PIN_RETRY_LATER while this caller must wait before trying this username again. */
export function assertMayTry(core: Core, username: string): void {
  const { pair, source } = keysFor(username);
  const now = core.now().getTime();
  const waits = [row(core, pair), row(core, source)].map((r) => (r?.blocked_until ? new Date(r.blocked_until).getTime() - now : 0));
  const wait = Math.max(...waits);
  if (wait > 0) throw new AppError('PIN_RETRY_LATER', { seconds: Math.ceil(wait / 1000) });
}

function delaySeconds(core: Core, failures: number, free: number): number {
  if (failures <= free) return 0;
  const base = setting(core, 'auth.backoff_base_seconds');
  const max = setting(core, 'auth.backoff_max_seconds');
  return Math.min(max, base * 2 ** Math.min(30, failures - free - 1));
}

/** Counts a wrong PIN (or an unknown username) for this caller; audits and announces a block. */
export function recordFailure(core: Core, username: string, userId: string | null, purpose: string): void {
  const { pair, source, origin } = keysFor(username);
  const now = core.now();
  const limits: [string, number][] = [
    [pair, setting(core, 'auth.backoff_free_failures')],
    [source, setting(core, 'auth.backoff_source_failures')],
  ];
  let blocked: { until: string; failures: number } | null = null;
  for (const [key, free] of limits) {
    const failures = (row(core, key)?.failures ?? 0) + 1;
    const seconds = delaySeconds(core, failures, free);
    const until = seconds > 0 ? new Date(now.getTime() + seconds * 1000).toISOString() : null;
    core.db
      .prepare(
        `INSERT INTO pin_backoff (key, failures, blocked_until, last_failed_at) VALUES (?, ?, ?, ?)
         ON CONFLICT (key) DO UPDATE SET failures = excluded.failures, blocked_until = excluded.blocked_until, last_failed_at = excluded.last_failed_at`,
      )
      .run(key, failures, until, now.toISOString());
    if (until && (!blocked || until > blocked.until)) blocked = { until, failures };
  }
  audit(core, {
    userId,
    action: 'auth.pin_failed',
    entity: 'user',
    entityId: userId ?? '-',
    details: { purpose, terminal: origin.terminal, callerId: origin.callerId, blockedUntil: blocked?.until ?? null },
  });
  if (blocked) {
    const alert = { username, source: origin.terminal, failures: blocked.failures, blockedUntil: blocked.until };
    audit(core, { userId: origin.callerId, action: 'auth.pin_backoff', entity: 'user', entityId: userId ?? '-', details: alert });
    origin.alert?.(alert);
  }
}

/** The right PIN clears this caller's count for this username (not the per-till count: a known
 *  account of one's own must not buy more guesses at others). */
export function recordSuccess(core: Core, username: string): void {
  core.db.prepare('DELETE FROM pin_backoff WHERE key = ?').run(keysFor(username).pair);
}
