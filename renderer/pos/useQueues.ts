// The carts on hold and the sales still in the outbox, as the status bar and dialogs show them.
import { useCallback, useEffect, useState } from 'react';
import { heldCarts, waitingSales, type Cart, type OutboxEntry, type PosDb } from '../lib/store';

export function useQueues(db: PosDb) {
  const [held, setHeld] = useState<Cart[]>([]);
  const [waiting, setWaiting] = useState<OutboxEntry[]>([]);
  const refreshLists = useCallback(async () => {
    setHeld(await heldCarts(db));
    setWaiting(await waitingSales(db));
  }, [db]);
  useEffect(() => {
    let alive = true;
    void Promise.all([heldCarts(db), waitingSales(db)]).then(([h, w]) => {
      if (!alive) return;
      setHeld(h);
      setWaiting(w);
    });
    return () => {
      alive = false;
    };
  }, [db]);
  return { held, waiting, refreshLists };
}
