// What the pusat has not acknowledged yet, for the counter (issue 15 item 19: nothing waits unseen).
// "Waiting" exists only once the outlet is enrolled with a central URL (a sync_state row): an outlet
// that never syncs has nothing waiting, and showing its whole outbox as "not sent" would be noise
// that teaches the kasir to ignore the warning. Counting is two index range reads on outbox.seq.
import { isAppError, type ErrorCode, type ErrorParams, type ErrorPayload } from '../../../shared/errors';
import { localDateTime } from '../../../shared/time';
import type { Core } from '../core';
import { outletTimeZone } from '../settings/settings';
import { syncState } from './syncState';
import { defaultSyncKeyFile } from './syncKey';
import { runSync } from './syncRun';

export interface Unsent {
  configured: boolean;
  /** Outbox rows after the acknowledged seq (every kind of fact). */
  pending: number;
  /** Of those, sales. */
  sales: number;
  /** When the oldest unacknowledged fact happened (ISO, UTC), or null. */
  since: string | null;
}

export function unsentState(core: Core): Unsent {
  const state = syncState(core);
  if (!state) return { configured: false, pending: 0, sales: 0, since: null };
  const r = core.db
    .prepare("SELECT COUNT(*) AS pending, COALESCE(SUM(kind = 'sale'), 0) AS sales, MIN(at) AS since FROM outbox WHERE seq > ?")
    .get(state.ackedSeq) as { pending: number; sales: number; since: string | null };
  return { configured: true, pending: r.pending, sales: r.sales, since: r.since };
}

/** Sales rung up in one shift that the pusat has not acknowledged (0 when not enrolled). */
export function unsentShiftSales(core: Core, shiftId: string): { count: number; since: string | null } {
  const state = syncState(core);
  if (!state) return { count: 0, since: null };
  const r = core.db
    .prepare("SELECT COUNT(*) AS n, MIN(at) AS since FROM outbox WHERE seq > ? AND kind = 'sale' AND json_extract(payload, '$.shift_id') = ?")
    .get(state.ackedSeq, shiftId) as { n: number; since: string | null };
  return { count: r.n, since: r.since };
}

/** `01/12/2026 14.03` (id-ID) in the outlet's zone, for the words of an error (params carry no Date). */
export function outletClock(core: Core, iso: string): string {
  const [date = '', time = ''] = localDateTime(new Date(iso), outletTimeZone(core)).split(' ');
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y} ${time.slice(0, 5).replace(':', '.')}`;
}

/** One push on the kasir's demand (before logging out or closing): what is left, and why when the
 * push failed. Not enrolled: nothing to send, and no enrolment error for a kasir who never asked. */
export async function sendNow(core: Core): Promise<{ unsent: Unsent; error: ErrorPayload | null }> {
  if (!unsentState(core).configured) return { unsent: unsentState(core), error: null };
  let error: ErrorPayload | null;
  try {
    const pushed = (await runSync(core, { keyFile: defaultSyncKeyFile(core.file) })).push.error;
    error = pushed ? { code: pushed.code as ErrorCode, params: pushed.params as ErrorParams } : null;
  } catch (e) {
    if (!isAppError(e)) throw e;
    error = { code: e.code, params: e.params };
  }
  return { unsent: unsentState(core), error };
}
