// The product catalog in memory for instant scans: the copy in IndexedDB first, then the host's
// snapshot, fetched again when the host says the catalog changed and checked every few seconds.
import { useEffect, useMemo, useState } from 'react';
import { CatalogCache } from '../lib/catalogCache';
import { useApi, useHostEvents } from '../lib/session';
import type { PosDb } from '../lib/store';

const CHECK_EVERY_MS = 2500;

export function useCatalog(db: PosDb) {
  const api = useApi();
  const cache = useMemo(() => new CatalogCache(), []);
  const [catalogReady, setCatalogReady] = useState(false);

  useEffect(() => {
    let alive = true;
    void cache
      .load(db)
      .then(() => alive && cache.size > 0 && setCatalogReady(true))
      .then(() => cache.refresh(db, api))
      .then(() => alive && setCatalogReady(true))
      .catch(() => {});
    const timer = setInterval(() => void cache.refresh(db, api).catch(() => {}), CHECK_EVERY_MS);
    return () => {
      alive = false;
      clearInterval(timer);
    };
  }, [api, db, cache]);

  useHostEvents((event) => {
    if (event.type === 'catalog.changed') void cache.refresh(db, api).catch(() => {});
  });

  return { cache, catalogReady };
}
