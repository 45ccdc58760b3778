// The hits of a search box as its query changes (F2 products, F4 members): only the newest answer
// counts (an older one arriving late is dropped), the cursor goes back to the first hit, and a
// failure is kept in words. A query shorter than `minLength` searches nothing and shows no hits.
import { useEffect, useEffectEvent, useState } from 'react';
import { useI18n } from '../lib/i18n';

export function useSearchHits<T>(query: string, search: (query: string) => Promise<T[]>, options: { minLength: number; delayMs: number }) {
  const { err } = useI18n();
  const [found, setFound] = useState<T[]>([]);
  const [active, setActive] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const ask = useEffectEvent((q: string) => search(q));
  const q = query.trim();
  const searched = q.length >= options.minLength;
  useEffect(() => {
    if (!searched) return;
    let alive = true;
    const timer = setTimeout(() => {
      ask(q)
        .then((hits) => {
          if (!alive) return;
          setFound(hits);
          setActive(0);
          setError(null);
        })
        .catch((e) => alive && setError(err(e)));
    }, options.delayMs);
    return () => {
      alive = false;
      clearTimeout(timer);
    };
  }, [q, searched, options.delayMs, err]);
  return { hits: searched ? found : [], active, setActive, error, setError };
}
