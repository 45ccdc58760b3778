// The desktop renderer's one origin: app://pos. IndexedDB (the Dexie outbox) is per origin, so it
// must never change. Note `new URL('app://pos/').origin` is "null" in Node, because the scheme is
// only "standard" inside Chromium: compare protocol and host, never .origin.
export const APP_SCHEME = 'app';
export const APP_HOST = 'pos';
export const APP_URL = `${APP_SCHEME}://${APP_HOST}/`;

export function isAppUrl(url: string | null | undefined): boolean {
  if (!url) return false;
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return false;
  }
  return parsed.protocol === `${APP_SCHEME}:` && parsed.host === APP_HOST && parsed.username === '' && parsed.password === '';
}
