// What a production build of the desktop app allows, decided from build-time facts rather than
// from how it was packaged: `app.isPackaged` is false for an app started as `electron .` from an
// unpacked folder, which must not reopen devTools on a shop PC.

/** DevTools only in a development build (electron-vite dev) that also runs unpackaged. */
export function devToolsAllowed(facts: { devBuild: boolean; packaged: boolean }): boolean {
  return facts.devBuild && !facts.packaged;
}

/**
 * The update feed, or null when there must be none: updates are code that runs on the till, so
 * only over https (a plain-http feed could be swapped on the way). The build refuses a non-https
 * KKMP_UPDATE_URL; this is the same rule at run time for what the build baked in.
 */
export function updateFeedUrl(url: string | undefined | null): string | null {
  if (!url) return null;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' && u.hostname !== '' && u.username === '' && u.password === '' ? u.href : null;
  } catch {
    return null;
  }
}
