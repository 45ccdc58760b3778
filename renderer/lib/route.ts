// Hash routes (`#/pos`, `#/office/<id>`) work the same under app:// and http and survive a reload.
import { useEffect, useState } from 'react';

export function currentRoute(): string {
  const hash = typeof location === 'undefined' ? '' : location.hash.replace(/^#\/?/, '');
  return hash || 'pos';
}

export function navigate(route: string): void {
  location.hash = `#/${route}`;
}

export function useRoute(): string {
  const [route, setRoute] = useState(currentRoute);
  useEffect(() => {
    const onChange = () => setRoute(currentRoute());
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return route;
}
