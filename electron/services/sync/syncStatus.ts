// What the manager's screen shows of the link to the pusat, and one sync round on demand.
import type { Core } from '../core';
import { outletToday } from '../settings/settings';
import { upcomingRegional } from './regionalPull';
import { defaultSyncKeyFile } from './syncKey';
import { runSync } from './syncRun';
import { oldestPendingAt, syncOverview } from './syncState';

export function syncStatus(core: Core) {
  const { state, lastSeq, pending } = syncOverview(core);
  return {
    enrolled: state !== null,
    outletId: state?.outletId ?? null,
    kota: state?.kota ?? null,
    centralUrl: state?.centralUrl ?? null,
    centralFingerprint: state?.centralFingerprint ?? null,
    ackedSeq: state?.ackedSeq ?? 0,
    lastSeq,
    pending,
    pendingSince: pending > 0 ? oldestPendingAt(core, state?.ackedSeq ?? 0) : null,
    lastPushAt: state?.lastPushAt ?? null,
    lastAckAt: state?.lastAckAt ?? null,
    lastPullAt: state?.lastPullAt ?? null,
    lastError: state?.lastError ?? null,
    upcoming: upcomingRegional(core, outletToday(core)),
  };
}

export async function syncNow(core: Core, enrol?: { centralUrl: string; code: string; fingerprint?: string }) {
  const r = await runSync(core, {
    keyFile: defaultSyncKeyFile(core.file),
    ...(enrol ? { centralUrl: enrol.centralUrl, enrolCode: enrol.code, fingerprint: enrol.fingerprint } : {}),
  });
  return { sent: r.push.sent, ackedSeq: r.push.ackedSeq, pending: r.push.pending, applied: r.pull?.applied ?? 0, error: r.push.error?.code ?? null };
}

/** Serve and the desktop app sync in the background once enrolled; offline rounds just fail quietly
 * (the state records the error) and the next one picks up where the last stopped. */
export function startSyncSchedule(core: Core, everyMs = 5 * 60_000): () => void {
  let running = false;
  const tick = async () => {
    if (running || !syncOverview(core).state) return;
    running = true;
    try {
      await syncNow(core);
    } catch {
      // Recorded in sync_state.last_error by the push itself; nothing to show on a console.
    } finally {
      running = false;
    }
  };
  const timer = setInterval(() => void tick(), everyMs);
  timer.unref();
  return () => clearInterval(timer);
}
