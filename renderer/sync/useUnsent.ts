// What the pusat has not acknowledged yet (issue 15 item 19), kept fresh for the whole shell: asked
// on arrival, after every sale or reversal event, and every 10 s: a kasir's session does not get
// the sale events (electron/host/eventAccess.ts) and the background sync may clear it any time.
// The question is one range read on outbox.seq. `null` until the first answer.
import { useCallback, useEffect, useState } from 'react';
import type { SyncUnsent } from '../../shared/api/sync';
import { useApi, useHostEvents } from '../lib/session';

const POLL_MS = 10_000;

export function useUnsent(): { unsent: SyncUnsent | null; refresh(): Promise<void>; setUnsent(u: SyncUnsent): void } {
  const api = useApi();
  const [unsent, setUnsent] = useState<SyncUnsent | null>(null);
  const refresh = useCallback(async () => {
    try {
      setUnsent(await api.sync.unsent({}));
    } catch {
      // Host unreachable: the counter says that itself; keep the last answer.
    }
  }, [api]);
  useEffect(() => {
    // The first answer arrives asynchronously; the interval keeps it fresh.
    const first = setTimeout(() => void refresh(), 0);
    const timer = setInterval(() => void refresh(), POLL_MS);
    return () => {
      clearTimeout(first);
      clearInterval(timer);
    };
  }, [refresh]);
  useHostEvents((e) => {
    if (e.type === 'sale.committed' || e.type === 'sale.voided' || e.type === 'sale.returned' || e.type === 'shift.closed') void refresh();
  });
  return { unsent, refresh, setUnsent };
}

/** Whether anything waits for the pusat (never while no central URL is set). */
export function isWaiting(u: SyncUnsent | null): u is SyncUnsent & { since: string } {
  return !!u && u.configured && u.pending > 0 && u.since !== null;
}
