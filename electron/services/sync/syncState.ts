// The outlet's record of its link to the pusat, and what is still to send.
import type { Core } from '../core';

export interface SyncState {
  centralUrl: string;
  /** The pusat certificate's pinned SHA-256 fingerprint, when it is self-signed. */
  centralFingerprint: string | null;
  outletId: string;
  koperasiId: string;
  kota: string;
  enrolledAt: string;
  ackedSeq: number;
  lastPushAt: string | null;
  lastAckAt: string | null;
  lastPullAt: string | null;
  lastError: string | null;
}

export function syncState(core: Core): SyncState | null {
  const r = core.db.prepare('SELECT * FROM sync_state WHERE id = 1').get() as Record<string, string | number | null> | undefined;
  if (!r) return null;
  return {
    centralUrl: String(r.central_url),
    centralFingerprint: (r.central_fingerprint as string | null) ?? null,
    outletId: String(r.outlet_id),
    koperasiId: String(r.koperasi_id),
    kota: String(r.kota),
    enrolledAt: String(r.enrolled_at),
    ackedSeq: Number(r.acked_seq),
    lastPushAt: (r.last_push_at as string | null) ?? null,
    lastAckAt: (r.last_ack_at as string | null) ?? null,
    lastPullAt: (r.last_pull_at as string | null) ?? null,
    lastError: (r.last_error as string | null) ?? null,
  };
}

export function lastOutboxSeq(core: Core): number {
  return (core.db.prepare('SELECT COALESCE(MAX(seq), 0) FROM outbox').pluck().get() as number) ?? 0;
}

/** The sync state with what is pending, for the manager's screen and `kkmp sync`. */
export function syncOverview(core: Core): { state: SyncState | null; lastSeq: number; pending: number } {
  const state = syncState(core);
  const lastSeq = lastOutboxSeq(core);
  return { state, lastSeq, pending: lastSeq - (state?.ackedSeq ?? 0) };
}

export function oldestPendingAt(core: Core, ackedSeq: number): string | null {
  return (core.db.prepare('SELECT at FROM outbox WHERE seq > ? ORDER BY seq LIMIT 1').pluck().get(ackedSeq) as string | undefined) ?? null;
}
