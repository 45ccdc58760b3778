// What the desktop window may do beyond showing the app. Devices (scanners, printers, the cash
// drawer) are driven from the main process through drivers/ (node-hid, serialport, the spooler),
// so the renderer needs no web device API: every device chooser, navigation and new window is
// refused, and of the permissions only persistent storage is granted (it keeps Chromium from
// evicting the IndexedDB outbox of unsent sales when the disk runs low). Links to the outside
// world are not opened either; a cashier PC has no reason to browse from the till.
import { isAppUrl } from './appOrigin';

/** Permissions the renderer may be granted, and only to app://pos. */
export const ALLOWED_PERMISSIONS: ReadonlySet<string> = new Set<string>(['persistent-storage']);

export function permissionAllowed(permission: string, requestingUrl: string | null | undefined): boolean {
  return ALLOWED_PERMISSIONS.has(permission) && isAppUrl(requestingUrl);
}

/** A navigation of the main window: only within app://pos (client-side routes, reload). */
export function navigationAllowed(targetUrl: string, devServerUrl: string | null = null): boolean {
  if (isAppUrl(targetUrl)) return true;
  if (!devServerUrl) return false;
  try {
    return new URL(targetUrl).origin === new URL(devServerUrl).origin;
  } catch {
    return false;
  }
}

/** A download (an export saved by the renderer as a blob) is allowed only from the app itself. */
export function downloadAllowed(url: string): boolean {
  if (url.startsWith('blob:')) return isAppUrl(url.slice(5));
  return false;
}
