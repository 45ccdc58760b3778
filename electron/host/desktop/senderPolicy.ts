// Who may talk to the core over IPC: only the top frame of the main window, showing app://pos
// (or, in `npm run dev` only, the Vite dev server's origin). An iframe, another window, a page
// that navigated away, or a destroyed frame is refused.
import { isAppUrl } from './appOrigin';

/** What the IPC layer knows about the caller; Electron's IpcMainInvokeEvent is mapped onto this. */
export interface SenderInfo {
  /** webContents id of the caller. */
  webContentsId: number;
  /** URL of the frame that sent the message; null when the frame is gone. */
  frameUrl: string | null;
  /** True when the sending frame is the top frame of its webContents. */
  isMainFrame: boolean;
}

export interface SenderPolicy {
  /** webContents id of the main window; null before it exists or after it closed. */
  mainWebContentsId(): number | null;
  /** Vite dev server URL (ELECTRON_RENDERER_URL) when running unpackaged `npm run dev`, else null. */
  devServerUrl?: string | null;
}

export function isTrustedSender(sender: SenderInfo, policy: SenderPolicy): boolean {
  const mainId = policy.mainWebContentsId();
  if (mainId === null || sender.webContentsId !== mainId) return false;
  if (!sender.isMainFrame) return false;
  return isAppUrl(sender.frameUrl) || isDevServerUrl(sender.frameUrl, policy.devServerUrl ?? null);
}

function isDevServerUrl(url: string | null, devServerUrl: string | null): boolean {
  if (!url || !devServerUrl) return false;
  try {
    const a = new URL(url);
    const b = new URL(devServerUrl);
    return a.protocol === 'http:' && a.protocol === b.protocol && a.host === b.host && (a.hostname === 'localhost' || a.hostname === '127.0.0.1');
  } catch {
    return false;
  }
}
